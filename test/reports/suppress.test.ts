// Disclosure control: primary suppression under the threshold, secondary suppression so a hidden
// cell cannot be recomputed from a row or column total, amounts over too few arrangements, and
// the one Dutch line about it.
import { describe, expect, it } from 'vitest';
import {
  guardAmount,
  noSuppression,
  suppressGrid,
  suppressionNote,
  suppressList,
  suppressUnlinked,
} from '../../shared/reports/suppress.ts';

/** Every line (row + total, column + total, totals + grand total) hides 0 or at least 2 cells. */
function noLoneHiddenCell(g: ReturnType<typeof suppressGrid>) {
  const lines: (number | null)[][] = [
    ...g.cells.map((r, i) => [...r, g.rowTotals[i]!]),
    ...g.colTotals.map((t, j) => [...g.cells.map((r) => r[j]!), t]),
    [...g.rowTotals, g.grandTotal],
    [...g.colTotals, g.grandTotal],
  ];
  for (const line of lines) expect(line.filter((c) => c === null).length).not.toBe(1);
}

describe('suppressGrid', () => {
  it('shows a table where every cell counts at least the threshold', () => {
    const g = suppressGrid([[12, 30], [15, 40]], 10);
    expect(g.cells).toEqual([[12, 30], [15, 40]]);
    expect(g.rowTotals).toEqual([42, 55]);
    expect(g.colTotals).toEqual([27, 70]);
    expect(g.grandTotal).toBe(97);
    expect(g.counts).toEqual({ primary: 0, secondary: 0, amounts: 0 });
  });

  it('needs secondary suppression: one small cell would otherwise follow from its row and column totals', () => {
    // Row 1: 3 + 25 = 28. Hiding only the 3 leaves 28 - 25 = 3 for anyone to compute.
    const g = suppressGrid([[3, 25, 40], [20, 30, 11], [14, 16, 50]], 10);
    expect(g.cells[0]![0]).toBeNull();
    expect(g.counts.primary).toBe(1);
    expect(g.counts.secondary).toBeGreaterThanOrEqual(3);
    noLoneHiddenCell(g);
    // The cheapest protection: the smallest other cells of the row and of the column go too,
    // and the cell where they cross, so that no row or column is left with one hidden cell.
    expect(g.cells[0]![1]).toBeNull(); // 25: smallest other cell in row 0
    expect(g.cells[2]![0]).toBeNull(); // 14: smallest other cell in column 0
    expect(g.cells[2]![1]).toBeNull(); // 16: closes row 2 and column 1
    expect(g.rowTotals).toEqual([68, 61, 80]);
    expect(g.colTotals).toEqual([37, 71, 101]);
    expect(g.grandTotal).toBe(209);
  });

  it('hides a small total too, and protects it within the totals line', () => {
    const g = suppressGrid([[2, 1], [30, 40], [25, 12]], 10);
    expect(g.rowTotals[0]).toBeNull();
    noLoneHiddenCell(g);
    expect(g.counts.primary).toBe(3);
  });

  it('shows zeros (nobody is singled out by nobody) and leaves a table without rows alone', () => {
    const g = suppressGrid([[0, 12], [11, 0]], 10);
    expect(g.cells).toEqual([[0, 12], [11, 0]]);
    const empty = suppressGrid([], 10, 3);
    expect(empty.colTotals).toEqual([0, 0, 0]);
    expect(empty.grandTotal).toBe(0);
  });

  it('never leaves a lone hidden cell, over many random tables', () => {
    let seed = 7;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
    for (let n = 0; n < 300; n++) {
      const rows = 1 + Math.floor(rnd() * 6);
      const cols = 1 + Math.floor(rnd() * 6);
      const grid = Array.from({ length: rows }, () => Array.from({ length: cols }, () => Math.floor(rnd() * 40 * rnd())));
      const g = suppressGrid(grid, 10);
      noLoneHiddenCell(g);
      grid.forEach((r, i) => r.forEach((v, j) => v > 0 && v < 10 && expect(g.cells[i]![j]).toBeNull()));
    }
  });
});

describe('lists, unlinked counts and amounts', () => {
  it('a list with a total hides a second cell with the small one', () => {
    const l = suppressList([40, 4, 22, 13], 10);
    expect(l.cells).toEqual([40, null, 22, null]);
    expect(l.total).toBe(79);
    expect(l.counts).toEqual({ primary: 1, secondary: 1, amounts: 0 });
  });

  it('counts that add up to nothing shown need only primary suppression', () => {
    expect(suppressUnlinked([3, 10, 0, 9], 10).cells).toEqual([null, 10, 0, null]);
  });

  it('an amount, median or share over fewer arrangements than the threshold is hidden', () => {
    const counts = noSuppression();
    expect(guardAmount(123_45, 9, 10, counts)).toBeNull();
    expect(guardAmount(123_45, 10, 10, counts)).toBe(123_45);
    expect(counts.amounts).toBe(1);
  });
});

describe('the one line about what was left out', () => {
  it('names the counts, the reason and the threshold', () => {
    expect(suppressionNote({ primary: 2, secondary: 3, amounts: 1 }, 10)).toBe(
      "Weggelaten (x): 2 cellen met minder dan 10 arrangementen, 3 cellen waaruit zo'n cel via een totaal terug te rekenen zou zijn en 1 bedrag, mediaan of aandeel over minder dan 10 arrangementen, zodat niemand herkenbaar is; er staan geen cijfers per adviseur in.",
    );
    expect(suppressionNote(noSuppression(), 12)).toContain('minder dan 12 arrangementen');
  });
});
