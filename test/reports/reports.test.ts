// Issue 10's "done when": two advisers' laptops built through the services, their bundles
// exported and imported into a third, and every figure of the report checked against a count
// made here, in plain JavaScript over the fixtures' own arrangements. Also: no personal data in
// any bundle, bad bundles refused whole, the same bundle (or records) counted once, and this
// laptop's own report equal to the report over its bundle.
import { describe, expect, it } from 'vitest';
import { statusLabels } from '../../shared/arrangements/labels.ts';
import type { ArrangementVersion } from '../../shared/contract/arrangements.ts';
import type { Report, ReportTable } from '../../shared/contract/reports.ts';
import { trainingKindLabels, trainingLevelLabels } from '../../shared/labels/case.ts';
import { parseBundle } from '../../shared/reports/bundle.ts';
import { isSensitive } from '../../shared/reports/suppress.ts';
import { referencePacks, sessionServices } from '../session/helpers.ts';
import { buildLaptop, type Laptop } from './fixtures.ts';

const TH = 5;
const packs = referencePacks();
const schemeName = (id: string) => packs.flatMap((p) => p.schemes).find((s) => s.id === id)?.name ?? id;

/** The payer kind, worked out again here from the pack scopes (not with the app's function). */
const scopeById = new Map(packs.flatMap((p) => p.schemes.map((s) => [s.id, p.scope.kind] as const)));
const payerKindLabel = (l: { schemeId: string; kind: string; payer: string }): string => {
  if (l.kind === 'cofinancing' || l.payer.toLowerCase().startsWith('werkgever')) return 'Werkgevers';
  const scope = scopeById.get(l.schemeId);
  return scope === 'national' ? 'Rijk (landelijke regelingen)' : scope === 'sector' ? 'Sectorfondsen' : scope === 'region' ? 'Regio en gemeenten' : 'Overig';
};

const bump = (m: Map<string, number>, k: string, by = 1) => m.set(k, (m.get(k) ?? 0) + by);

/** Every figure of the report, counted the plain way. */
function expected(all: readonly ArrangementVersion[]) {
  const perStatus = new Map<string, number>();
  const perMonth = new Map<string, number>();
  const perMonthStatus = new Map<string, number>();
  const schemeN = new Map<string, number>();
  const schemeCents = new Map<string, number>();
  const payerN = new Map<string, number>();
  const payerCents = new Map<string, number>();
  const refusedN = new Map<string, number>();
  const ruleN = new Map<string, number>();
  const trainings = new Map<string, number>();
  for (const a of all) {
    bump(perStatus, statusLabels[a.status]);
    const month = `${a.referenceDate.slice(5, 7)}-${a.referenceDate.slice(0, 4)}`;
    bump(perMonth, month);
    bump(perMonthStatus, `${month}|${statusLabels[a.status]}`);
    const lines = a.result.lines.filter((l) => l.amountCents > 0);
    const schemeKeys = new Set<string>();
    const payerKeys = new Set<string>();
    for (const l of lines) {
      const key = `${l.kind === 'cofinancing' ? `${schemeName(l.schemeId)} (verplichte bijdrage)` : schemeName(l.schemeId)}`;
      schemeKeys.add(key);
      bump(schemeCents, key, l.amountCents);
      const p = payerKindLabel(l);
      payerKeys.add(p);
      bump(payerCents, p, l.amountCents);
    }
    for (const k of schemeKeys) bump(schemeN, k);
    for (const k of payerKeys) bump(payerN, k);
    for (const e of a.result.evaluations.filter((x) => x.status === 'ineligible')) {
      bump(refusedN, schemeName(e.schemeId));
      for (const r of new Set(e.reasons.filter((x) => !x.passed).map((x) => x.rule))) bump(ruleN, `${schemeName(e.schemeId)}|${r}`);
    }
    const t = a.case.training;
    bump(trainings, `${trainingKindLabels[t.kind]}|${t.level ? trainingLevelLabels[t.level] : 'Geen niveau'}`);
  }
  const own = all.map((a) => a.result.ownContributionCents).sort((x, y) => x - y);
  const mid = Math.floor(own.length / 2);
  const median = own.length % 2 ? own[mid]! : Math.round((own[mid - 1]! + own[mid]!) / 2);
  const zeroShare = Math.round((own.filter((x) => x === 0).length / own.length) * 1000) / 10;
  return { total: all.length, perStatus, perMonth, perMonthStatus, schemeN, schemeCents, payerN, payerCents, refusedN, ruleN, trainings, median, zeroShare };
}

const table = (r: Report, id: string): ReportTable => r.tables.find((t) => t.id === id)!;

/** A shown cell must equal the count; a hidden one must be under the threshold or hidden to protect one. */
const checkCount = (shown: number | string | null, want: number, hiddenOk: boolean) => {
  if (shown === null) {
    expect(isSensitive(want, TH) || hiddenOk, `hidden cell ${want}`).toBe(true);
  } else {
    expect(shown).toBe(want);
    expect(isSensitive(want, TH)).toBe(false);
  }
};

function checkReport(report: Report, all: readonly ArrangementVersion[]) {
  const e = expected(all);
  expect(report.total).toBe(e.total);

  const perStatus = table(report, 'per-status');
  for (const row of perStatus.rows.filter((r) => !r.total)) checkCount(row.cells[1]!, e.perStatus.get(row.cells[0] as string) ?? 0, true);
  expect(perStatus.rows.find((r) => r.total)!.cells[1]).toBe(e.total);

  const perMonth = table(report, 'per-maand');
  const statusCols = perMonth.columns.slice(1, -1).map((c) => c.label);
  expect(perMonth.rows.filter((r) => !r.total).map((r) => r.cells[0])).toEqual([...e.perMonth.keys()].sort((a, b) => a.slice(3).localeCompare(b.slice(3)) || a.localeCompare(b)));
  for (const row of perMonth.rows.filter((r) => !r.total)) {
    statusCols.forEach((s, j) => checkCount(row.cells[j + 1]!, e.perMonthStatus.get(`${row.cells[0]}|${s}`) ?? 0, true));
    checkCount(row.cells[statusCols.length + 1]!, e.perMonth.get(row.cells[0] as string)!, true);
  }

  const perScheme = table(report, 'per-regeling');
  expect(new Set(perScheme.rows.map((r) => r.cells[0]))).toEqual(new Set(e.schemeN.keys()));
  for (const row of perScheme.rows) {
    const name = row.cells[0] as string;
    checkCount(row.cells[2]!, e.schemeN.get(name)!, false);
    expect(row.cells[3]).toBe(e.schemeN.get(name)! < TH ? null : e.schemeCents.get(name));
  }
  const perPayer = table(report, 'per-financier');
  expect(new Set(perPayer.rows.map((r) => r.cells[0]))).toEqual(new Set(e.payerN.keys()));
  for (const row of perPayer.rows) {
    const name = row.cells[0] as string;
    checkCount(row.cells[1]!, e.payerN.get(name)!, false);
    expect(row.cells[2]).toBe(e.payerN.get(name)! < TH ? null : e.payerCents.get(name));
  }

  const own = table(report, 'eigen-bijdrage').rows[0]!.cells;
  expect(own).toEqual([e.total, e.median, e.zeroShare]);

  const refused = table(report, 'afgewezen-regelingen');
  const top = [...e.refusedN.entries()].sort((a, b) => b[1] - a[1]).slice(0, 10);
  expect(refused.rows.map((r) => r.cells[1])).toEqual(top.map(([, n]) => (isSensitive(n, TH) ? null : n)));
  for (const row of refused.rows) checkCount(row.cells[1]!, e.refusedN.get(row.cells[0] as string)!, false);
  const reasons = table(report, 'afwijsredenen');
  expect(reasons.rows.length).toBeGreaterThan(0);
  for (const row of reasons.rows) {
    // The rule is shown in words; find its count by the words the pack gives for it.
    const text = row.cells[1] as string;
    expect(text).not.toMatch(/\{|Regel ‘/);
    const candidates = [...e.ruleN.entries()].filter(([k]) => k.startsWith(`${row.cells[0]}|`));
    expect(candidates.length).toBeGreaterThan(0);
    if (row.cells[2] !== null) expect(candidates.map(([, n]) => n)).toContain(row.cells[2]);
  }

  const tr = table(report, 'opleidingen');
  const levels = tr.columns.slice(1, -1).map((c) => c.label);
  let trainingsTotal = 0;
  for (const row of tr.rows.filter((r) => !r.total)) {
    levels.forEach((l, j) => {
      const want = e.trainings.get(`${row.cells[0]}|${l}`) ?? 0;
      trainingsTotal += want;
      checkCount(row.cells[j + 1]!, want, true);
    });
  }
  expect(trainingsTotal).toBe(e.total);
}

async function setUp() {
  const a = await buildLaptop('Adviseur Merel Spreeuw', 34, 1);
  const b = await buildLaptop('Adviseur Joost Zwaluw', 26, 5);
  const exportA = await a.s.must('reports.exportBundle', { from: '2026-01-01', to: '2026-12-31' });
  const exportB = await b.s.must('reports.exportBundle', { from: '2026-01-01', to: '2026-12-31' });
  return { a, b, exportA, exportB };
}

describe('report bundles: two advisers into a supervisor', () => {
  it('imports both bundles and every figure matches a plain count over the fixtures', async () => {
    const { a, b, exportA, exportB } = await setUp();
    expect(exportA.count).toBe(34);
    expect(exportB.count).toBe(26);
    const c = sessionServices();
    const inA = await c.must('reports.importBundle', { fileName: exportA.fileName, json: exportA.json });
    expect(inA.alreadyImported).toBe(false);
    expect(inA.duplicates).toBe(0);
    await c.must('reports.importBundle', { fileName: 'adviseur-b.json', json: exportB.json });
    const bundles = await c.must('reports.bundles', {});
    expect(bundles.map((x) => [x.fileName, x.count, x.from, x.to])).toEqual([
      [exportA.fileName, 34, '2026-01-01', '2026-12-31'],
      ['adviseur-b.json', 26, '2026-01-01', '2026-12-31'],
    ]);

    const all = [...a.arrangements, ...b.arrangements];
    const report = await c.must('reports.run', { source: 'bundles', threshold: TH });
    checkReport(report, all);
    expect(report.bundles).toHaveLength(2);
    expect(report.packs.map((p) => p.id)).toEqual(expect.arrayContaining(['nl', 'sector']));

    // Filtered on a region: the same counts over only that region's fixtures.
    const twente = await c.must('reports.run', { source: 'bundles', threshold: TH, filters: { region: 'twente' } });
    checkReport(twente, all.filter((x) => x.case.client.region === 'twente'));
    expect(twente.filterLines.join(' ')).toContain('Regio: Twente');

    // Filtered on status, training kind, a scheme and a period.
    checkReport(await c.must('reports.run', { threshold: TH, filters: { status: 'toegekend' } }), all.filter((x) => x.status === 'toegekend'));
    checkReport(await c.must('reports.run', { threshold: TH, filters: { trainingKind: 'mbo-diploma' } }), all.filter((x) => x.case.training.kind === 'mbo-diploma'));
    checkReport(await c.must('reports.run', { threshold: TH, filters: { from: '2026-02', to: '2026-03' } }), all.filter((x) => x.referenceDate >= '2026-02'));
    const someScheme = all.flatMap((x) => x.result.lines).find((l) => l.amountCents > 0)!.schemeId;
    checkReport(
      await c.must('reports.run', { threshold: TH, filters: { schemeId: someScheme } }),
      all.filter((x) => x.result.lines.some((l) => l.schemeId === someScheme && l.amountCents > 0)),
    );
  }, 120_000);

  it('finds no name, birth date, note, training title, provider, reason or adviser in any bundle', async () => {
    const { a, b, exportA, exportB } = await setUp();
    for (const [laptop, exported] of [[a, exportA], [b, exportB]] as [Laptop, typeof exportA][]) {
      const text = exported.json.toLowerCase();
      for (const secret of laptop.secrets) expect(text.includes(secret.toLowerCase()), `found ${secret}`).toBe(false);
      for (const arrangement of laptop.arrangements) {
        expect(text.includes(arrangement.id.toLowerCase())).toBe(false);
        expect(text.includes(arrangement.clientId.toLowerCase())).toBe(false);
      }
      // Only the schema's fields: parsing strictly succeeds.
      expect(parseBundle('x.json', exported.json).ok).toBe(true);
    }
  }, 120_000);

  it('counts the same bundle, or the same records in another bundle, once; removing one keeps the other', async () => {
    const { a, exportA } = await setUp();
    const c = sessionServices();
    await c.must('reports.importBundle', { fileName: 'a.json', json: exportA.json });
    const again = await c.must('reports.importBundle', { fileName: 'a-kopie.json', json: exportA.json });
    expect(again.alreadyImported).toBe(true);
    expect(again.message).toContain('al ingelezen');
    expect(await c.must('reports.bundles', {})).toHaveLength(1);

    // A later export of an overlapping period: other file, same arrangements (one status moved on).
    const first = a.arrangements[0]!;
    const moved = await a.s.must('arrangements.setStatus', { id: first.id, expectedVersion: first.version, status: first.status === 'toegekend' ? 'afgewezen' : 'toegekend' });
    const later = await a.s.must('reports.exportBundle', { from: '2026-02-01', to: '2026-12-31' });
    const overlap = a.arrangements.filter((x) => x.referenceDate >= '2026-02-01').length;
    const second = await c.must('reports.importBundle', { fileName: 'a-later.json', json: later.json });
    expect(second.alreadyImported).toBe(false);
    expect(second.duplicates).toBe(overlap);
    const latest = a.arrangements.map((x) => (x.id === first.id && first.referenceDate >= '2026-02-01' ? moved : x));
    checkReport(await c.must('reports.run', { threshold: TH }), latest);

    const [b1, b2] = await c.must('reports.bundles', {});
    expect((await c.must('reports.removeBundle', { id: b1!.id })).removed).toBe(true);
    checkReport(await c.must('reports.run', { threshold: TH }), latest.filter((x) => x.referenceDate >= '2026-02-01'));
    expect((await c.must('reports.removeBundle', { id: b2!.id })).removed).toBe(true);
    expect((await c.must('reports.run', { threshold: TH })).total).toBe(0);
    expect((await c.must('reports.removeBundle', { id: b2!.id })).removed).toBe(false);
  }, 120_000);

  it("reports on this laptop's own arrangements directly, with the same figures as its bundle", async () => {
    const { a, exportA } = await setUp();
    const local = await a.s.must('reports.run', { source: 'local', threshold: TH });
    checkReport(local, a.arrangements);
    const c = sessionServices();
    await c.must('reports.importBundle', { fileName: 'a.json', json: exportA.json });
    const viaBundle = await c.must('reports.run', { source: 'bundles', threshold: TH });
    expect(viaBundle.tables).toEqual(local.tables);
    // The local report leaves nothing behind: a second run gives the same.
    expect((await a.s.must('reports.run', { source: 'local', threshold: TH })).tables).toEqual(local.tables);
  }, 120_000);
});

describe('a bundle that is not right is refused whole, naming the file and the field', () => {
  const good = async () => (await setUp()).exportA.json;
  const refusedWith = async (json: string, fileName: string) => {
    const c = sessionServices();
    const error = await c.refused('reports.importBundle', { fileName, json });
    expect(error.code).toBe('invalid-input');
    expect(error.message).toContain(`‘${fileName}’`);
    expect(error.message).toContain('Er is niets veranderd.');
    expect(await c.must('reports.bundles', {})).toEqual([]);
    return error;
  };

  it('refuses what is not a bundle, a newer format, a truncated file and a field outside the schema', async () => {
    const json = await good();
    expect((await refusedWith('{"formatVersion":1,"referenceDate":"2026-01-01"}', 'casus.json')).message).toContain('geen rapportagebestand');
    expect((await refusedWith('hallo', 'tekst.txt')).message).toContain('geen rapportagebestand');
    expect((await refusedWith(json.replace('"formatVersion":1', '"formatVersion":2'), 'nieuw.json')).message).toContain('nieuwere versie');
    expect((await refusedWith(json.slice(0, Math.floor(json.length / 2)), 'half.json')).message).toContain('afgebroken');

    const data = JSON.parse(json) as { records: Record<string, unknown>[] };
    data.records[3] = { ...data.records[3], naam: 'Jan Jansen' };
    const named = await refusedWith(JSON.stringify(data), 'met-naam.json');
    expect(named.message).toContain('‘records[3].naam’');
    expect(named.message).toContain('persoonsgegevens');
    expect(named.issues?.[0]?.path).toBe('json.records[3].naam');

    const birth = JSON.parse(json) as { records: Record<string, unknown>[] };
    birth.records[0] = { ...birth.records[0], birthDate: '1970-01-01' };
    expect((await refusedWith(JSON.stringify(birth), 'geboortedatum.json')).message).toContain('‘records[0].birthDate’');

    const text = JSON.parse(json) as { records: Record<string, unknown>[] };
    text.records[1] = { ...text.records[1], region: 'Jan woont in Twente' };
    expect((await refusedWith(JSON.stringify(text), 'vrije-tekst.json')).message).toContain('‘records[1].region’');

    const top = JSON.parse(json) as Record<string, unknown>;
    top.adviser = 'Merel Spreeuw';
    expect((await refusedWith(JSON.stringify(top), 'adviseur.json')).message).toContain('‘adviser’');
  }, 120_000);
});
