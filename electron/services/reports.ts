// Supervisor reports (issue 10). An adviser exports a report bundle (no personal data: codes,
// months and amounts under a keyed-hash id); a supervisor imports bundles from several advisers
// and reports over them, or reports over this laptop's own arrangements directly. Counting
// happens in SQLite (db/repositories/reports.ts); suppression and naming in shared/reports.
import { createHash, createHmac } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import {
  aggregate,
  BUNDLE_TABLES,
  createLocalTables,
  insertRecords,
  LOCAL_TABLES,
  reportBundlesRepository,
  type BundleRow,
} from '../../db/repositories/reports.ts';
import { fromJson } from '../../db/json.ts';
import type { Database } from '../../db/schema.ts';
import type { CaseFile } from '../../shared/case/schema.ts';
import type { ArrangementStatus } from '../../shared/contract/arrangements.ts';
import type { PackRef } from '../../shared/contract/packs.ts';
import type { BundleInfo, Report, ReportRequest, reportsOperations } from '../../shared/contract/reports.ts';
import { AppFailure } from '../../shared/contract/result.ts';
import type { ArrangementResult } from '../../shared/matcher/result.ts';
import {
  BUNDLE_FORMAT,
  BUNDLE_FORMAT_VERSION,
  bundleFileName,
  packsOf,
  parseBundle,
  serializeBundle,
  statusMonthOf,
  toBundleRecord,
  type Bundle,
} from '../../shared/reports/bundle.ts';
import { reportCsv } from '../../shared/reports/csv.ts';
import { reportDocumentHtml } from '../../shared/reports/document.ts';
import { buildReport } from '../../shared/reports/report.ts';
import { reportXlsx } from '../reports/xlsx.ts';
import type { ServiceContext } from './context.ts';
import type { HandlerTable } from './handlers.ts';
import { recordChange } from './audit.ts';
import { serviceMessages } from './messages.ts';

const msg = {
  pdfUnavailable: serviceMessages.pdfUnavailable,
  reportBundleAgain: (fileName: string, earlier: string) =>
    `Het bestand ‘${fileName}’ was al ingelezen (als ‘${earlier}’). Het telt één keer mee; er is niets veranderd.`,
  reportBundleImported: (fileName: string, count: number, duplicates: number) =>
    `Het bestand ‘${fileName}’ is ingelezen: ${count} ${count === 1 ? 'arrangement' : 'arrangementen'}.` +
    (duplicates > 0 ? ` ${duplicates} daarvan ${duplicates === 1 ? 'stond' : 'stonden'} al in een ander bestand en ${duplicates === 1 ? 'telt' : 'tellen'} één keer mee.` : ''),
};

const toInfo = (b: BundleRow): BundleInfo => ({
  id: b.id,
  fileName: b.file_name,
  from: b.period_from,
  to: b.period_to,
  exportedOn: b.exported_on,
  count: b.record_count,
  importedAt: b.imported_at,
  packs: fromJson<PackRef[]>(b.packs),
});

type Scope = 'national' | 'sector' | 'region' | null;

/** Where a scheme no longer in the packs came from, by its id's prefix (nl., sector., regio.). */
const scopeByPrefix = (schemeId: string): Scope =>
  schemeId.startsWith('nl.') ? 'national' : schemeId.startsWith('sector.') ? 'sector' : /^(regio|gemeente)\./.test(schemeId) ? 'region' : null;

export function reportsHandlers(ctx: ServiceContext): HandlerTable<keyof typeof reportsOperations> {
  const scopeOf = () => {
    const byScheme = new Map<string, Scope>();
    for (const pack of ctx.packs.current().packs) for (const s of pack.schemes) byScheme.set(s.id, pack.scope.kind);
    return (id: string): Scope => byScheme.get(id) ?? scopeByPrefix(id);
  };

  /**
   * This laptop's arrangements as a bundle: the latest version of each arrangement whose
   * peildatum lies in the period (all of them without a period). Reads the versions' status
   * history for the status month; nothing personal leaves this function.
   */
  const localBundle = async (db: Kysely<Database>, period: { from: string; to: string } | null): Promise<Bundle> => {
    const secret = await reportBundlesRepository(db).secret();
    const key = Buffer.from(secret, 'hex');
    let q = db
      .selectFrom('arrangements as a')
      .innerJoin('arrangement_versions as v', (j) => j.onRef('v.arrangement_id', '=', 'a.id').onRef('v.version', '=', 'a.latest_version'))
      .select(['a.id', 'a.client_id', 'a.training_id', 'v.version', 'v.reference_date', 'v.status', 'v.case_snapshot', 'v.packs', 'v.result', 'v.saved_at']);
    if (period) q = q.where('v.reference_date', '>=', period.from).where('v.reference_date', '<=', period.to);
    const latest = await q.orderBy('a.seq').execute();
    const history = new Map<string, { status: string; savedAt: string }[]>();
    const statusRows = await sql<{ arrangement_id: string; status: string; saved_at: string }>`
      SELECT arrangement_id, status, saved_at FROM arrangement_versions ORDER BY arrangement_id, version`.execute(db);
    for (const r of statusRows.rows) {
      const list = history.get(r.arrangement_id) ?? [];
      list.push({ status: r.status, savedAt: r.saved_at });
      history.set(r.arrangement_id, list);
    }
    const scope = scopeOf();
    const versions = latest.map((r) => ({
      id: r.id,
      version: r.version,
      referenceDate: r.reference_date,
      status: r.status as ArrangementStatus,
      case: fromJson<CaseFile>(r.case_snapshot),
      packs: fromJson<PackRef[]>(r.packs),
      result: fromJson<ArrangementResult>(r.result),
      savedAt: r.saved_at,
    }));
    const records = versions.map((v) =>
      toBundleRecord(v, {
        pseudonym: createHmac('sha256', key).update(v.id).digest('hex'),
        statusMonth: statusMonthOf(history.get(v.id) ?? [{ status: v.status, savedAt: v.savedAt }]),
        scopeOf: scope,
      }),
    );
    const today = ctx.now().slice(0, 10);
    return {
      format: BUNDLE_FORMAT,
      formatVersion: BUNDLE_FORMAT_VERSION,
      period: period ?? { from: versions.reduce((m, v) => (v.referenceDate < m ? v.referenceDate : m), today), to: today },
      exportedOn: today,
      packs: packsOf(versions),
      records,
    };
  };

  /** Counts in SQL over the chosen source, then shapes and suppresses the result rows. */
  const runReport = (req: ReportRequest): Promise<Report> =>
    ctx.read(async (db) => {
      let bundles: BundleInfo[] = [];
      let packRefs: PackRef[];
      let aggregates;
      if (req.source === 'local') {
        const bundle = await localBundle(db, null);
        // Temp tables in this read snapshot: the rollback that ends it drops their rows again.
        await createLocalTables(db);
        await insertRecords(db, LOCAL_TABLES, 0, serializeBundle(bundle));
        aggregates = await aggregate(db, LOCAL_TABLES, req.filters);
        packRefs = bundle.packs;
      } else {
        bundles = (await reportBundlesRepository(db).list()).map(toInfo);
        aggregates = await aggregate(db, BUNDLE_TABLES, req.filters);
        packRefs = packsOf(bundles);
      }
      return buildReport(aggregates, {
        source: req.source,
        filters: req.filters,
        threshold: req.threshold,
        packsInUse: ctx.packs.current().packs,
        bundles,
        packRefs,
        madeAt: ctx.now(),
      });
    });

  const fileStem = (report: Report) => `rapportage-${report.source === 'local' ? 'deze-laptop' : 'bundels'}-${report.madeAt.slice(0, 10)}`;

  return {
    // A write transaction although nothing changes: the audit trail records that data left this
    // laptop (the period and how many arrangements, nothing else), in the same snapshot.
    'reports.exportBundle': ({ from, to }) =>
      ctx.transaction(async (db) => {
        const bundle = await localBundle(db, { from, to });
        const count = bundle.records.length;
        await recordChange(ctx, db, { action: 'report-bundle.export', recordType: 'report-bundle', clientId: null, recordId: null, fields: [], details: { from, to, count } });
        return { fileName: bundleFileName(from, to, bundle.exportedOn), json: serializeBundle(bundle), count };
      }),

    'reports.importBundle': ({ fileName, json }) =>
      ctx.transaction(async (db) => {
        const parsed = parseBundle(fileName, json);
        if (!parsed.ok) throw new AppFailure('invalid-input', parsed.message, [{ path: parsed.field ? `json.${parsed.field}` : 'json', message: parsed.message }]);
        // Only what the schema let through is stored: the canonical text of the parsed bundle.
        const canonical = serializeBundle(parsed.bundle);
        const digest = createHash('sha256').update(canonical).digest('hex');
        const repo = reportBundlesRepository(db);
        const existing = await repo.byDigest(digest);
        if (existing) {
          return { bundle: toInfo(existing), alreadyImported: true, duplicates: existing.record_count, message: msg.reportBundleAgain(fileName, existing.file_name) };
        }
        const duplicates = await repo.alreadyIn(canonical);
        const b = parsed.bundle;
        const row = await repo.add(
          {
            id: ctx.newId(),
            file_name: fileName,
            digest,
            period_from: b.period.from,
            period_to: b.period.to,
            exported_on: b.exportedOn,
            packs: JSON.stringify(b.packs),
            record_count: b.records.length,
            imported_at: ctx.now(),
          },
          canonical,
        );
        await recordChange(ctx, db, {
          at: row.imported_at,
          action: 'report-bundle.import',
          recordType: 'report-bundle',
          clientId: null,
          recordId: row.id,
          fields: [],
          details: { from: b.period.from, to: b.period.to, count: b.records.length, duplicates },
        });
        return { bundle: toInfo(row), alreadyImported: false, duplicates, message: msg.reportBundleImported(fileName, b.records.length, duplicates) };
      }),

    'reports.bundles': () => ctx.read(async (db) => (await reportBundlesRepository(db).list()).map(toInfo)),

    'reports.removeBundle': ({ id }) =>
      ctx.transaction(async (db) => {
        const removed = await reportBundlesRepository(db).remove(id);
        // Only what happened is recorded: removing a bundle that was not there changes nothing.
        if (removed) await recordChange(ctx, db, { action: 'report-bundle.remove', recordType: 'report-bundle', clientId: null, recordId: id, fields: [] });
        return { removed };
      }),

    'reports.run': (req) => runReport(req),

    'reports.exportCsv': async (req) => {
      const report = await runReport(req);
      return { fileName: `${fileStem(report)}.csv`, csv: reportCsv(report) };
    },

    'reports.exportXlsx': async (req) => {
      const report = await runReport(req);
      const bytes = await reportXlsx(report);
      return { fileName: `${fileStem(report)}.xlsx`, base64: Buffer.from(bytes).toString('base64') };
    },

    'reports.document': async (req) => {
      const report = await runReport(req);
      return { html: reportDocumentHtml(report), fileName: `${fileStem(report)}.pdf` };
    },

    'reports.exportPdf': async (req) => {
      const { printPdf, saveFile } = ctx.capabilities;
      if (!printPdf || !saveFile) throw new AppFailure('unavailable', msg.pdfUnavailable);
      const report = await runReport(req);
      const bytes = await printPdf(reportDocumentHtml(report));
      const path = await saveFile(`${fileStem(report)}.pdf`, bytes);
      return { saved: path !== null, path };
    },
  };
}
