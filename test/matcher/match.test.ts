// match(): the whole arrangement for a case, independent of pack and scheme order, with a
// Dutch explanation for eligible schemes that end up paying nothing.
import { describe, expect, it } from 'vitest';
import { buildStackingInstance, collectSchemes, match } from '../../shared/matcher/index.ts';
import { arrangementResultSchema } from '../../shared/matcher/result.ts';
import { leaf, makeCase, makePack, packJson, param, scheme } from './fixtures.ts';
import { packSchema } from '../../shared/packs/format.ts';

const national = () =>
  makePack([
    scheme('test.stap', { validFrom: '2022-03-01', validTo: '2023-12-31', coverage: { categories: ['tuition', 'exam'], caps: [{ per: 'calendar-year', amount: { param: 'max' } }] }, parameters: { max: param('max', 'cents', [['2022-03-01', 100_000]]) } }),
    scheme('test.lll', { kind: 'loan', eligibility: leaf('geen-sf', 'studentFinance.studiefinanciering', 'isFalse'), coverage: { categories: ['tuition'] } }),
    scheme('test.werkgever', { kind: 'cofinancing', funder: 'Werkgever', coverage: { categories: ['tuition', 'exam', 'materials'], amountFromCase: 'training.employerContributionCents' } }),
  ]);
const sector = () =>
  makePack(
    [
      scheme('sector.voucher', { eligibility: leaf('fonds', 'work.sectorFund', 'eq', 'sfb-bakkers'), coverage: { categories: ['tuition'], caps: [{ per: 'case', amount: { param: 'v' } }] }, stacking: { mode: 'exclusive' }, parameters: { v: param('voucher', 'cents', [['2018-01-01', 20_000]]) } }),
      scheme('sector.oom', { eligibility: leaf('fonds', 'work.sectorFund', 'eq', 'oom'), coverage: { categories: ['tuition'], percent: { param: 'p' }, caps: [{ per: 'case', amount: { param: 'max' } }] }, parameters: { p: param('p', 'percent', [['2020-01-01', 50]]), max: param('max', 'cents', [['2020-01-01', 80_000]]) } }),
    ],
    { id: 'sector', scope: { kind: 'sector', sectorFunds: ['oom', 'sfb-bakkers'] } },
  );

describe('match', () => {
  it('returns a result that fits the arrangement result schema, evaluations sorted by id', () => {
    const r = match(makeCase({ work: { sectorFund: 'oom' }, training: { costs: [{ category: 'tuition', amountCents: 200_000, vatIncluded: true }] } }), [sector(), national()]);
    expect(arrangementResultSchema.safeParse(r).success).toBe(true);
    expect(r.evaluations.map((e) => e.schemeId)).toEqual(['sector.oom', 'sector.voucher', 'test.lll', 'test.stap', 'test.werkgever']);
    expect(r.lines.map((l) => [l.schemeId, l.amountCents])).toEqual([
      ['sector.oom', 80_000],
      ['test.lll', 20_000],
      ['test.stap', 100_000],
    ]);
    expect(r).toMatchObject({ referenceDate: '2023-06-01', totalCostCents: 200_000, ownContributionCents: 0, loanCents: 20_000 });
    expect(r.evaluations.find((e) => e.schemeId === 'test.stap')!.maxAmountCents).toBe(100_000);
  });

  it('a 2023 case stacks STAP with the sector budget; in 2026 STAP has ended', () => {
    const c = makeCase({ work: { sectorFund: 'oom' }, studentFinance: { studiefinanciering: true }, training: { costs: [{ category: 'tuition', amountCents: 200_000, vatIncluded: true }] } });
    const in2023 = match(c, [national(), sector()]);
    expect(in2023.lines.map((l) => l.schemeId)).toEqual(['sector.oom', 'test.stap']);
    expect(in2023.ownContributionCents).toBe(20_000);
    const in2026 = match(c, [national(), sector()], { referenceDate: '2026-03-01' });
    expect(in2026.referenceDate).toBe('2026-03-01');
    expect(in2026.lines.map((l) => l.schemeId)).toEqual(['sector.oom']);
    expect(in2026.evaluations.find((e) => e.schemeId === 'test.stap')!).toMatchObject({ status: 'outside-validity', reasons: [{ text: 'Deze regeling liep van 1 maart 2022 tot en met 31 december 2023.' }] });
  });

  it('an exclusive voucher that loses says why in Dutch', () => {
    const r = match(makeCase({ work: { sectorFund: 'sfb-bakkers' }, studentFinance: { studiefinanciering: true } }), [national(), sector()]);
    expect(r.lines.map((l) => l.schemeId)).toEqual(['test.stap']);
    const v = r.evaluations.find((e) => e.schemeId === 'sector.voucher')!;
    expect(v.eligible).toBe(true);
    expect(v.notices).toContainEqual({ kind: 'excluded-by-stacking', text: 'Deze regeling mag niet samen met andere subsidies. De andere regelingen samen leveren meer op.' });
  });

  it('when the exclusive one wins, the others say why they are left out', () => {
    const r = match(makeCase({ referenceDate: '2026-01-10', work: { sectorFund: 'sfb-bakkers' }, studentFinance: { studiefinanciering: true }, training: { costs: [{ category: 'tuition', amountCents: 15_000, vatIncluded: true }], employerContributionCents: 10_000 } }), [national(), sector()]);
    expect(r.lines.map((l) => [l.schemeId, l.amountCents])).toEqual([['sector.voucher', 15_000]]);
    const w = r.evaluations.find((e) => e.schemeId === 'test.werkgever')!;
    expect(w.notices.find((n) => n.kind === 'excluded-by-stacking')?.text).toContain('Er is gekozen voor "Regeling sector.voucher"');
  });

  it('the employer contribution is a cofinancing line paid by the employer, after the grants', () => {
    const r = match(makeCase({ studentFinance: { studiefinanciering: true }, training: { costs: [{ category: 'tuition', amountCents: 150_000, vatIncluded: true }], employerContributionCents: 80_000 } }), [national()]);
    expect(r.lines).toEqual([
      expect.objectContaining({ schemeId: 'test.stap', kind: 'grant', amountCents: 100_000 }),
      expect.objectContaining({ schemeId: 'test.werkgever', kind: 'cofinancing', payer: 'Werkgever', amountCents: 50_000, costs: { tuition: 50_000 } }),
    ]);
    expect(r.ownContributionCents).toBe(0);
  });

  it('does not depend on the order of packs, of schemes in a pack, or of cost items', () => {
    const c = makeCase({ work: { sectorFund: 'oom' }, training: { costs: [{ category: 'tuition', amountCents: 180_000, vatIncluded: true }, { category: 'exam', amountCents: 30_000, vatIncluded: true }, { category: 'tuition', amountCents: 20_000, vatIncluded: false }] } });
    const a = match(c, [national(), sector()]);
    const reversedSchemes = (p: ReturnType<typeof national>) => packSchema.parse({ ...JSON.parse(JSON.stringify(p)), schemes: [...JSON.parse(JSON.stringify(p.schemes))].reverse() });
    const c2 = { ...c, training: { ...c.training, costs: [...c.training.costs].reverse() } };
    const b = match(c2, [reversedSchemes(sector()), reversedSchemes(national())]);
    expect(b).toEqual(a);
  });

  it('two versions of one pack: the newest version of a scheme is used, whatever the order', () => {
    const v1 = makePack([scheme('test.a', { coverage: { categories: ['tuition'], caps: [{ per: 'case', amount: { param: 'm' } }] }, parameters: { m: param('m', 'cents', [['2020-01-01', 10_000]]) } })]);
    const v2 = makePack([scheme('test.a', { coverage: { categories: ['tuition'], caps: [{ per: 'case', amount: { param: 'm' } }] }, parameters: { m: param('m', 'cents', [['2020-01-01', 30_000]]) } })], { version: '1.1.0' });
    expect(collectSchemes([v1, v2]).map((e) => e.pack.version)).toEqual(['1.1.0']);
    expect(match(makeCase(), [v2, v1]).lines[0]!.amountCents).toBe(30_000);
    expect(match(makeCase(), [v1, v2]).lines[0]!.amountCents).toBe(30_000);
  });

  it('buildStackingInstance holds the case items and the eligible schemes with a known amount', () => {
    const inst = buildStackingInstance(makeCase({ work: { sectorFund: 'oom' } }), [national(), sector()]);
    expect(inst.items).toEqual([{ id: 'cost-0', category: 'tuition', amountCents: 150_000 }]);
    expect(inst.sources.map((s) => s.id)).toEqual(['sector.oom', 'test.lll', 'test.stap', 'test.werkgever']);
    expect(inst.sources[0]).toMatchObject({ percentBp: 5_000, capCents: 80_000, mode: 'stacks', kind: 'grant' });
  });

  it('is fast enough for the live panel: 500 schemes, most ineligible', () => {
    const schemes = Array.from({ length: 500 }, (_, i) =>
      scheme(`test.s${String(i).padStart(3, '0')}`, {
        eligibility: { all: [leaf('fonds', 'work.sectorFund', 'eq', i % 50 === 0 ? 'oom' : `fonds-${i}`), leaf('uren', 'work.hoursPerWeek', 'gte', { param: 'u' }), leaf('erk', 'training.recognitions', 'containsAny', ['nlqf', 'nrto-keurmerk'])] },
        coverage: { categories: ['tuition', 'exam'], percent: { param: 'p' }, caps: [{ per: 'case', amount: { param: 'm' } }] },
        stacking: { mode: i % 7 === 0 ? 'exclusive' : i % 11 === 0 ? 'remainder-only' : 'stacks' },
        parameters: { u: param('uren', 'hours', [['2000-01-01', 12]]), p: param('p', 'percent', [['2000-01-01', 50 + (i % 50)]]), m: param('m', 'cents', [['2000-01-01', 10_000 + i * 100]]) },
      }),
    );
    const pack = packSchema.parse(packJson(schemes));
    const c = makeCase({ work: { sectorFund: 'oom' } });
    for (let i = 0; i < 50; i++) match(c, [pack]);
    const times: number[] = [];
    for (let i = 0; i < 200; i++) {
      const t = performance.now();
      match(c, [pack]);
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    // The target is p50 < 2 ms (the benchmark measures it); this guard is loose so a busy
    // test machine does not make it flaky, but catches an accidental slow path.
    expect(times[100]!).toBeLessThan(10);
  });
});
