// The stacker on hand-made instances (section 4 of the domain brief) and its determinism.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { stack, type StackSource, type StackingInstance } from '../../shared/matcher/stack.ts';
import { instanceArb, violation } from './stack-arbitraries.ts';

const item = (id: string, category: string, amountCents: number) => ({ id, category, amountCents });
const src = (id: string, over: Partial<StackSource> = {}): StackSource => ({
  id,
  kind: 'grant',
  mode: 'stacks',
  payer: `Fonds ${id}`,
  categories: ['tuition', 'exam', 'materials'],
  percentBp: 10_000,
  capCents: null,
  ...over,
});
const amounts = (r: ReturnType<typeof stack>) => Object.fromEntries(r.lines.map((l) => [`${l.sourceId}${l.part === 'cofinancing' ? '+cof' : ''}`, l.amountCents]));

describe('stacker', () => {
  it('Tel mee met Taal: 67% grant, 33% employer cofinancing on € 1.500,00', () => {
    const r = stack({ items: [item('t', 'tuition', 150_000)], sources: [src('tmmt', { percentBp: 6_700, capCents: 12_500_000, cofinancing: { shareBp: 3_300, payer: 'Werkgever' } })] });
    expect(r.lines).toEqual([
      { sourceId: 'tmmt', part: 'main', kind: 'grant', payer: 'Fonds tmmt', amountCents: 100_500, byItem: { t: 100_500 } },
      { sourceId: 'tmmt', part: 'cofinancing', kind: 'cofinancing', payer: 'Werkgever', amountCents: 49_500, byItem: { t: 49_500 } },
    ]);
    expect(r.ownContributionCents).toBe(0);
  });

  it('cofinancing: the cap bounds the grant part, and grant + cofinancing == base', () => {
    const r = stack({ items: [item('t', 'tuition', 150_000), item('e', 'exam', 20_000)], sources: [src('tmmt', { percentBp: 6_700, capCents: 50_000, cofinancing: { shareBp: 3_300, payer: 'Werkgever' } })] });
    const a = amounts(r);
    expect(a.tmmt).toBe(50_000);
    // largest base B with floor(B * 0.67) <= 50.000: 74.628
    expect(a.tmmt! + a['tmmt+cof']!).toBe(74_628);
    expect(r.ownContributionCents).toBe(170_000 - 74_628);
    expect(violation({ items: [item('t', 'tuition', 150_000), item('e', 'exam', 20_000)], sources: [src('tmmt', { percentBp: 6_700, capCents: 50_000, cofinancing: { shareBp: 3_300, payer: 'Werkgever' } })] }, r)).toBeNull();
  });

  it('an exclusive scheme loses when the others together give more', () => {
    const r = stack({ items: [item('t', 'tuition', 135_000)], sources: [src('sfb', { mode: 'exclusive', capCents: 20_000 }), src('stap', { capCents: 100_000 })] });
    expect(amounts(r)).toEqual({ stap: 100_000 });
    expect(r.exclusiveChosen).toBeNull();
    expect(r.alternatives).toEqual([
      { exclusive: null, ownContributionCents: 35_000, loanCents: 0, lineCount: 1 },
      { exclusive: 'sfb', ownContributionCents: 115_000, loanCents: 0, lineCount: 1 },
    ]);
  });

  it('an exclusive scheme wins, alone, when alone is best', () => {
    const r = stack({ items: [item('t', 'tuition', 100_000)], sources: [src('digitaal', { mode: 'exclusive', percentBp: 9_000, capCents: 100_000 }), src('oom', { percentBp: 5_000, capCents: 80_000 }), src('rest', { mode: 'remainder-only', capCents: 10_000 })] });
    expect(amounts(r)).toEqual({ digitaal: 90_000 });
    expect(r.exclusiveChosen).toBe('digitaal');
    expect(r.ownContributionCents).toBe(10_000);
  });

  it('remainder-only takes only what the grants leave', () => {
    const r = stack({ items: [item('t', 'tuition', 200_000)], sources: [src('a-twente', { mode: 'remainder-only', capCents: 150_000 }), src('b-grant', { capCents: 120_000 })] });
    expect(amounts(r)).toEqual({ 'b-grant': 120_000, 'a-twente': 80_000 });
  });

  it('remainder-only does not push a grant aside, even when that would save a line', () => {
    // The remainder scheme alone could pay everything (1 line); grants go first anyway.
    const r = stack({ items: [item('t', 'tuition', 100_000)], sources: [src('rest', { mode: 'remainder-only' }), src('grant', { capCents: 30_000 })] });
    expect(amounts(r)).toEqual({ grant: 30_000, rest: 70_000 });
  });

  it('a loan takes only what the grants leave, and only its categories', () => {
    const r = stack({
      items: [item('t', 'tuition', 250_000), item('m', 'materials', 30_000)],
      sources: [src('lll', { kind: 'loan', categories: ['tuition'] }), src('stap', { capCents: 100_000 }), src('retail', { capCents: 15_000 })],
    });
    expect(r.ownContributionCents).toBe(0);
    expect(r.loanCents).toBe(165_000);
    expect(amounts(r)).toEqual({ lll: 165_000, stap: 100_000, retail: 15_000 });
    // grants are rerouted to the materials the loan cannot cover
    const materials = r.lines.reduce((s, l) => s + (l.byItem.m ?? 0), 0);
    expect(materials).toBe(30_000);
  });

  it('grants are routed so the loan is as small as possible', () => {
    const r = stack({ items: [item('t', 'tuition', 100_000), item('e', 'exam', 50_000)], sources: [src('loan', { kind: 'loan', categories: ['tuition', 'exam'] }), src('g', { categories: ['tuition', 'exam'], capCents: 50_000 }), src('h', { categories: ['exam'], capCents: 50_000 })] });
    expect(r.loanCents).toBe(50_000);
    expect(r.ownContributionCents).toBe(0);
  });

  it('percentages bound each cost item; caps bound the case', () => {
    const r = stack({ items: [item('t', 'tuition', 100_001), item('e', 'exam', 999)], sources: [src('oom', { percentBp: 5_000, categories: ['tuition'], capCents: 80_000 }), src('hov', { percentBp: 7_500, categories: ['exam'], capCents: 500 })] });
    expect(amounts(r)).toEqual({ oom: 50_000, hov: 500 }); // floor(100.001 * 50%) and cap 500 < floor(999 * 75%)
  });

  it('no cost item is covered more than once', () => {
    const r = stack({ items: [item('t', 'tuition', 100_000)], sources: [src('a', { capCents: 80_000 }), src('b', { capCents: 80_000 }), src('c', { capCents: 80_000 })] });
    expect(r.lines.reduce((s, l) => s + l.amountCents, 0)).toBe(100_000);
    expect(r.lineCount).toBe(2);
  });

  it('fewer lines when the amount is the same: one scheme that pays all beats two', () => {
    const r = stack({ items: [item('t', 'tuition', 100_000)], sources: [src('a-klein', { capCents: 40_000 }), src('b-groot', { capCents: 100_000 })] });
    expect(amounts(r)).toEqual({ 'b-groot': 100_000 });
    expect(r.dropped).toEqual(['a-klein']);
  });

  it('an employer contribution (fixed amount) pays only what the grants leave', () => {
    const r = stack({ items: [item('t', 'tuition', 150_000)], sources: [src('werkgever', { kind: 'cofinancing', categories: ['tuition', 'exam', 'other'], fixedAmountCents: 100_000, payer: 'Werkgever' }), src('stap', { capCents: 100_000 })] });
    expect(amounts(r)).toEqual({ stap: 100_000, werkgever: 50_000 });
  });

  it('a calendar-year cap already resolved to what is left is respected', () => {
    const r = stack({ items: [item('t', 'tuition', 20_000)], sources: [src('retail', { capCents: 5_000 })] });
    expect(r.ownContributionCents).toBe(15_000);
  });

  it('empty instances and zero costs', () => {
    expect(stack({ items: [], sources: [] })).toMatchObject({ totalCostCents: 0, ownContributionCents: 0, lines: [] });
    expect(stack({ items: [item('t', 'tuition', 0)], sources: [src('a')] })).toMatchObject({ ownContributionCents: 0, lines: [] });
  });

  it('the result does not depend on the order of schemes or cost items', () => {
    fc.assert(
      fc.property(instanceArb, fc.infiniteStream(fc.nat()), (inst: StackingInstance, rnd) => {
        const shuffle = <T>(xs: readonly T[]): T[] => {
          const out = [...xs];
          for (let i = out.length - 1; i > 0; i--) {
            const j = rnd.next().value % (i + 1);
            [out[i], out[j]] = [out[j]!, out[i]!];
          }
          return out;
        };
        const a = stack(inst);
        const b = stack({ items: shuffle(inst.items), sources: shuffle(inst.sources) });
        expect(b).toEqual(a);
        expect(violation(inst, a)).toBeNull();
      }),
      { seed: 4242, numRuns: 500 },
    );
  });
});
