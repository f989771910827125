// The client's rights under the AVG: inzage and export (art. 15 and 20), erasure (art. 17) and
// the retention policy's review. Each is one adviser action and one transaction, recorded in
// the audit trail like any other change.
import type { Kysely } from 'kysely';
import { clientFacts } from '../../db/repositories/clients.ts';
import { privacyRepository } from '../../db/repositories/privacy.ts';
import { settingsRepository } from '../../db/repositories/settings.ts';
import type { Database } from '../../db/schema.ts';
import { clientExportDocumentHtml } from '../../shared/arrangements/client-export-document.ts';
import {
  CLIENT_EXPORT_FORMAT,
  CLIENT_EXPORT_FORMAT_VERSION,
  RETENTION_ERASE_MAX,
  type ClientExport,
  type ErasedRecords,
  type privacyOperations,
} from '../../shared/contract/privacy.ts';
import { AppFailure } from '../../shared/contract/result.ts';
import { recordChange, UNKNOWN_ADVISER } from './audit.ts';
import type { ServiceContext } from './context.ts';
import type { HandlerTable } from './handlers.ts';
import { serviceMessages as msg } from './messages.ts';

/** A file name without personal data: the date and the start of the dossier's random id. */
const exportFileName = (data: ClientExport, ext: 'json' | 'pdf' | 'html') =>
  `inzage-${data.exportedAt.slice(0, 10)}-${data.client.id.replace(/[^A-Za-z0-9-]/g, '').slice(0, 8)}.${ext}`;

/** How the adviser may type the name back: spaces, case and Unicode form do not matter. */
const sameName = (typed: string, stored: string) => {
  const norm = (s: string) => s.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('nl');
  return norm(typed) === norm(stored);
};

export type ErasureTrigger = 'request' | 'retention';

/**
 * Erases one client inside the caller's transaction and records it: 'client.erase' with the
 * counts and what led to it, and nothing about the client (no id, no name). The audit
 * entry comes last, so it also counts the references the erasure cleared.
 */
export async function eraseClient(ctx: Pick<ServiceContext, 'now'>, db: Kysely<Database>, clientId: string, trigger: ErasureTrigger) {
  const records: ErasedRecords = await privacyRepository(db).erase(clientId);
  const erasedAt = ctx.now();
  await recordChange(ctx, db, {
    action: 'client.erase',
    recordType: 'client',
    clientId: null,
    recordId: null,
    fields: [],
    details: { trigger, ...records },
    at: erasedAt,
  });
  return { erasedAt, records };
}

/**
 * The moment N calendar months before `now` (UTC). A day the earlier month lacks becomes its
 * last day: 31 March minus one month is 28 (or 29) February, never 3 March.
 */
export function monthsBefore(nowIso: string, months: number): string {
  const d = new Date(nowIso);
  const first = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - months, 1, d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), d.getUTCMilliseconds()));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d.getUTCDate(), lastDay));
  return first.toISOString();
}

export function privacyHandlers(ctx: ServiceContext): HandlerTable<keyof typeof privacyOperations> {
  const statementTexts = Object.fromEntries(ctx.checklist.sections.flatMap((s) => s.statements.map((st) => [st.id, st.text] as const)));

  /**
   * Everything about the client in one transaction: the export is recorded in the audit trail
   * first ('client.export', handing out data is processing too), so the export holds its own entry.
   */
  const gather = (clientId: string) =>
    ctx.transaction(async (db: Kysely<Database>) => {
      await clientFacts(db, clientId);
      const now = ctx.now();
      await recordChange(ctx, db, { action: 'client.export', recordType: 'client', clientId, recordId: null, fields: [], at: now });
      const settings = await settingsRepository(db).get();
      const data: ClientExport = {
        format: CLIENT_EXPORT_FORMAT,
        formatVersion: CLIENT_EXPORT_FORMAT_VERSION,
        exportedAt: now,
        exportedBy: settings.adviserName.trim() || UNKNOWN_ADVISER,
        organisation: settings.organisation,
        ...(await privacyRepository(db).records(clientId)),
      };
      return { data, html: clientExportDocumentHtml({ data, statementTexts }) };
    });

  return {
    'clients.exportData': async ({ clientId }) => {
      const { data, html } = await gather(clientId);
      return {
        data,
        json: { fileName: exportFileName(data, 'json'), text: `${JSON.stringify(data, null, 2)}\n` },
        document: { fileName: exportFileName(data, 'pdf'), html },
      };
    },

    'clients.erase': ({ id, expectedVersion, confirmName }) =>
      ctx.transaction(async (db) => {
        const client = await clientFacts(db, id);
        if (!sameName(confirmName, client.displayName)) {
          throw new AppFailure('invalid-input', msg.eraseNameMismatch, [{ path: 'confirmName', message: msg.eraseNameMismatch }]);
        }
        const { version } = await db.selectFrom('clients').select('version').where('id', '=', id).executeTakeFirstOrThrow();
        if (version !== expectedVersion) throw new AppFailure('conflict', msg.eraseChanged);
        return eraseClient(ctx, db, id, 'request');
      }),

    'retention.review': () =>
      ctx.read(async (db) => {
        const { retentionMonths: months } = await settingsRepository(db).get();
        if (months === null) return { months, archivedBefore: null, candidates: [], total: 0 };
        const archivedBefore = monthsBefore(ctx.now(), months);
        const due = db.selectFrom('clients').where('archived_at', 'is not', null).where('archived_at', '<', archivedBefore);
        const rows = await due
          .select(['id', 'display_name', 'archived_at', 'version'])
          .orderBy('archived_at')
          .orderBy('id')
          .limit(RETENTION_ERASE_MAX)
          .execute();
        const { total } = await due.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
        return {
          months,
          archivedBefore,
          candidates: rows.map((r) => ({ id: r.id, displayName: r.display_name, archivedAt: r.archived_at!, version: r.version })),
          total: Number(total),
        };
      }),

    'retention.erase': ({ clients }) =>
      ctx.transaction(async (db) => {
        const { retentionMonths: months } = await settingsRepository(db).get();
        if (months === null) throw new AppFailure('invalid-input', msg.retentionOff);
        const archivedBefore = monthsBefore(ctx.now(), months);
        const erased = [];
        const skipped = [];
        for (const { id, expectedVersion } of clients) {
          // Checked again now: the list may be older than a restore or an edit in another window.
          const row = await db.selectFrom('clients').select(['archived_at', 'version']).where('id', '=', id).executeTakeFirst();
          if (!row) skipped.push({ id, reason: msg.retentionGone });
          else if (row.archived_at === null || row.archived_at >= archivedBefore) skipped.push({ id, reason: msg.retentionNoLongerDue });
          else if (row.version !== expectedVersion) skipped.push({ id, reason: msg.retentionChanged });
          else erased.push({ id, ...(await eraseClient(ctx, db, id, 'retention')) });
        }
        return { erased, skipped };
      }),

    'clients.exportPdf': async ({ clientId }) => {
      const { printPdf, saveFile } = ctx.capabilities;
      if (!printPdf || !saveFile) throw new AppFailure('unavailable', msg.pdfUnavailable);
      const { data, html } = await gather(clientId);
      const path = await saveFile(exportFileName(data, 'pdf'), await printPdf(html));
      return { saved: path !== null, path };
    },
  };
}
