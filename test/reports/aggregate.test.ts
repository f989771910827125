// The report's refusal figures (issue 10.5) are grouped one of two ways, by the share of records
// a filter leaves: in (scheme, rule) order from the covering index with a lookup per refusal
// when most records count, or from the few counted records by record when a filter leaves few.
// Both must give exactly what a plain count over the bundle's records gives, and so must every
// other figure read from the per-report set of counted records.
import { describe, expect, it } from 'vitest';
import { aggregate, BUNDLE_TABLES } from '../../db/repositories/reports.ts';
import type { ReportFilters } from '../../shared/contract/reports.ts';
import { parseBundle, type BundleRecord } from '../../shared/reports/bundle.ts';
import { privacyServices } from '../privacy/helpers.ts';
import { buildLaptop } from './fixtures.ts';

const matches = (r: BundleRecord, f: ReportFilters) =>
  (!f.from || r.referenceMonth >= f.from) &&
  (!f.to || r.referenceMonth <= f.to) &&
  (!f.region || r.region === f.region) &&
  (!f.status || r.status === f.status) &&
  (!f.trainingKind || r.trainingKind === f.trainingKind) &&
  (!f.schemeId || r.lines.some((l) => l.schemeId === f.schemeId));

const tally = (keys: string[]) => {
  const m = new Map<string, number>();
  for (const k of keys) m.set(k, (m.get(k) ?? 0) + 1);
  return Object.fromEntries([...m].sort(([a], [b]) => (a < b ? -1 : 1)));
};

describe('report aggregation over the counted records', () => {
  it('counts refusals, trainings and months the same whichever way the refusals are grouped', async () => {
    const adviser = await buildLaptop('Adviseur Wilma Kwikstaart', 30, 3);
    const { json } = await adviser.s.must('reports.exportBundle', { from: '2026-01-01', to: '2026-12-31' });
    const parsed = parseBundle('a.json', json);
    if (!parsed.ok) throw new Error(parsed.message);
    const records = parsed.bundle.records;
    const supervisor = privacyServices();
    await supervisor.must('reports.importBundle', { fileName: 'a.json', json });

    const cases: ReportFilters[] = [{}, { region: 'twente' }, { status: 'toegekend' }, { region: 'groningen', trainingKind: 'course' }, { from: '2026-02', to: '2026-02' }];
    const shares: number[] = [];
    for (const filters of cases) {
      const counted = records.filter((r) => matches(r, filters));
      shares.push(counted.length / records.length);
      const a = await aggregate(supervisor.store.db, BUNDLE_TABLES, filters);
      expect(a.total, JSON.stringify(filters)).toBe(counted.length);
      expect(Object.fromEntries(a.refusedSchemes.map((r) => [r.schemeId, r.n]))).toEqual(tally(counted.flatMap((r) => r.refusals.map((x) => x.schemeId))));
      expect(Object.fromEntries(a.refusedRules.map((r) => [`${r.schemeId} ${r.ruleId}`, r.n]))).toEqual(
        tally(counted.flatMap((r) => r.refusals.flatMap((x) => x.rules.map((rule) => `${x.schemeId} ${rule}`)))),
      );
      expect(Object.fromEntries(a.trainings.map((r) => [`${r.kind} ${r.level}`, r.n]))).toEqual(tally(counted.map((r) => `${r.trainingKind} ${r.trainingLevel ?? ''}`)));
      expect(Object.fromEntries(a.byMonthStatus.map((r) => [`${r.month} ${r.status}`, r.n]))).toEqual(tally(counted.map((r) => `${r.referenceMonth} ${r.status}`)));
      expect(a.own.n).toBe(counted.length);
      expect(a.own.zero).toBe(counted.filter((r) => r.ownContributionCents === 0).length);
    }
    // Both ways were taken: most records counted, and under a quarter of them.
    expect(shares.some((s) => s >= 0.25)).toBe(true);
    expect(shares.some((s) => s > 0 && s < 0.25)).toBe(true);
  });
});
