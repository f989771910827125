// The stacker: which schemes pay which cost items, so that the client pays as little as
// possible (domain brief, section 4). It works on an abstract instance so tests and the
// benchmark can generate instances directly and compare with an exact MIP (bench/highs-stacking.ts).
//
// Model (all amounts integer cents, percentages in basis points):
// - Source s covers item i only if i's category is one of s.categories, up to the per-item
//   bound u(s,i) = floor(amount(i) * q(s) / 10000), where q(s) is s.percentBp, or for a source
//   with cofinancing the grant share plus the cofinancing share (at most 100%).
// - A source's "base" B(s) is the total it covers. Without cofinancing it pays all of it and
//   B(s) <= cap. With cofinancing (share c, grant share p, q = p + c) the base is split:
//   grant G = floor(B * p / q), cofinancing C = B - G (a separate line for the named payer),
//   and the cap bounds the grant: G <= cap  <=>  B <= floor(((cap + 1) * q - 1) / p).
//   Tel mee met Taal on € 1.500,00 (67% + 33%): G = 1.005,00, C = 495,00.
// - No item is covered more than once: sum over s of flow(s,i) <= amount(i).
// - An exclusive source is used alone (no other line at all) or not at all.
// - Tiers: grants and offers that stack, then other parties' contributions (kind cofinancing,
//   e.g. the employer), then remainder-only schemes, then loans. A later tier only takes what
//   earlier tiers leave: each tier's total is maximal given the earlier ones.
//
// Objective: minimise own contribution, then loan, then the number of lines, then the sorted
// list of used ids. Own contribution is total cost minus the flow of a maximum flow in the
// network source -> scheme (base cap) -> item (per-item bound) -> sink (amount); augmenting tier
// by tier never lowers an earlier tier's flow, so the final flow is both maximal overall and
// lexicographically maximal per tier (loan therefore minimal). Exclusive sources are handled by
// comparing "no exclusive" with "each exclusive alone". A deterministic drop-a-line search then
// removes lines that are not needed. Everything is sorted canonically first, so the result does
// not depend on the order of schemes, packs or items.
import type { SchemeKind, StackingMode } from '../packs/format.ts';
import { costCategories } from '../case/schema.ts';

export interface StackItem {
  readonly id: string;
  readonly category: string;
  readonly amountCents: number;
}

export interface StackSource {
  readonly id: string;
  readonly kind: SchemeKind;
  readonly mode: StackingMode;
  /** Who pays the main line (the scheme's funder). */
  readonly payer: string;
  readonly categories: readonly string[];
  /** Share of each covered item this source pays itself, in basis points (10000 = 100%). */
  readonly percentBp: number;
  /** The most this source pays itself for this case (caps resolved); null = no cap. */
  readonly capCents: number | null;
  /** A required share paid by another party on the same base. */
  readonly cofinancing?: { readonly shareBp: number; readonly payer: string } | null;
  /** A fixed amount from the case (employer contribution): pays up to this amount. */
  readonly fixedAmountCents?: number | null;
}

export interface StackingInstance {
  readonly items: readonly StackItem[];
  readonly sources: readonly StackSource[];
}

export interface StackLine {
  readonly sourceId: string;
  /** main: paid by the source's funder; cofinancing: the other party's share. */
  readonly part: 'main' | 'cofinancing';
  readonly kind: SchemeKind;
  readonly payer: string;
  readonly amountCents: number;
  readonly byItem: Readonly<Record<string, number>>;
}

export interface StackOutcome {
  readonly ownContributionCents: number;
  readonly loanCents: number;
  readonly lineCount: number;
}

export interface StackResult extends StackOutcome {
  readonly totalCostCents: number;
  readonly lines: StackLine[];
  /** Base amount (main + cofinancing) per source that got anything. */
  readonly baseBySource: Readonly<Record<string, number>>;
  /** The exclusive source used alone, or null when no exclusive source is used. */
  readonly exclusiveChosen: string | null;
  /** What the "no exclusive" arrangement and each exclusive alone would give. */
  readonly alternatives: ReadonlyArray<{ readonly exclusive: string | null } & StackOutcome>;
  /** Sources the line search removed because the others give the same without them. */
  readonly dropped: readonly string[];
}

const BP = 10_000;
const INF = Number.MAX_SAFE_INTEGER;

export type Tier = 0 | 1 | 2 | 3;
/** 0 grants/offers, 1 contributions of other parties, 2 remainder-only, 3 loans. */
export const tierOf = (s: Pick<StackSource, 'kind' | 'mode'>): Tier =>
  s.kind === 'loan' ? 3 : s.mode === 'remainder-only' ? 2 : s.kind === 'cofinancing' ? 1 : 0;

const categoryRank = (c: string): number => {
  const i = (costCategories as readonly string[]).indexOf(c);
  return i === -1 ? costCategories.length : i;
};
const cmpStr = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Grant share p and base share q (basis points) of a source; q = p + cofinancing share, at most
 * 100% (a share above what is left is cut to it). A loan has no cofinancing: the client repays it.
 */
export const sharesOf = (s: StackSource): { p: number; q: number; cof: number } => {
  const p = clampBp(s.percentBp);
  const cof = s.cofinancing && s.kind !== 'loan' ? Math.min(clampBp(s.cofinancing.shareBp), BP - p) : 0;
  return { p, q: p + cof, cof };
};
const clampBp = (bp: number): number => (Number.isFinite(bp) ? Math.max(0, Math.min(BP, Math.floor(bp))) : 0);

/** The cap on what the source pays itself, with a fixed amount folded in. */
export const payCapOf = (s: StackSource): number => {
  let cap = s.capCents === null || s.capCents === undefined ? INF : Math.max(0, Math.floor(s.capCents));
  if (s.fixedAmountCents !== null && s.fixedAmountCents !== undefined) cap = Math.min(cap, Math.max(0, Math.floor(s.fixedAmountCents)));
  return cap;
};

/** The largest base B whose grant part floor(B * p / q) stays within the cap. */
export const baseCapOf = (s: StackSource): number => {
  const cap = payCapOf(s);
  const { p, q, cof } = sharesOf(s);
  if (cof === 0 || cap === INF) return cap;
  if (p === 0) return INF; // nothing of the base is grant, so the cap never binds
  return Math.floor(((cap + 1) * q - 1) / p);
};

export const perItemBound = (s: StackSource, item: StackItem): number =>
  s.categories.includes(item.category) ? Math.floor((Math.max(0, item.amountCents) * sharesOf(s).q) / BP) : 0;

/** Grant part of a base, for a source with cofinancing. */
export const grantPart = (s: StackSource, base: number): number => {
  const { p, q, cof } = sharesOf(s);
  if (cof === 0) return base;
  return q === 0 ? 0 : Math.floor((base * p) / q);
};

/** What a source could pay on its own for these items (its own line, without cofinancing). */
export const soloAmount = (s: StackSource, items: readonly StackItem[]): number => {
  let u = 0;
  for (const it of items) u += perItemBound(s, it);
  return grantPart(s, Math.min(u, baseCapOf(s)));
};

// ---------------------------------------------------------------------------------------------
// Max flow on the bipartite network, augmented source by source in canonical order.

interface Network {
  readonly items: readonly StackItem[];
  readonly sources: readonly StackSource[];
  /** bound[s * m + i] */
  readonly bound: Float64Array;
  readonly baseCap: Float64Array;
}

interface Flow {
  /** flow[s * m + i] */
  readonly flow: Float64Array;
  readonly out: Float64Array;
  readonly itemIn: Float64Array;
}

const buildNetwork = (items: readonly StackItem[], sources: readonly StackSource[]): Network => {
  const m = items.length;
  const bound = new Float64Array(sources.length * m);
  const baseCap = new Float64Array(sources.length);
  sources.forEach((s, si) => {
    baseCap[si] = baseCapOf(s);
    items.forEach((it, ii) => (bound[si * m + ii] = perItemBound(s, it)));
  });
  return { items, sources, bound, baseCap };
};

// The search tables of augmentFrom, shared by every call and grown when a network is larger:
// a call runs to its end before the next, clears the `seen` tables it uses and writes every
// other entry before reading it. Five new typed arrays per call, several calls per stacking
// and dozens of stackings per match (dropLines tries each line), were a fifth of what a
// 500-scheme match allocated.
let bySource = { prev: new Int32Array(32), seen: new Uint8Array(32), queue: new Int32Array(32) };
let byItem = { prev: new Int32Array(32), seen: new Uint8Array(32) };

/**
 * Pushes as much as possible from the super source through source `start`, along shortest
 * residual paths (which may reroute other sources' flow without changing their totals).
 */
const augmentFrom = (net: Network, fl: Flow, active: Uint8Array, start: number): void => {
  const m = net.items.length;
  const n = net.sources.length;
  if (bySource.seen.length < n) bySource = { prev: new Int32Array(n * 2), seen: new Uint8Array(n * 2), queue: new Int32Array(n * 2) };
  if (byItem.seen.length < m) byItem = { prev: new Int32Array(m * 2), seen: new Uint8Array(m * 2) };
  const prevItemSrc = byItem.prev; // source node we reached item i from
  const prevSrcItem = bySource.prev; // item we reached source s from (via a backward edge)
  const seenSrc = bySource.seen;
  const seenItem = byItem.seen;
  const queue = bySource.queue;
  for (;;) {
    const residualStart = net.baseCap[start]! - fl.out[start]!;
    if (residualStart <= 0) return;
    seenSrc.fill(0, 0, n);
    seenItem.fill(0, 0, m);
    let head = 0;
    let tail = 0;
    queue[tail++] = start;
    seenSrc[start] = 1;
    let found = -1;
    search: while (head < tail) {
      const s = queue[head++]!;
      for (let i = 0; i < m; i++) {
        if (seenItem[i] || net.bound[s * m + i]! - fl.flow[s * m + i]! <= 0) continue;
        seenItem[i] = 1;
        prevItemSrc[i] = s;
        if (net.items[i]!.amountCents - fl.itemIn[i]! > 0) {
          found = i;
          break search;
        }
        // From a full item, go back to a source that uses it and could move that flow elsewhere.
        for (let t = 0; t < n; t++) {
          if (seenSrc[t] || !active[t] || fl.flow[t * m + i]! <= 0) continue;
          seenSrc[t] = 1;
          prevSrcItem[t] = i;
          queue[tail++] = t;
        }
      }
    }
    if (found === -1) return;
    // Bottleneck along the path.
    let delta = Math.min(residualStart, net.items[found]!.amountCents - fl.itemIn[found]!);
    for (let i = found; ; ) {
      const s = prevItemSrc[i]!;
      delta = Math.min(delta, net.bound[s * m + i]! - fl.flow[s * m + i]!);
      if (s === start) break;
      const j = prevSrcItem[s]!;
      delta = Math.min(delta, fl.flow[s * m + j]!);
      i = j;
    }
    for (let i = found; ; ) {
      const s = prevItemSrc[i]!;
      fl.flow[s * m + i]! += delta;
      if (s === start) break;
      const j = prevSrcItem[s]!;
      fl.flow[s * m + j]! -= delta;
      i = j;
    }
    fl.out[start]! += delta;
    fl.itemIn[found]! += delta;
  }
};

interface Solved extends StackOutcome {
  readonly flow: Float64Array;
  readonly base: Float64Array;
  readonly tierTotals: number[];
  readonly used: number[];
}

const solveConfig = (net: Network, enabled: Uint8Array): Solved => {
  const n = net.sources.length;
  const m = net.items.length;
  const fl: Flow = { flow: new Float64Array(n * m), out: new Float64Array(n), itemIn: new Float64Array(m) };
  const active = new Uint8Array(n);
  for (let tier = 0; tier <= 3; tier++) {
    for (let s = 0; s < n; s++) {
      if (!enabled[s] || tierOf(net.sources[s]!) !== tier) continue;
      active[s] = 1;
      augmentFrom(net, fl, active, s);
    }
  }
  return summarise(net, fl.flow);
};

const summarise = (net: Network, flow: Float64Array): Solved => {
  const n = net.sources.length;
  const m = net.items.length;
  const base = new Float64Array(n);
  const tierTotals = [0, 0, 0, 0];
  let total = 0;
  let covered = 0;
  let loan = 0;
  let lineCount = 0;
  const used: number[] = [];
  for (const it of net.items) total += it.amountCents;
  for (let s = 0; s < n; s++) {
    let b = 0;
    for (let i = 0; i < m; i++) b += flow[s * m + i]!;
    base[s] = b;
    if (b <= 0) continue;
    const src = net.sources[s]!;
    used.push(s);
    covered += b;
    tierTotals[tierOf(src)]! += b;
    if (src.kind === 'loan') loan += b;
    const g = grantPart(src, b);
    lineCount += (g > 0 ? 1 : 0) + (b - g > 0 ? 1 : 0);
  }
  return { ownContributionCents: total - covered, loanCents: loan, lineCount, flow, base, tierTotals, used };
};

const sameTiers = (a: Solved, b: Solved): boolean => a.tierTotals.every((t, i) => t === b.tierTotals[i]);

const usedIds = (net: Network, s: Solved): string[] => s.used.map((i) => net.sources[i]!.id);

const compareIds = (a: string[], b: string[]): number => {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const c = cmpStr(a[i]!, b[i]!);
    if (c !== 0) return c;
  }
  return a.length - b.length;
};

const better = (net: Network, a: Solved, b: Solved): boolean =>
  a.ownContributionCents !== b.ownContributionCents
    ? a.ownContributionCents < b.ownContributionCents
    : a.loanCents !== b.loanCents
      ? a.loanCents < b.loanCents
      : a.lineCount !== b.lineCount
        ? a.lineCount < b.lineCount
        : compareIds(usedIds(net, a), usedIds(net, b)) < 0;

/**
 * Removes lines that the others can take over without changing any tier's total (so own
 * contribution, loan and the "grants first" order stay the same). Tries the smallest
 * contributions first; deterministic because ties fall back to the canonical source order.
 */
const dropLines = (net: Network, enabled: Uint8Array, start: Solved, dropped: number[]): Solved => {
  let best = start;
  for (let improved = true; improved; ) {
    improved = false;
    const candidates = [...best.used].sort((a, b) => best.base[a]! - best.base[b]! || a - b);
    for (const s of candidates) {
      enabled[s] = 0;
      const trial = solveConfig(net, enabled);
      if (sameTiers(trial, best) && trial.lineCount < best.lineCount) {
        best = trial;
        dropped.push(s);
        improved = true;
        break;
      }
      enabled[s] = 1;
    }
  }
  return best;
};

const canonicalItems = (items: readonly StackItem[]): StackItem[] =>
  [...items].sort(
    (a, b) => categoryRank(a.category) - categoryRank(b.category) || cmpStr(a.category, b.category) || b.amountCents - a.amountCents || cmpStr(a.id, b.id),
  );

const canonicalSources = (sources: readonly StackSource[]): StackSource[] => {
  const sorted = [...sources].sort((a, b) => cmpStr(a.id, b.id));
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i]!.id === sorted[i - 1]!.id) throw new Error(`stack: duplicate source id ${sorted[i]!.id}`);
  }
  return sorted;
};

export const stack = (instance: StackingInstance): StackResult => {
  const items = canonicalItems(instance.items.filter((i) => i.amountCents > 0));
  const sources = canonicalSources(instance.sources);
  const net = buildNetwork(items, sources);
  const n = sources.length;
  const totalCostCents = instance.items.reduce((sum, i) => sum + Math.max(0, i.amountCents), 0);

  const plain = new Uint8Array(n);
  sources.forEach((s, i) => (plain[i] = s.mode === 'exclusive' ? 0 : 1));
  const dropped: number[] = [];
  let best = dropLines(net, plain, solveConfig(net, plain), dropped);
  let chosen: number | null = null;
  const alternatives: Array<{ exclusive: string | null } & StackOutcome> = [outcomeOf(null, best)];
  for (let e = 0; e < n; e++) {
    if (sources[e]!.mode !== 'exclusive') continue;
    const alone = new Uint8Array(n);
    alone[e] = 1;
    const trial = solveConfig(net, alone);
    alternatives.push(outcomeOf(sources[e]!.id, trial));
    if (better(net, trial, best)) {
      best = trial;
      chosen = e;
    }
  }

  const lines = buildLines(net, best);
  const baseBySource: Record<string, number> = {};
  for (const s of best.used) baseBySource[sources[s]!.id] = best.base[s]!;
  return {
    totalCostCents,
    ownContributionCents: totalCostCents - lines.reduce((sum, l) => sum + l.amountCents, 0),
    loanCents: best.loanCents,
    lineCount: lines.length,
    lines,
    baseBySource,
    exclusiveChosen: chosen === null ? null : sources[chosen]!.id,
    alternatives,
    dropped: chosen === null ? dropped.map((s) => sources[s]!.id).sort() : [],
  };
};

const outcomeOf = (exclusive: string | null, s: Solved): { exclusive: string | null } & StackOutcome => ({
  exclusive,
  ownContributionCents: s.ownContributionCents,
  loanCents: s.loanCents,
  lineCount: s.lineCount,
});

/**
 * Splits each source's base into its main line and, with cofinancing, the other party's line.
 * Per item the grant is floor(b_i * p / q); the cents lost to rounding (fewer than the number
 * of items) go to the items with the largest remainders, so the per-item parts add up exactly.
 */
const buildLines = (net: Network, best: Solved): StackLine[] => {
  const m = net.items.length;
  const lines: StackLine[] = [];
  for (const s of best.used) {
    const src = net.sources[s]!;
    const b = best.base[s]!;
    const g = grantPart(src, b);
    const { p, q, cof } = sharesOf(src);
    const grantByItem: Record<string, number> = {};
    const cofByItem: Record<string, number> = {};
    const parts: Array<{ id: string; base: number; grant: number; rem: number; order: number }> = [];
    for (let i = 0; i < m; i++) {
      const bi = best.flow[s * m + i]!;
      if (bi <= 0) continue;
      const gi = cof === 0 ? bi : q === 0 ? 0 : Math.floor((bi * p) / q);
      parts.push({ id: net.items[i]!.id, base: bi, grant: gi, rem: cof === 0 || q === 0 ? 0 : (bi * p) % q, order: i });
    }
    let missing = g - parts.reduce((sum, x) => sum + x.grant, 0);
    for (const x of [...parts].sort((a, c) => c.rem - a.rem || a.order - c.order)) {
      if (missing <= 0) break;
      if (x.rem > 0) {
        x.grant++;
        missing--;
      }
    }
    for (const x of parts) {
      if (x.grant > 0) grantByItem[x.id] = (grantByItem[x.id] ?? 0) + x.grant;
      if (x.base - x.grant > 0) cofByItem[x.id] = (cofByItem[x.id] ?? 0) + x.base - x.grant;
    }
    if (g > 0) lines.push({ sourceId: src.id, part: 'main', kind: src.kind, payer: src.payer, amountCents: g, byItem: grantByItem });
    if (b - g > 0 && src.cofinancing && cof > 0) {
      lines.push({ sourceId: src.id, part: 'cofinancing', kind: 'cofinancing', payer: src.cofinancing.payer, amountCents: b - g, byItem: cofByItem });
    }
  }
  return lines;
};
