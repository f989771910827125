// Row types exactly as SQLite stores them (snake_case, ISO strings, null for "not set"), one
// type for the whole store. Repositories map these to the contract's camelCase types; nothing
// outside db/ sees rows. JSON columns hold strings; repositories parse them (fromJson).
import type { Generated } from 'kysely';

export interface ClientsTable {
  /**
   * Stable integer key: the FTS5 index (external content) points at it. An implicit rowid
   * would do until the first VACUUM, which may renumber implicit rowids and silently
   * detach the search index from the dossiers.
   */
  seq: Generated<number>;
  id: string;
  display_name: string;
  /** display_name folded (lower case, no diacritics), so "Ünal" sorts with the U's. */
  sort_name: string;
  birth_date: string;
  region: string;
  adviser_reference: string;
  note: string | null;
  version: number;
  created_at: string;
  updated_at: string;
  archived_at: string | null;
}

/** FTS5 external-content index over clients; rowid = clients.seq. Kept in sync by triggers. */
export interface ClientsFtsTable {
  rowid: number;
  display_name: string;
  adviser_reference: string;
  note: string | null;
  rank: number;
}

export interface MigrationsTable {
  name: string;
  applied_at: string;
}

// The adviser's work on one dossier (migrations 0010-0013).

export interface SettingsTable {
  key: string;
  value: string;
  updated_at: string;
}

export interface IntakesTable {
  client_id: string;
  fields: string;
  version: number;
  updated_at: string;
}

export interface TrainingsTable {
  seq: Generated<number>;
  id: string;
  client_id: string;
  training: string;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface ApkAnswersTable {
  client_id: string;
  checklist_id: string;
  statement_id: string;
  checklist_version: string;
  answer: string;
  note: string;
  answered_at: string;
}

export interface ApkConfirmationsTable {
  seq: Generated<number>;
  client_id: string;
  signal_id: string;
  changes: string;
  training_id: string | null;
  confirmed_by: string;
  confirmed_at: string;
}

export interface ArrangementsTable {
  seq: Generated<number>;
  id: string;
  client_id: string;
  training_id: string | null;
  latest_version: number;
  created_at: string;
  updated_at: string;
}

export interface ArrangementVersionsTable {
  arrangement_id: string;
  version: number;
  reference_date: string;
  status: string;
  line_statuses: string;
  overrides: string;
  case_snapshot: string;
  packs: string;
  result: string;
  actions: string;
  total_cost_cents: number;
  own_contribution_cents: number;
  loan_cents: number;
  saved_at: string;
  saved_by: string;
  origin: string;
}

/** Append-only audit trail (migration 0015); see db/audit-chain.ts for the hash chain. */
export interface AuditLogTable {
  seq: number;
  at: string;
  actor: string;
  action: string;
  record_type: string;
  /** null for entries about no client (settings, packs), and after the client was erased. */
  client_id: string | null;
  record_id: string | null;
  ref_salt: string | null;
  ref_digest: string | null;
  /** JSON array of field names (never values). */
  fields: string;
  /** JSON object of codes and counts (never personal data). */
  details: string;
  prev_hash: string;
  hash: string;
}

/** Present only inside an erasure's transaction (migration 0016). */
export interface ErasurePermitsTable {
  client_id: string;
}

/** Supervisor reports (migration 0040): the bundle key and the imported report bundles. */
export interface ReportSecretTable {
  id: number;
  secret: string;
  created_at: string;
}

export interface ReportBundlesTable {
  seq: Generated<number>;
  id: string;
  file_name: string;
  digest: string;
  period_from: string;
  period_to: string;
  exported_on: string;
  packs: string;
  record_count: number;
  imported_at: string;
}

export interface ReportRecordsTable {
  seq: Generated<number>;
  bundle_seq: number;
  record_id: string;
  version: number;
  current: Generated<number>;
  reference_month: string;
  status_month: string;
  status: string;
  region: string;
  age_band: string;
  education_level: string;
  work_status: string;
  sector_fund: string | null;
  training_kind: string;
  training_level: string | null;
  training_purpose: string;
  total_cost_cents: number;
  own_contribution_cents: number;
  loan_cents: number;
}

export interface ReportLinesTable {
  record_seq: number;
  scheme_id: string;
  payer_kind: string;
  kind: string;
  amount_cents: number;
}

export interface ReportRefusalsTable {
  record_seq: number;
  scheme_id: string;
  rule_id: string | null;
  first: number;
}

export interface Database {
  clients: ClientsTable;
  clients_fts: ClientsFtsTable;
  arrangeur_migrations: MigrationsTable;
  settings: SettingsTable;
  intakes: IntakesTable;
  trainings: TrainingsTable;
  apk_answers: ApkAnswersTable;
  apk_confirmations: ApkConfirmationsTable;
  arrangements: ArrangementsTable;
  arrangement_versions: ArrangementVersionsTable;
  audit_log: AuditLogTable;
  erasure_permits: ErasurePermitsTable;
  report_secret: ReportSecretTable;
  report_bundles: ReportBundlesTable;
  report_records: ReportRecordsTable;
  report_lines: ReportLinesTable;
  report_refusals: ReportRefusalsTable;
}
