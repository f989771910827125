// Report bundles in the store, and the report's aggregation. Both the loading and the counting
// happen in SQLite: a bundle's records, lines and refusals are inserted straight from its
// (validated, re-serialised) JSON with json_each, and every figure of a report is one GROUP BY
// (or an ORDER BY ... LIMIT/OFFSET for the median) over the records that count. JavaScript only
// shapes the few result rows. The same queries run over the imported bundles (report_* tables,
// `current = 1`) and over this laptop's own arrangements (the same shape in temp tables).
import { sql, type Kysely, type RawBuilder, type Selectable } from 'kysely';
import type { ReportFilters } from '../../shared/contract/reports.ts';
import type { Aggregates } from '../../shared/reports/report.ts';
import type { Database, ReportBundlesTable } from '../schema.ts';

/** Which tables hold the records, lines and refusals to count, and their covering indexes. */
export interface RecordTables {
  records: string;
  lines: string;
  refusals: string;
  /** The records' covering index for collecting the counted ones (none for the temp tables). */
  recordsCounted: string | null;
  linesByRecord: string;
  linesByScheme: string;
  linesByPayer: string;
  refusalsByRecord: string;
  refusalsByRule: string;
  /** Bundles can hold a record more than once; only the current copy counts. */
  currentOnly: boolean;
}

export const BUNDLE_TABLES: RecordTables = {
  records: 'report_records',
  lines: 'report_lines',
  refusals: 'report_refusals',
  recordsCounted: 'report_records_counted',
  linesByRecord: 'report_lines_by_record',
  linesByScheme: 'report_lines_by_scheme',
  linesByPayer: 'report_lines_by_payer',
  refusalsByRecord: 'report_refusals_by_record',
  refusalsByRule: 'report_refusals_by_rule',
  currentOnly: true,
};
export const LOCAL_TABLES: RecordTables = {
  records: 'temp.local_records',
  lines: 'temp.local_lines',
  refusals: 'temp.local_refusals',
  recordsCounted: null,
  linesByRecord: 'local_lines_by_record',
  linesByScheme: 'local_lines_by_scheme',
  linesByPayer: 'local_lines_by_payer',
  refusalsByRecord: 'local_refusals_by_record',
  refusalsByRule: 'local_refusals_by_rule',
  currentOnly: false,
};

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
  await sql`CREATE INDEX IF NOT EXISTS temp.local_refusals_by_rule ON local_refusals (scheme_id, rule_id, record_seq, first)`.execute(db);
  await sql`CREATE INDEX IF NOT EXISTS temp.local_lines_by_scheme ON local_lines (scheme_id, kind, record_seq, amount_cents)`.execute(db);
  await sql`CREATE INDEX IF NOT EXISTS temp.local_lines_by_payer ON local_lines (payer_kind, record_seq, amount_cents)`.execute(db);
  await sql`DELETE FROM temp.local_records`.execute(db);
  await sql`DELETE FROM temp.local_lines`.execute(db);
  await sql`DELETE FROM temp.local_refusals`.execute(db);
}

/** One imported bundle as stored; the table's own row type, so the two cannot drift apart. */
export type BundleRow = Selectable<ReportBundlesTable>;

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

/**
 * The records that count under the filters, collected once per report into a temp table keyed
 * by the record's integer seq (with the few columns the report reads): every figure then reads
 * that table instead of filtering the records again, and a join to it is a rowid lookup. It
 * lives in the report's read snapshot, whose rollback drops it again. Returns how many records
 * it holds and how many count without filters.
 */
async function collectFiltered(db: Kysely<Database>, tables: RecordTables, f: ReportFilters): Promise<{ n: number; all: number }> {
  const where: RawBuilder<unknown>[] = [sql`1`];
  if (tables.currentOnly) where.push(sql`r.current = 1`);
  const all = (await sql<{ n: number }>`SELECT count(*) AS n FROM ${t(tables.records)} AS r WHERE ${sql.join(where, sql` AND `)}`.execute(db)).rows[0]!.n;
  if (f.from) where.push(sql`r.reference_month >= ${f.from}`);
  if (f.to) where.push(sql`r.reference_month <= ${f.to}`);
  if (f.region) where.push(sql`r.region = ${f.region}`);
  if (f.status) where.push(sql`r.status = ${f.status}`);
  if (f.trainingKind) where.push(sql`r.training_kind = ${f.trainingKind}`);
  if (f.schemeId) where.push(sql`EXISTS (SELECT 1 FROM ${t(tables.lines)} AS sl WHERE sl.record_seq = r.seq AND sl.scheme_id = ${f.schemeId})`);
  await sql`CREATE TEMP TABLE IF NOT EXISTS report_filtered (seq INTEGER PRIMARY KEY, reference_month TEXT NOT NULL, status TEXT NOT NULL,
    training_kind TEXT NOT NULL, training_level TEXT, own_contribution_cents INTEGER NOT NULL)`.execute(db);
  await sql`DELETE FROM temp.report_filtered`.execute(db);
  // Over the bundles the records come from their covering index (migration 0041), not the table;
  // a scheme filter still looks at the lines.
  await sql`INSERT INTO temp.report_filtered (seq, reference_month, status, training_kind, training_level, own_contribution_cents)
    SELECT r.seq, r.reference_month, r.status, r.training_kind, r.training_level, r.own_contribution_cents
    FROM ${t(tables.records)} AS r${tables.recordsCounted ? sql` INDEXED BY ${t(tables.recordsCounted)}` : sql``} WHERE ${sql.join(where, sql` AND `)}`.execute(db);
  const n = (await sql<{ n: number }>`SELECT count(*) AS n FROM temp.report_filtered`.execute(db)).rows[0]!.n;
  return { n, all };
}

/**
 * Whether the report counts a large share of the records. Then the big groupings (refusals by
 * scheme and rule, lines by scheme and by payer kind) read the refusals or lines in group order
 * from their covering index and look each record up in the counted set: no sort of ~800,000
 * rows. When a filter leaves few records, those few are read and their rows found by record,
 * and the small result is sorted. Measured on 100,000 records, the refusals: the first way is
 * about flat (75-130 ms), the second grows with the records (10 ms for one region, 550 ms for
 * all); they cross near a quarter. CROSS JOIN fixes the loop order and INDEXED BY the index, so
 * the plan does not depend on statistics the store may not have.
 */
const countsMost = (counted: { n: number; all: number }) => counted.n * 4 >= counted.all;

/** The lines (or refusals) of the counted records, as FROM ... CROSS JOIN in the order chosen above. */
const joinCounted = (table: string, byGroup: string, byRecord: string, alias: string, most: boolean) =>
  most
    ? sql`${t(table)} AS ${t(alias)} INDEXED BY ${t(byGroup)} CROSS JOIN temp.report_filtered AS f ON f.seq = ${t(alias)}.record_seq`
    : sql`temp.report_filtered AS f CROSS JOIN ${t(table)} AS ${t(alias)} INDEXED BY ${t(byRecord)} ON ${t(alias)}.record_seq = f.seq`;

export async function aggregate(db: Kysely<Database>, tables: RecordTables, filters: ReportFilters): Promise<Aggregates> {
  const counted = await collectFiltered(db, tables, filters);
  const most = countsMost(counted);
  const rows = async <T>(q: RawBuilder<T>): Promise<T[]> => (await q.execute(db)).rows;

  const byMonthStatus = await rows(sql<{ month: string; status: string; n: number }>`
    SELECT reference_month AS month, status, count(*) AS n FROM temp.report_filtered GROUP BY reference_month, status ORDER BY month, status`);
  const total = counted.n;

  // Per payer kind and per scheme: how many arrangements have such a line, and how much they hold.
  const byPayerKind = await rows(sql<{ payerKind: string; n: number; cents: number }>`
    SELECT l.payer_kind AS payerKind, count(DISTINCT l.record_seq) AS n, sum(l.amount_cents) AS cents
    FROM ${joinCounted(tables.lines, tables.linesByPayer, tables.linesByRecord, 'l', most)}
    GROUP BY l.payer_kind ORDER BY cents DESC, payerKind`);
  const byScheme = await rows(sql<{ schemeId: string; kind: string; n: number; cents: number }>`
    SELECT l.scheme_id AS schemeId, l.kind AS kind, count(DISTINCT l.record_seq) AS n, sum(l.amount_cents) AS cents
    FROM ${joinCounted(tables.lines, tables.linesByScheme, tables.linesByRecord, 'l', most)}
    GROUP BY l.scheme_id, l.kind ORDER BY cents DESC, schemeId, kind`);

  const ownRow = (await rows(sql<{ n: number; zero: number }>`
    SELECT count(*) AS n, coalesce(sum(own_contribution_cents = 0), 0) AS zero FROM temp.report_filtered`))[0]!;
  // The median: the middle value (or the two middle ones) of the sorted own contributions.
  let medianCents: number | null = null;
  if (ownRow.n > 0) {
    const middle = await rows(sql<{ v: number }>`
      SELECT own_contribution_cents AS v FROM temp.report_filtered ORDER BY own_contribution_cents
      LIMIT ${ownRow.n % 2 === 0 ? 2 : 1} OFFSET ${Math.floor((ownRow.n - 1) / 2)}`);
    medianCents = Math.round(middle.reduce((a, r) => a + r.v, 0) / middle.length);
  }

  // One pass over the refusals for both tables: per scheme and rule how often it failed, and
  // sum(first), which over all rules of a scheme is the number of arrangements it was refused for.
  const refusals = await rows(sql<{ schemeId: string; ruleId: string | null; refused: number; n: number }>`
    SELECT x.scheme_id AS schemeId, x.rule_id AS ruleId, sum(x.first) AS refused, count(*) AS n
    FROM ${joinCounted(tables.refusals, tables.refusalsByRule, tables.refusalsByRecord, 'x', most)}
    GROUP BY x.scheme_id, x.rule_id`);
  const perScheme = new Map<string, number>();
  for (const r of refusals) perScheme.set(r.schemeId, (perScheme.get(r.schemeId) ?? 0) + r.refused);
  const refusedSchemes = [...perScheme].map(([schemeId, n]) => ({ schemeId, n })).sort((x, y) => y.n - x.n || (x.schemeId < y.schemeId ? -1 : 1));
  const refusedRules = refusals
    .filter((r): r is typeof r & { ruleId: string } => r.ruleId !== null)
    .map(({ schemeId, ruleId, n }) => ({ schemeId, ruleId, n }))
    .sort((x, y) => (x.schemeId < y.schemeId ? -1 : x.schemeId > y.schemeId ? 1 : y.n - x.n || (x.ruleId < y.ruleId ? -1 : 1)));

  const trainings = await rows(sql<{ kind: string; level: string; n: number }>`
    SELECT training_kind AS kind, coalesce(training_level, '') AS level, count(*) AS n
    FROM temp.report_filtered GROUP BY training_kind, coalesce(training_level, '') ORDER BY kind, level`);

  return { total, byMonthStatus, byPayerKind, byScheme, own: { n: ownRow.n, zero: ownRow.zero, medianCents }, refusedSchemes, refusedRules, trainings };
}

/** The plain scan the bench compares the report with. */
export async function countScan(db: Kysely<Database>, tables: RecordTables = BUNDLE_TABLES): Promise<number> {
  const r = await sql<{ n: number }>`SELECT count(*) AS n FROM ${t(tables.records)}`.execute(db);
  return r.rows[0]!.n;
}
