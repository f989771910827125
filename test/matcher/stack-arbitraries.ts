// Random stacking instances for the property tests: costs, schemes with categories,
// percentages, caps, exclusive and remainder-only flags, loans, cofinancing, fixed amounts.
import fc from 'fast-check';
import type { StackingInstance, StackSource, StackItem, StackResult } from '../../shared/matcher/stack.ts';
import { baseCapOf, grantPart, payCapOf, perItemBound, sharesOf } from '../../shared/matcher/stack.ts';

const categories = ['tuition', 'exam', 'materials', 'travel'] as const;

const itemArb = fc.record({
  category: fc.constantFrom(...categories),
  amountCents: fc.oneof(fc.integer({ min: 0, max: 500_000 }), fc.constantFrom(0, 1, 99, 15_000, 150_000, 250_000)),
});

const sourceArb = fc
  .record({
    kind: fc.constantFrom('grant', 'grant', 'grant', 'offer', 'loan', 'cofinancing'),
    mode: fc.constantFrom('stacks', 'stacks', 'stacks', 'exclusive', 'remainder-only'),
    categories: fc.subarray([...categories], { minLength: 1 }),
    percentBp: fc.oneof(fc.constant(10_000), fc.constantFrom(5_000, 6_700, 7_500, 9_000), fc.integer({ min: 0, max: 10_000 })),
    capCents: fc.option(fc.oneof(fc.integer({ min: 0, max: 300_000 }), fc.constantFrom(0, 15_000, 20_000, 80_000, 100_000, 150_000)), { nil: null }),
    cofinancing: fc.option(fc.record({ shareBp: fc.oneof(fc.constant(3_300), fc.integer({ min: 0, max: 10_000 })), payer: fc.constant('Werkgever') }), { nil: null, freq: 3 }),
    fixedAmountCents: fc.option(fc.integer({ min: 0, max: 300_000 }), { nil: null, freq: 4 }),
  })
  .map((s) => ({ ...s, mode: s.kind === 'loan' && s.mode === 'exclusive' ? 'stacks' : s.mode }));

export const instanceArb: fc.Arbitrary<StackingInstance> = fc
  .record({
    items: fc.array(itemArb, { minLength: 1, maxLength: 5 }),
    sources: fc.array(sourceArb, { minLength: 0, maxLength: 8 }),
    idSalt: fc.array(fc.constantFrom('a', 'b', 'c', 'nl.', 'x-'), { minLength: 8, maxLength: 8 }),
  })
  .map(({ items, sources, idSalt }) => ({
    items: items.map((it, i): StackItem => ({ id: `cost-${i}`, ...it })),
    sources: sources.map((s, i): StackSource => ({ id: `${idSalt[i]}src-${i}`, payer: `Betaler ${i}`, ...s }) as StackSource),
  }));

/** Checks an arrangement against the rules of the model; returns the first violation or null. */
export const violation = (inst: StackingInstance, r: StackResult): string | null => {
  const items = new Map(inst.items.map((i) => [i.id, i]));
  const sources = new Map(inst.sources.map((s) => [s.id, s]));
  const perItem = new Map<string, number>();
  const basePerSource = new Map<string, number>();
  let sum = 0;
  for (const l of r.lines) {
    const s = sources.get(l.sourceId);
    if (!s) return `onbekende bron ${l.sourceId}`;
    let lineSum = 0;
    for (const [id, c] of Object.entries(l.byItem)) {
      const it = items.get(id);
      if (!it) return `onbekende kostenpost ${id}`;
      if (c <= 0 || !Number.isInteger(c)) return `bedrag ${c} op ${id}`;
      if (!s.categories.includes(it.category)) return `${s.id} dekt ${it.category} niet`;
      perItem.set(id, (perItem.get(id) ?? 0) + c);
      lineSum += c;
    }
    if (lineSum !== l.amountCents) return `regel ${l.sourceId}: ${lineSum} != ${l.amountCents}`;
    basePerSource.set(s.id, (basePerSource.get(s.id) ?? 0) + l.amountCents);
    sum += l.amountCents;
  }
  for (const [id, c] of perItem) if (c > items.get(id)!.amountCents) return `kostenpost ${id} dubbel gedekt`;
  for (const [id, b] of basePerSource) {
    const s = sources.get(id)!;
    const main = r.lines.find((l) => l.sourceId === id && l.part === 'main')?.amountCents ?? 0;
    if (main !== grantPart(s, b)) return `${id}: subsidiedeel ${main} != floor(B*p/q) ${grantPart(s, b)}`;
    if (main > payCapOf(s)) return `${id}: boven het maximum`;
    if (b > baseCapOf(s)) return `${id}: basis boven het maximum`;
    for (const it of inst.items) {
      const onItem = r.lines.filter((l) => l.sourceId === id).reduce((t, l) => t + (l.byItem[it.id] ?? 0), 0);
      if (onItem > perItemBound(s, it)) return `${id}: meer dan ${sharesOf(s).q} bp van ${it.id}`;
    }
  }
  const used = [...basePerSource.keys()];
  if (used.some((id) => sources.get(id)!.mode === 'exclusive') && used.length > 1) return `exclusieve regeling niet alleen: ${used.join(', ')}`;
  if (r.ownContributionCents !== r.totalCostCents - sum) return 'eigen bijdrage klopt niet met de regels';
  return null;
};
