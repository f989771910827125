// Disclosure control as statistical offices (CBS) practise it, for small counts of arrangements:
// - primary suppression: a cell counting 1 to threshold-1 arrangements is not shown (0 is shown:
//   "nobody" singles nobody out);
// - secondary suppression: a table that shows totals lets a reader subtract the shown cells of a
//   row or column from its total. So in every line (a row with its total, a column with its
//   total, and the totals with the grand total) a suppressed cell never stands alone: the
//   smallest other cell of that line is suppressed as well, until no line has exactly one;
// - amounts, medians and shares over fewer than threshold arrangements are not shown.
// The line rule is the usual heuristic: it stops recovery from any single row or column sum,
// which is what a reader of a two-way table can do by hand.
// Pure: no I/O; tested in test/reports/suppress.test.ts.

export interface SuppressionCounts {
  /** Cells under the threshold. */
  primary: number;
  /** Cells hidden so a primary one cannot be recomputed from a total. */
  secondary: number;
  /** Amounts, medians or shares hidden because too few arrangements are behind them. */
  amounts: number;
}

export const noSuppression = (): SuppressionCounts => ({ primary: 0, secondary: 0, amounts: 0 });

export const addCounts = (a: SuppressionCounts, b: SuppressionCounts): SuppressionCounts => ({
  primary: a.primary + b.primary,
  secondary: a.secondary + b.secondary,
  amounts: a.amounts + b.amounts,
});

export const isSensitive = (count: number, threshold: number): boolean => count > 0 && count < threshold;

interface Cell {
  value: number;
  suppressed: boolean;
  /** A margin (row, column or grand total): hidden only when no inner cell of the line can be. */
  margin: boolean;
}

/**
 * Applies primary and secondary suppression to cells bound by additive lines (each line: its
 * cells add up, one of them being the line's total). Returns which cells are hidden.
 */
export function suppressLinked(values: readonly number[], margins: readonly boolean[], lines: readonly (readonly number[])[], threshold: number) {
  const cells: Cell[] = values.map((value, i) => ({ value, suppressed: isSensitive(value, threshold), margin: margins[i] ?? false }));
  const primary = cells.filter((c) => c.suppressed).length;
  let secondary = 0;
  for (let changed = true; changed; ) {
    changed = false;
    for (const line of lines) {
      const hidden = line.filter((i) => cells[i]!.suppressed);
      if (hidden.length !== 1) continue;
      const open = line.filter((i) => !cells[i]!.suppressed);
      // Prefer an inner cell with arrangements in it, the smallest (least information lost);
      // then a margin; a zero only as the last resort (hiding it still hides the sum).
      const rank = (i: number) => [cells[i]!.value === 0 ? 1 : 0, cells[i]!.margin ? 1 : 0, cells[i]!.value, i] as const;
      open.sort((a, b) => {
        const ra = rank(a);
        const rb = rank(b);
        for (let k = 0; k < ra.length; k++) if (ra[k] !== rb[k]) return ra[k]! - rb[k]!;
        return 0;
      });
      const pick = open[0];
      if (pick === undefined) continue;
      cells[pick]!.suppressed = true;
      secondary++;
      changed = true;
    }
  }
  return { hidden: cells.map((c) => c.suppressed), primary, secondary };
}

export interface SuppressedGrid {
  cells: (number | null)[][];
  rowTotals: (number | null)[];
  colTotals: (number | null)[];
  grandTotal: number | null;
  counts: SuppressionCounts;
}

/** A two-way table of counts with its row totals, column totals and grand total. */
export function suppressGrid(grid: readonly (readonly number[])[], threshold: number, columns?: number): SuppressedGrid {
  const rows = grid.length;
  // Given explicitly so a table without rows still has its columns (and their zero totals).
  const cols = columns ?? (rows === 0 ? 0 : grid[0]!.length);
  const rowTotals = grid.map((r) => r.reduce((a, b) => a + b, 0));
  const colTotals = Array.from({ length: cols }, (_, j) => grid.reduce((a, r) => a + r[j]!, 0));
  const grand = rowTotals.reduce((a, b) => a + b, 0);
  // Layout: inner cells row by row, then the row totals, then the column totals, then the grand total.
  const inner = (i: number, j: number) => i * cols + j;
  const rowT = (i: number) => rows * cols + i;
  const colT = (j: number) => rows * cols + rows + j;
  const grandAt = rows * cols + rows + cols;
  const values = [...grid.flat(), ...rowTotals, ...colTotals, grand];
  const margins = values.map((_, k) => k >= rows * cols);
  const lines: number[][] = [];
  for (let i = 0; i < rows; i++) lines.push([...Array.from({ length: cols }, (_, j) => inner(i, j)), rowT(i)]);
  for (let j = 0; j < cols; j++) lines.push([...Array.from({ length: rows }, (_, i) => inner(i, j)), colT(j)]);
  lines.push([...Array.from({ length: rows }, (_, i) => rowT(i)), grandAt]);
  lines.push([...Array.from({ length: cols }, (_, j) => colT(j)), grandAt]);
  const { hidden, primary, secondary } = suppressLinked(values, margins, lines, threshold);
  const show = (k: number) => (hidden[k] ? null : values[k]!);
  return {
    cells: Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => show(inner(i, j)))),
    rowTotals: Array.from({ length: rows }, (_, i) => show(rowT(i))),
    colTotals: Array.from({ length: cols }, (_, j) => show(colT(j))),
    grandTotal: show(grandAt),
    counts: { primary, secondary, amounts: 0 },
  };
}

/** A list of counts that add up to a shown total (one column with its total). */
export function suppressList(values: readonly number[], threshold: number): { cells: (number | null)[]; total: number | null; counts: SuppressionCounts } {
  const total = values.reduce((a, b) => a + b, 0);
  const all = [...values, total];
  const { hidden, primary, secondary } = suppressLinked(all, all.map((_, i) => i === values.length), [all.map((_, i) => i)], threshold);
  return {
    cells: values.map((v, i) => (hidden[i] ? null : v)),
    total: hidden[values.length] ? null : total,
    counts: { primary, secondary, amounts: 0 },
  };
}

/** Counts that do not add up to anything shown (an arrangement can be in several rows): primary only. */
export function suppressUnlinked(values: readonly number[], threshold: number): { cells: (number | null)[]; counts: SuppressionCounts } {
  const cells = values.map((v) => (isSensitive(v, threshold) ? null : v));
  return { cells, counts: { primary: cells.filter((c) => c === null).length, secondary: 0, amounts: 0 } };
}

/**
 * An amount, median or share is shown only when at least threshold arrangements are behind
 * it. Hidden because its count was hidden, it is not counted again.
 */
export function guardAmount<T extends number>(value: T | null, behind: number, threshold: number, counts: SuppressionCounts): T | null {
  if (value === null) return null;
  if (behind < threshold) {
    counts.amounts++;
    return null;
  }
  return value;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The one Dutch line the report carries about what it left out and why. */
export function suppressionNote(counts: SuppressionCounts, threshold: number): string {
  const { primary, secondary, amounts } = counts;
  if (primary + secondary + amounts === 0) {
    return `Niets weggelaten: geen cel telt minder dan ${threshold} arrangementen (de grens om niemand herkenbaar te maken).`;
  }
  const parts: string[] = [];
  if (primary > 0) parts.push(`${plural(primary, 'cel', 'cellen')} met minder dan ${threshold} arrangementen`);
  if (secondary > 0) parts.push(`${plural(secondary, 'cel', 'cellen')} waaruit zo'n cel via een totaal terug te rekenen zou zijn`);
  if (amounts > 0) parts.push(`${plural(amounts, 'bedrag, mediaan of aandeel', 'bedragen, medianen of aandelen')} over minder dan ${threshold} arrangementen`);
  const list = parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} en ${parts[parts.length - 1]!}`;
  return `Weggelaten (x): ${list}, zodat niemand herkenbaar is; er staan geen cijfers per adviseur in.`;
}
