// An exact mixed-integer formulation of a stacking instance (shared/matcher/stack.ts), solved
// by HiGHS. It is the independent check on the stacker: the property test and the benchmark
// compare the own contribution to the cent. It encodes the same rules directly as
// constraints, with no flow reasoning:
//   x(s,i)  integer cents source s covers of item i, 0 <= x <= floor(amount(i) * q(s) / 10000)
//   item:   sum_s x(s,i) <= amount(i)                       (no item covered more than once)
//   cap:    sum_i x(s,i) <= cap(s)                          (no cofinancing)
//           g(s) integer, g <= cap(s), and g = floor(B * p / q) with B = sum_i x(s,i), written as
//           0 <= p * B - q * g <= q - 1                     (cofinancing: the cap bounds the grant)
//   excl:   y(e) binary per exclusive source, sum_e y(e) <= 1,
//           x(e,i) <= bound * y(e), and x(s,i) <= bound * (1 - sum_e y(e)) for every other s
// Objective: maximise sum x (own contribution = total - covered). Optionally a second solve
// with covered fixed minimises the loan.
import loadHighs from 'highs';
import type { StackingInstance, StackSource, StackItem } from '../shared/matcher/stack.ts';

// The model's definitions, written out here again on purpose (not imported from the stacker),
// so a mistake in the stacker's helpers cannot hide in both.
const BP = 10_000;
const INF = Number.MAX_SAFE_INTEGER;
const clampBp = (bp: number): number => (Number.isFinite(bp) ? Math.max(0, Math.min(BP, Math.floor(bp))) : 0);
const shares = (s: StackSource): { p: number; q: number; cof: number } => {
  const p = clampBp(s.percentBp);
  const cof = s.cofinancing && s.kind !== 'loan' ? Math.min(clampBp(s.cofinancing.shareBp), BP - p) : 0;
  return { p, q: p + cof, cof };
};
const itemBound = (s: StackSource, it: StackItem): number =>
  s.categories.includes(it.category) ? Math.floor((Math.max(0, it.amountCents) * shares(s).q) / BP) : 0;
const payCap = (s: StackSource): number => {
  let cap = s.capCents === null || s.capCents === undefined ? INF : Math.max(0, Math.floor(s.capCents));
  if (s.fixedAmountCents !== null && s.fixedAmountCents !== undefined) cap = Math.min(cap, Math.max(0, Math.floor(s.fixedAmountCents)));
  return cap;
};

export interface HighsStackingResult {
  readonly ownContributionCents: number;
  readonly coveredCents: number;
  readonly totalCostCents: number;
  /** Only when options.minimiseLoan: the least loan among arrangements with that own contribution. */
  readonly loanCents: number | null;
  readonly status: string;
  /** Time inside HiGHS's solve calls only (not building the LP text). */
  readonly solveMs: number;
}

type Highs = Awaited<ReturnType<typeof loadHighs>>;
let highsPromise: Promise<Highs> | null = null;
/** One loaded HiGHS per process: loading compiles the Wasm binary, solving is per call. */
export const getHighs = (): Promise<Highs> => (highsPromise ??= loadHighs());

interface Model {
  readonly lp: string;
  readonly total: number;
  readonly xVars: string[];
  readonly loanVars: string[];
}

const buildModel = (instance: StackingInstance, fixCovered?: number): Model => {
  const items = instance.items.filter((i) => i.amountCents > 0);
  const total = instance.items.reduce((s, i) => s + Math.max(0, i.amountCents), 0);
  const rows: string[] = [];
  const bounds: string[] = [];
  const generals: string[] = [];
  const binaries: string[] = [];
  const xVars: string[] = [];
  const loanVars: string[] = [];
  const bySource: string[][] = [];
  const byItem: string[][] = items.map(() => []);
  const exclusive: number[] = [];
  instance.sources.forEach((s, si) => {
    const vars: string[] = [];
    items.forEach((it, ii) => {
      const u = itemBound(s, it);
      if (u <= 0) return;
      const v = `x_${si}_${ii}`;
      vars.push(v);
      byItem[ii]!.push(v);
      xVars.push(v);
      if (s.kind === 'loan') loanVars.push(v);
      bounds.push(` 0 <= ${v} <= ${u}`);
      generals.push(v);
    });
    bySource.push(vars);
    if (s.mode === 'exclusive' && vars.length > 0) exclusive.push(si);
  });
  items.forEach((it, ii) => {
    const vars = byItem[ii]!;
    if (vars.length > 0) rows.push(` item_${ii}: ${vars.join(' + ')} <= ${it.amountCents}`);
  });
  instance.sources.forEach((s, si) => {
    const vars = bySource[si]!;
    if (vars.length === 0) return;
    const cap = payCap(s);
    const { p, q, cof } = shares(s);
    if (cof === 0) {
      if (cap !== INF) rows.push(` cap_${si}: ${vars.join(' + ')} <= ${cap}`);
      return;
    }
    // Cofinancing: g = floor(B * p / q) exactly, and the cap bounds g.
    const g = `g_${si}`;
    generals.push(g);
    bounds.push(cap === INF ? ` ${g} >= 0` : ` 0 <= ${g} <= ${cap}`);
    const pB = vars.map((v) => `${p} ${v}`).join(' + ');
    rows.push(` floorlo_${si}: ${pB} - ${q} ${g} >= 0`);
    rows.push(` floorhi_${si}: ${pB} - ${q} ${g} <= ${q - 1}`);
  });
  if (exclusive.length > 0) {
    const ys = exclusive.map((e) => `y_${e}`);
    binaries.push(...ys);
    rows.push(` onlyone: ${ys.join(' + ')} <= 1`);
    instance.sources.forEach((s, si) => {
      items.forEach((it, ii) => {
        const u = itemBound(s, it);
        if (u <= 0) return;
        const v = `x_${si}_${ii}`;
        if (exclusive.includes(si)) rows.push(` excl_${si}_${ii}: ${v} - ${u} y_${si} <= 0`);
        else rows.push(` alone_${si}_${ii}: ${v} + ${ys.map((y) => `${u} ${y}`).join(' + ')} <= ${u}`);
      });
    });
  }
  if (xVars.length === 0) {
    // HiGHS needs at least one column; a fixed zero keeps the model valid.
    xVars.push('x_none');
    bounds.push(' 0 <= x_none <= 0');
  }
  let objective: string;
  if (fixCovered === undefined) {
    objective = `Maximize\n obj: ${xVars.join(' + ')}`;
  } else {
    rows.push(` covered: ${xVars.join(' + ')} = ${fixCovered}`);
    objective = `Minimize\n obj: ${loanVars.length > 0 ? loanVars.join(' + ') : `0 ${xVars[0]}`}`;
  }
  const lp = [
    objective,
    'Subject To',
    ...(rows.length > 0 ? rows : [` trivial: ${xVars[0]} >= 0`]),
    'Bounds',
    ...bounds,
    ...(generals.length > 0 ? ['Generals', ` ${generals.join(' ')}`] : []),
    ...(binaries.length > 0 ? ['Binaries', ` ${binaries.join(' ')}`] : []),
    'End',
  ].join('\n');
  return { lp, total, xVars, loanVars };
};

const options = { output_flag: false, mip_rel_gap: 0, mip_abs_gap: 0.5, presolve: 'on' } as const;

const columnSum = (sol: { Columns: Record<string, { Primal: number }> }, vars: string[]): number =>
  vars.reduce((sum, v) => sum + Math.round(sol.Columns[v]?.Primal ?? 0), 0);

export const solveWithHighs = async (instance: StackingInstance, opts: { minimiseLoan?: boolean } = {}): Promise<HighsStackingResult> => {
  const highs = await getHighs();
  const model = buildModel(instance);
  let t0 = performance.now();
  const sol = highs.solve(model.lp, options);
  let solveMs = performance.now() - t0;
  if (sol.Status !== 'Optimal') throw new Error(`HiGHS: ${sol.Status}`);
  const covered = columnSum(sol as never, model.xVars);
  let loanCents: number | null = null;
  if (opts.minimiseLoan) {
    const second = buildModel(instance, covered);
    t0 = performance.now();
    const sol2 = highs.solve(second.lp, options);
    solveMs += performance.now() - t0;
    if (sol2.Status !== 'Optimal') throw new Error(`HiGHS (lening): ${sol2.Status}`);
    loanCents = columnSum(sol2 as never, second.loanVars);
  }
  return { ownContributionCents: model.total - covered, coveredCents: covered, totalCostCents: model.total, loanCents, status: sol.Status, solveMs };
};
