// Every migration this build knows, in order. Imported statically (no directory scan, no
// dynamic import): the packaged app has no migrations folder to read, and the list is the
// single answer to "which database versions can this build open?".
import { m0001Clients } from './0001_clients.ts';
import { m0002ClientsSearch } from './0002_clients_search.ts';
import { m0010SettingsIntake } from './0010_settings_intake.ts';
import { m0011Trainings } from './0011_trainings.ts';
import { m0012Apk } from './0012_apk.ts';
import { m0013Arrangements } from './0013_arrangements.ts';
import { m0014ClientsSearchFolding } from './0014_clients_search_folding.ts';
import { m0015AuditLog } from './0015_audit_log.ts';
import { m0016Erasure } from './0016_erasure.ts';
import { m0030Reevaluation } from './0030_reevaluation.ts';
import { m0040Reports } from './0040_reports.ts';
import { m0041ReportIndexes } from './0041_report_indexes.ts';
import type { Migration } from './migration.ts';

export type { Migration } from './migration.ts';

export const migrations: readonly Migration[] = [
  m0001Clients,
  m0002ClientsSearch,
  // The adviser's session (issue 4). A new step always goes at the end: a database records
  // steps in order, so a step slotted in between would make existing files unreadable.
  m0010SettingsIntake,
  m0011Trainings,
  m0012Apk,
  m0013Arrangements,
  // Search finds "Yılmaz" when the adviser types "yilmaz".
  m0014ClientsSearchFolding,
  // The audit trail (issue 13.13).
  m0015AuditLog,
  // Erasure (issue 13.12): the permitted exception to the append-only rules above.
  m0016Erasure,
  // Re-evaluation after a pack change (issue 9). Numbered from 0030 so steps of work done at the
  // same time (0017-0029) still sort before it: applied steps are read back in name order.
  m0030Reevaluation,
  // Supervisor reports (issue 10): the installation's bundle key and the imported bundles.
  m0040Reports,
  // Indexes so a report collects its records from one index and groups without sorting (10.5).
  m0041ReportIndexes,
];
