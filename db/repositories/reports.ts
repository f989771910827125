// Report bundles in the store, and the report's aggregation. Both the loading and the counting
// happen in SQLite: a bundle's records, lines and refusals are inserted straight from its
// (validated, re-serialised) JSON with json_each, and every figure of a report is one GROUP BY
// (or an ORDER BY ... LIMIT/OFFSET for the median) over the records that count. JavaScript only
// shapes the few result rows. The same queries run over the imported bundles (report_* tables,
// `current = 1`) and over this laptop's own arrangements (the same shape in temp tables).
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { ReportFilters } from '../../shared/contract/reports.ts';
import type { Aggregates } from '../../shared/reports/report.ts';
import type { Database } from '../schema.ts';

/** Which tables hold the records, lines and refusals to count. */
export interface RecordTables {
  records: string;
  lines: string;
  refusals: string;
  /** Bundles can hold a record more than once; only the current copy counts. */
  currentOnly: boolean;
}

export const BUNDLE_TABLES: RecordTables = { records: 'report_records', lines: 'report_lines', refusals: 'report_refusals', currentOnly: true };
export const LOCAL_TABLES: RecordTables = { records: 'temp.local_records', lines: 'temp.local_lines', refusals: 'temp.local_refusals', currentOnly: false };

const t = (name: string) => sql.raw(name);

/**
 * Inserts the records of a bundle (as JSON text that has passed the bundle schema) under
 * bundleSeq, in three statements. Returns how many records were inserted.
 */
export async function insertRecords(db: Kysely<Database>, tables: RecordTables, bundleSeq: number, json: string): Promise<void> {
  await sql`
    INSERT INTO ${t(tables.records)} (bundle_seq, record_id, version, current, reference_month, status_month, status, region, age_band,
      education_level, work_status, sector_fund, training_kind, training_level, training_purpose, total_cost_cents,
      own_contribution_cents, loan_cents)
    SELECT ${bundleSeq}, r.value ->> '$.id', r.value ->> '$.version', ${tables.currentOnly ? 0 : 1}, r.value ->> '$.referenceMonth',
      r.value ->> '$.statusMonth', r.value ->> '$.status', r.value ->> '$.region', r.value ->> '$.ageBand',
      r.value ->> '$.educationLevel', r.value ->> '$.workStatus', r.value ->> '$.sectorFund', r.value ->> '$.trainingKind',
      r.value ->> '$.trainingLevel', r.value ->> '$.trainingPurpose', r.value ->> '$.totalCostCents',
      r.value ->> '$.ownContributionCents', r.value ->> '$.loanCents'
    FROM json_each(${json}, '$.records') AS r`.execute(db);
  await sql`
    INSERT INTO ${t(tables.lines)} (record_seq, scheme_id, payer_kind, kind, amount_cents)
    SELECT rec.seq, l.value ->> '$.schemeId', l.value ->> '$.payerKind', l.value ->> '$.kind', l.value ->> '$.amountCents'
    FROM json_each(${json}, '$.records') AS r
    CROSS JOIN ${t(tables.records)} AS rec ON rec.bundle_seq = ${bundleSeq} AND rec.record_id = r.value ->> '$.id'
    CROSS JOIN json_each(r.value, '$.lines') AS l`.execute(db);
  // CROSS JOIN fixes the loop order (SQLite keeps it as written): the bundle's records outside,
  // each looked up once by the unique (bundle_seq, record_id) index. Left to the planner, the
  // table went outside and the whole JSON was walked again for every record (quadratic).
  // A refused scheme without rule ids still counts as refused: one row with rule_id NULL.
  await sql`
    INSERT INTO ${t(tables.refusals)} (record_seq, scheme_id, rule_id, first)
    SELECT rec.seq, f.value ->> '$.schemeId', rule.value, coalesce(rule.key, 0) = 0
    FROM json_each(${json}, '$.records') AS r
    CROSS JOIN ${t(tables.records)} AS rec ON rec.bundle_seq = ${bundleSeq} AND rec.record_id = r.value ->> '$.id'
    CROSS JOIN json_each(r.value, '$.refusals') AS f
    LEFT JOIN json_each(f.value, '$.rules') AS rule`.execute(db);
}

/** The temp tables for this laptop's own records: the columns the bundle tables have. */
export async function createLocalTables(db: Kysely<Database>): Promise<void> {
  await sql`CREATE TEMP TABLE IF NOT EXISTS local_records (
    seq INTEGER PRIMARY KEY, bundle_seq INTEGER NOT NULL, record_id TEXT NOT NULL, version INTEGER NOT NULL,
    current INTEGER NOT NULL, reference_month TEXT NOT NULL, status_month TEXT NOT NULL, status TEXT NOT NULL,
    region TEXT NOT NULL, age_band TEXT NOT NULL, education_level TEXT NOT NULL, work_status TEXT NOT NULL,
    sector_fund TEXT, training_kind TEXT NOT NULL, training_level TEXT, training_purpose TEXT NOT NULL,
    total_cost_cents INTEGER NOT NULL, own_contribution_cents INTEGER NOT NULL, loan_cents INTEGER NOT NULL,
    UNIQUE (bundle_seq, record_id))`.execute(db);
  await sql`CREATE TEMP TABLE IF NOT EXISTS local_lines (record_seq INTEGER NOT NULL, scheme_id TEXT NOT NULL,
    payer_kind TEXT NOT NULL, kind TEXT NOT NULL, amount_cents INTEGER NOT NULL)`.execute(db);
  await sql`CREATE TEMP TABLE IF NOT EXISTS local_refusals (record_seq INTEGER NOT NULL, scheme_id TEXT NOT NULL, rule_id TEXT, first INTEGER NOT NULL)`.execute(db);
  await sql`CREATE INDEX IF NOT EXISTS temp.local_lines_by_record ON local_lines (record_seq, payer_kind, scheme_id, kind, amount_cents)`.execute(db);
  await sql`CREATE INDEX IF NOT EXISTS temp.local_refusals_by_record ON local_refusals (record_seq, scheme_id, rule_id, first)`.execute(db);
  await sql`DELETE FROM temp.local_records`.execute(db);
  await sql`DELETE FROM temp.local_lines`.execute(db);
  await sql`DELETE FROM temp.local_refusals`.execute(db);
}

export interface BundleRow {
  seq: number;
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

export function reportBundlesRepository(db: Kysely<Database>) {
  return {
    async secret(): Promise<string> {
      const row = await db.selectFrom('report_secret').select('secret').where('id', '=', 1).executeTakeFirstOrThrow();
      return row.secret;
    },

    list: (): Promise<BundleRow[]> => db.selectFrom('report_bundles').selectAll().orderBy('seq').execute(),

    byDigest: (digest: string) => db.selectFrom('report_bundles').selectAll().where('digest', '=', digest).executeTakeFirst(),

    /** How many records of this bundle JSON are already in from earlier bundles. */
    async alreadyIn(json: string): Promise<number> {
      const row = await sql<{ n: number }>`
        SELECT count(*) AS n FROM json_each(${json}, '$.records') AS r
        WHERE EXISTS (SELECT 1 FROM report_records AS x WHERE x.record_id = r.value ->> '$.id')`.execute(db);
      return row.rows[0]!.n;
    },

    async add(b: Omit<BundleRow, 'seq'>, json: string): Promise<BundleRow> {
      const inserted = await db.insertInto('report_bundles').values(b).returningAll().executeTakeFirstOrThrow();
      await insertRecords(db, BUNDLE_TABLES, inserted.seq, json);
      // The new bundle's records and every other copy of them: the highest version counts,
      // on a tie the latest import.
      await sql`
        UPDATE report_records SET current = (seq = (
          SELECT x.seq FROM report_records AS x WHERE x.record_id = report_records.record_id
          ORDER BY x.version DESC, x.bundle_seq DESC LIMIT 1))
        WHERE record_id IN (SELECT record_id FROM report_records WHERE bundle_seq = ${inserted.seq})`.execute(db);
      return inserted;
    },

    async remove(id: string): Promise<boolean> {
      const row = await db.selectFrom('report_bundles').select('seq').where('id', '=', id).executeTakeFirst();
      if (!row) return false;
      // Children first, explicitly: the cascade would do it, but this does not depend on the
      // connection's foreign_keys setting.
      await sql`DELETE FROM report_lines WHERE record_seq IN (SELECT seq FROM report_records WHERE bundle_seq = ${row.seq})`.execute(db);
      await sql`DELETE FROM report_refusals WHERE record_seq IN (SELECT seq FROM report_records WHERE bundle_seq = ${row.seq})`.execute(db);
      await sql`DELETE FROM report_records WHERE bundle_seq = ${row.seq}`.execute(db);
      await db.deleteFrom('report_bundles').where('seq', '=', row.seq).execute();
      // Records whose counting copy went with the bundle: another copy takes over.
      await sql`
        UPDATE report_records SET current = (seq = (
          SELECT x.seq FROM report_records AS x WHERE x.record_id = report_records.record_id
          ORDER BY x.version DESC, x.bundle_seq DESC LIMIT 1))
        WHERE record_id IN (SELECT record_id FROM report_records GROUP BY record_id HAVING max(current) = 0)`.execute(db);
      return true;
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Aggregation.

/** The records that count under the filters, as a CTE named f (seq and the columns reports read). */
function filtered(tables: RecordTables, f: ReportFilters): RawBuilder<unknown> {
  const where: RawBuilder<unknown>[] = [sql`1`];
  if (tables.currentOnly) where.push(sql`r.current = 1`);
  if (f.from) where.push(sql`r.reference_month >= ${f.from}`);
  if (f.to) where.push(sql`r.reference_month <= ${f.to}`);
  if (f.region) where.push(sql`r.region = ${f.region}`);
  if (f.status) where.push(sql`r.status = ${f.status}`);
  if (f.trainingKind) where.push(sql`r.training_kind = ${f.trainingKind}`);
  if (f.schemeId) where.push(sql`EXISTS (SELECT 1 FROM ${t(tables.lines)} AS sl WHERE sl.record_seq = r.seq AND sl.scheme_id = ${f.schemeId})`);
  return sql`f AS (SELECT r.seq, r.reference_month, r.status, r.training_kind, r.training_level, r.own_contribution_cents
    FROM ${t(tables.records)} AS r WHERE ${sql.join(where, sql` AND `)})`;
}

export async function aggregate(db: Kysely<Database>, tables: RecordTables, filters: ReportFilters): Promise<Aggregates> {
  const f = filtered(tables, filters);
  const rows = async <T>(q: RawBuilder<T>): Promise<T[]> => (await q.execute(db)).rows;

  const byMonthStatus = await rows(sql<{ month: string; status: string; n: number }>`
    WITH ${f} SELECT reference_month AS month, status, count(*) AS n FROM f GROUP BY reference_month, status ORDER BY month, status`);
  const total = byMonthStatus.reduce((a, r) => a + r.n, 0);

  // Per payer kind and per scheme: how many arrangements have such a line, and how much they hold.
  const byPayerKind = await rows(sql<{ payerKind: string; n: number; cents: number }>`
    WITH ${f} SELECT l.payer_kind AS payerKind, count(DISTINCT l.record_seq) AS n, sum(l.amount_cents) AS cents
    FROM f JOIN ${t(tables.lines)} AS l ON l.record_seq = f.seq GROUP BY l.payer_kind ORDER BY cents DESC, payerKind`);
  const byScheme = await rows(sql<{ schemeId: string; kind: string; n: number; cents: number }>`
    WITH ${f} SELECT l.scheme_id AS schemeId, l.kind AS kind, count(DISTINCT l.record_seq) AS n, sum(l.amount_cents) AS cents
    FROM f JOIN ${t(tables.lines)} AS l ON l.record_seq = f.seq GROUP BY l.scheme_id, l.kind ORDER BY cents DESC, schemeId, kind`);

  const ownRow = (await rows(sql<{ n: number; zero: number }>`
    WITH ${f} SELECT count(*) AS n, coalesce(sum(own_contribution_cents = 0), 0) AS zero FROM f`))[0]!;
  // The median: the middle value (or the two middle ones) of the sorted own contributions.
  let medianCents: number | null = null;
  if (ownRow.n > 0) {
    const middle = await rows(sql<{ v: number }>`
      WITH ${f} SELECT own_contribution_cents AS v FROM f ORDER BY own_contribution_cents
      LIMIT ${ownRow.n % 2 === 0 ? 2 : 1} OFFSET ${Math.floor((ownRow.n - 1) / 2)}`);
    medianCents = Math.round(middle.reduce((a, r) => a + r.v, 0) / middle.length);
  }

  // One pass over the refusals for both tables: per scheme and rule how often it failed, and
  // sum(first), which over all rules of a scheme is the number of arrangements it was refused for.
  const refusals = await rows(sql<{ schemeId: string; ruleId: string | null; refused: number; n: number }>`
    WITH ${f} SELECT x.scheme_id AS schemeId, x.rule_id AS ruleId, sum(x.first) AS refused, count(*) AS n
    FROM f JOIN ${t(tables.refusals)} AS x ON x.record_seq = f.seq GROUP BY x.scheme_id, x.rule_id`);
  const perScheme = new Map<string, number>();
  for (const r of refusals) perScheme.set(r.schemeId, (perScheme.get(r.schemeId) ?? 0) + r.refused);
  const refusedSchemes = [...perScheme].map(([schemeId, n]) => ({ schemeId, n })).sort((x, y) => y.n - x.n || (x.schemeId < y.schemeId ? -1 : 1));
  const refusedRules = refusals
    .filter((r): r is typeof r & { ruleId: string } => r.ruleId !== null)
    .map(({ schemeId, ruleId, n }) => ({ schemeId, ruleId, n }))
    .sort((x, y) => (x.schemeId < y.schemeId ? -1 : x.schemeId > y.schemeId ? 1 : y.n - x.n || (x.ruleId < y.ruleId ? -1 : 1)));

  const trainings = await rows(sql<{ kind: string; level: string; n: number }>`
    WITH ${f} SELECT training_kind AS kind, coalesce(training_level, '') AS level, count(*) AS n
    FROM f GROUP BY training_kind, coalesce(training_level, '') ORDER BY kind, level`);

  return { total, byMonthStatus, byPayerKind, byScheme, own: { n: ownRow.n, zero: ownRow.zero, medianCents }, refusedSchemes, refusedRules, trainings };
}

/** The plain scan the bench compares the report with. */
export async function countScan(db: Kysely<Database>, tables: RecordTables = BUNDLE_TABLES): Promise<number> {
  const r = await sql<{ n: number }>`SELECT count(*) AS n FROM ${t(tables.records)}`.execute(db);
  return r.rows[0]!.n;
}
