import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mergeById, mergeThreeWay } from '../../shared/merge/three-way.ts';

const base = { contract: 'permanent', employerSize: 40, hours: 36, fund: null as string | null };

describe('three-way merge of one form', () => {
  it('keeps the other tab’s change when the adviser changed another field (issue 12.1)', () => {
    const theirs = { ...base, contract: 'temporary' };
    const mine = { ...base, employerSize: 60 };
    const { merged, conflicts } = mergeThreeWay(base, mine, theirs);
    expect(merged).toEqual({ ...base, contract: 'temporary', employerSize: 60 });
    expect(conflicts).toEqual([]);
  });

  it('reports a field both changed to different values, with both values, and does not pick silently', () => {
    const { merged, conflicts } = mergeThreeWay(base, { ...base, hours: 32 }, { ...base, hours: 24 });
    expect(conflicts).toEqual([{ path: ['hours'], base: 36, mine: 32, theirs: 24 }]);
    expect(merged.hours).toBe(24);
  });

  it('the same change on both sides is no conflict', () => {
    expect(mergeThreeWay(base, { ...base, hours: 32 }, { ...base, hours: 32 }).conflicts).toEqual([]);
  });

  it('merges nested objects per key and treats lists as one answer', () => {
    const b = { work: { a: 1, b: 2 }, costs: [1, 2] };
    const { merged, conflicts } = mergeThreeWay(b, { work: { a: 9, b: 2 }, costs: [1, 2, 3] }, { work: { a: 1, b: 7 }, costs: [1] });
    expect(merged.work).toEqual({ a: 9, b: 7 });
    expect(conflicts.map((c) => c.path)).toEqual([['costs']]);
  });

  it('property: a change by one side only is never lost, and nothing is a conflict', () => {
    const record = fc.dictionary(fc.constantFrom('a', 'b', 'c', 'd'), fc.oneof(fc.integer(), fc.string(), fc.boolean()));
    fc.assert(
      fc.property(record, record, record, (b, mineChanges, theirChanges) => {
        // Split the keys: the adviser changes only keys a/b, the other side only c/d.
        const pick = (o: Record<string, unknown>, keys: string[]) => Object.fromEntries(Object.entries(o).filter(([k]) => keys.includes(k)));
        const mine = { ...b, ...pick(mineChanges, ['a', 'b']) };
        const theirs = { ...b, ...pick(theirChanges, ['c', 'd']) };
        const { merged, conflicts } = mergeThreeWay<Record<string, unknown>>(b, mine, theirs);
        expect(conflicts).toEqual([]);
        expect(merged).toEqual({ ...b, ...pick(mineChanges, ['a', 'b']), ...pick(theirChanges, ['c', 'd']) });
      }),
    );
  });
});

describe('merge of records with an identity', () => {
  type Row = { id: string | null; title: string; cost: number };
  const idOf = (r: Row) => r.id;
  const b: Row[] = [{ id: 't1', title: 'Lassen', cost: 100 }, { id: 't2', title: 'Taal', cost: 50 }];

  it('merges per record, keeps rows only one side added', () => {
    const mine: Row[] = [{ id: 't1', title: 'Lassen MIG', cost: 100 }, b[1]!, { id: null, title: 'Nieuw', cost: 1 }];
    const theirs: Row[] = [{ id: 't1', title: 'Lassen', cost: 120 }, b[1]!, { id: 't3', title: 'Van hen', cost: 3 }];
    const { merged, conflicts } = mergeById(b, mine, theirs, idOf);
    expect(conflicts).toEqual([]);
    expect(merged).toEqual([
      { id: 't1', title: 'Lassen MIG', cost: 120 },
      b[1],
      { id: null, title: 'Nieuw', cost: 1 },
      { id: 't3', title: 'Van hen', cost: 3 },
    ]);
  });

  it('a removal on one side of an untouched row is followed', () => {
    expect(mergeById(b, [b[0]!], b, idOf).merged).toEqual([b[0]]);
    expect(mergeById(b, b, [b[1]!], idOf).merged).toEqual([b[1]]);
  });

  it('removing a row the other side changed is a conflict and the row is kept', () => {
    const theirs: Row[] = [b[0]!, { ...b[1]!, cost: 70 }];
    const { merged, conflicts } = mergeById(b, [b[0]!], theirs, idOf, ['trainings']);
    expect(conflicts).toEqual([{ path: ['trainings', 't2'], base: b[1], mine: undefined, theirs: theirs[1] }]);
    expect(merged).toContainEqual(theirs[1]);
  });
});
