// The supervisor's report over 100,000 arrangement records (issue 10.5), measured the way the
// screen asks for it: reports.run through the services' dispatch (input check, every GROUP BY in
// SQLite, suppression, output check), on an in-memory store with the real migrations. Beside it,
// in the same run, one plain `SELECT count(*)` over the same rows: the ratio says how many such
// scans the whole report costs, which stays meaningful on a slower or faster machine.
// Run alone: node scripts/run-bundled.mjs bench/report.ts
import { createHash } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { openStore } from '../db/open.ts';
import { countScan, reportBundlesRepository } from '../db/repositories/reports.ts';
import { createServices } from '../electron/services/index.ts';
import { educationLevels, trainingKinds, trainingLevels, trainingPurposes, workStatuses } from '../shared/case/schema.ts';
import { arrangementStatuses } from '../shared/contract/arrangements.ts';
import { ageBands, BUNDLE_FORMAT, BUNDLE_FORMAT_VERSION, payerKinds, serializeBundle, type Bundle, type BundleRecord } from '../shared/reports/bundle.ts';
import { regions } from '../shared/regions/index.ts';

const RECORDS = 100_000;
const RUNS = 5;

const prng = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** 100,000 records as advisers would send them: 24 months, 35 regions, 0-3 lines, ~6 refused schemes. */
export function benchBundles(count = RECORDS, perBundle = 5_000): string[] {
  const random = prng(20260302);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const schemes = Array.from({ length: 40 }, (_, i) => (i < 10 ? `nl.regeling-${i}` : i < 30 ? `sector.fonds-${i}` : `regio.potje-${i}`));
  const rules = Array.from({ length: 8 }, (_, i) => `regel-${i}`);
  const files: string[] = [];
  for (let start = 0; start < count; start += perBundle) {
    const records: BundleRecord[] = [];
    for (let i = start; i < Math.min(count, start + perBundle); i++) {
      const month = `${2025 + Math.floor(random() * 2)}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}`;
      const total = 20_000 + Math.floor(random() * 800_000);
      const lines = Array.from({ length: Math.floor(random() * 4) }, () => ({
        schemeId: pick(schemes),
        payerKind: pick(payerKinds),
        kind: random() < 0.1 ? ('loan' as const) : ('grant' as const),
        amountCents: Math.floor(random() * total * 0.4),
      }));
      const own = Math.max(0, total - lines.reduce((a, l) => a + l.amountCents, 0));
      records.push({
        id: createHash('sha256').update(`bench-${i}`).digest('hex'),
        version: 1 + Math.floor(random() * 4),
        referenceMonth: month,
        statusMonth: month,
        status: pick(arrangementStatuses),
        region: pick(regions).id,
        ageBand: pick(ageBands),
        educationLevel: pick(educationLevels),
        workStatus: pick(workStatuses),
        sectorFund: random() < 0.4 ? 'oom' : null,
        trainingKind: pick(trainingKinds),
        trainingLevel: random() < 0.5 ? pick(trainingLevels) : null,
        trainingPurpose: pick(trainingPurposes),
        totalCostCents: total,
        ownContributionCents: random() < 0.3 ? 0 : own,
        loanCents: 0,
        lines,
        refusals: Array.from({ length: 6 }, () => ({ schemeId: pick(schemes), rules: [pick(rules), ...(random() < 0.5 ? [pick(rules)] : [])] }))
          .filter((r, k, all) => all.findIndex((x) => x.schemeId === r.schemeId) === k)
          .map((r) => ({ ...r, rules: [...new Set(r.rules)] })),
      });
    }
    const bundle: Bundle = {
      format: BUNDLE_FORMAT,
      formatVersion: BUNDLE_FORMAT_VERSION,
      period: { from: '2025-01-01', to: '2026-12-31' },
      exportedOn: '2027-01-05',
      packs: [{ id: 'nl', version: '1.1.0' }],
      records,
    };
    files.push(serializeBundle(bundle));
  }
  return files;
}

export interface ReportBench {
  records: number;
  loadSeconds: number;
  report100kMs: number;
  countScanMs: number;
  reportVsScanRatio: number;
}

export async function runReportBench(log: (line: string) => void = () => {}): Promise<ReportBench> {
  const store = openStore(':memory:');
  try {
    let id = 0;
    const clock = { now: () => '2027-01-06T09:00:00.000Z', newId: () => `bench-${++id}` };
    const { dispatch } = createServices(store, clock, { log: () => {} });
    const files = benchBundles();
    const loadStart = performance.now();
    for (const [i, json] of files.entries()) {
      const r = await dispatch('reports.importBundle', { fileName: `adviseur-${i + 1}.json`, json });
      if (!r.ok) throw new Error(`import failed: ${r.error.message}`);
    }
    const loadSeconds = (performance.now() - loadStart) / 1000;
    const records = await countScan(store.db);
    if (records !== RECORDS) throw new Error(`expected ${RECORDS} records, found ${records}`);
    log(`  ${records} records in ${files.length} bestanden ingelezen in ${loadSeconds.toFixed(1)} s`);
    // Sanity: the bundles are in and count.
    if ((await reportBundlesRepository(store.db).list()).length !== files.length) throw new Error('bundles missing');

    const report = async () => {
      const r = await dispatch('reports.run', { source: 'bundles' });
      if (!r.ok) throw new Error(`report failed: ${r.error.message}`);
      const total = (r.value as { total: number | null }).total;
      if (total !== RECORDS) throw new Error(`report counted ${total}`);
    };
    await report(); // warm-up: page cache and prepared statements
    await countScan(store.db);
    const reportMs: number[] = [];
    const scanMs: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      let t = performance.now();
      await report();
      reportMs.push(performance.now() - t);
      t = performance.now();
      await countScan(store.db);
      scanMs.push(performance.now() - t);
    }
    const round = (x: number, d = 2) => Number(x.toFixed(d));
    const report100kMs = round(median(reportMs), 1);
    const countScanMs = round(median(scanMs), 3);
    return { records: RECORDS, loadSeconds: round(loadSeconds, 1), report100kMs, countScanMs, reportVsScanRatio: round(report100kMs / Math.max(countScanMs, 1e-3), 1) };
  } finally {
    store.close();
  }
}

// Only when run as the entry (bundled as .cache/bundled/report.mjs), not when imported by run.ts.
if (/[\\/]report\.(mjs|ts)$/.test(process.argv[1] ?? '') && import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  runReportBench((line) => process.stderr.write(`${line}\n`))
    .then((r) => console.log(JSON.stringify(r)))
    .catch((err) => {
      process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
      process.exitCode = 1;
    });
}
