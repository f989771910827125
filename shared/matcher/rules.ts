// Evaluates a scheme's eligibility tree. Every leaf gives a Dutch sentence and its source; the
// tree is walked completely (no short-circuit) so an ineligible scheme lists every failed rule.
//
// What a reason means: passed=false is (part of) why the scheme is not available; passed=true
// is a condition that is met. Alternatives that failed inside an any-group that passed anyway
// are left out (they are not why anything failed), and under a `not` only the reasons that
// decide the outcome are kept, inverted, because a sentence that is "true" there counts against.
//
// Speed matters (500 schemes per keystroke in the live panel): each condition is compiled once
// per pack object (cached by identity), sentences are only filled when they have placeholders,
// and the walk uses module-level functions rather than closures created per call.
import type { Reason } from './result.ts';
import { valueStatus, type Condition, type LeafRule, type Pack, type ParameterStatus, type RuleNode, type Scheme } from '../packs/format.ts';
import { facts as factCatalogue } from '../packs/facts.ts';
import { dateFor, factValue, type CaseFacts, type DateBasis, type FactValue } from './facts.ts';
import { longDateNl, joinNl, quantityNl, type Unit } from './render.ts';
import { valueLabel } from './labels.ts';

export interface ParamUse {
  readonly id: string;
  readonly label: string;
  readonly unit: Unit;
  readonly value: number | null;
  /** The date the value applies from (null: the date precedes every value). */
  readonly from: string | null;
  readonly status: ParameterStatus;
  readonly lastVerified: string;
  /** Where the value comes from (the value's own source, else the parameter's). */
  readonly source: Reason['source'];
  /** For a disputed value: what each source says. */
  readonly claims: ReadonlyArray<{ readonly value: number; readonly source: Reason['source'] }> | null;
  /** The first fact a rule compared it with (client.age makes it an age), else null. */
  fact: string | null;
  /** Where it was used: a rule decides eligibility, coverage decides the amount. */
  inRule: boolean;
  inCoverage: boolean;
  /**
   * The pack's object it was read from: the dated value, or the parameter when the date
   * precedes every value. Stable between matches, so evaluate.ts can keep its figure by it.
   */
  readonly origin: object;
}
export type ParamPurpose = 'rule' | 'coverage';

export interface SchemeScope {
  readonly scheme: Scheme;
  readonly pack: Pack;
  readonly facts: CaseFacts;
  /**
   * Parameters read while evaluating, one entry per parameter and dated value, in the order
   * first read, for the status notices. A list, not a map keyed by "id@from": a scheme reads a
   * handful, and a key string per numeric rule, every match, was garbage for the collector.
   */
  readonly params: ParamUse[];
  /**
   * Optional: how many entries of `params` are this scheme's; the ones after them are entries
   * of earlier schemes, overwritten here instead of allocated. A scope evaluated over and over
   * (evaluate.ts keeps one for every scheme of every match) sets it to 0 before each scheme.
   * A new entry per read parameter (about 700 per 500-scheme match) was about a seventh of
   * what a match allocated, and emptying the list with `length = 0` made V8 drop its backing
   * store, so every scheme's first push allocated a new one. Without it, `params` is the list.
   * Nothing outside the walk may keep an entry: a later scheme overwrites it.
   */
  paramCount?: number;
}

type MutableParamUse = { -readonly [K in keyof ParamUse]: ParamUse[K] };

export const readParam = (s: SchemeScope, id: string, date: string, usedFor: ParamPurpose, fact: string | null = null): number | null => {
  const p = s.scheme.parameters[id];
  if (!p) return null; // cannot happen in a validated pack; a hand-built one just gets "unknown"
  // The value that applies on `date`, picked as parameterAt() does (the latest `from` on or
  // before it; of equal ones the first), by index instead of a new object per read.
  const values = p.values;
  let at = -1;
  for (let i = 0; i < values.length; i++) {
    const from = values[i]!.from;
    if (from <= date && (at === -1 || from > values[at]!.from)) at = i;
  }
  const v = at === -1 ? undefined : values[at]!;
  const from = v === undefined ? null : v.from;
  // One entry per dated value: a study-year cap reads one parameter on several dates.
  const params = s.params;
  const count = s.paramCount ?? params.length;
  let use: ParamUse | undefined;
  for (let i = 0; i < count; i++) {
    const u = params[i]!;
    if (u.id === id && u.from === from) {
      use = u;
      break;
    }
  }
  if (!use) {
    const value = v === undefined ? null : v.value;
    const status = v ? valueStatus(p, v) : 'unknown';
    const source = sourceRef(s.pack, v?.source ?? p.source);
    const claims = v?.claims ? v.claims.map((c) => ({ value: c.value, source: sourceRef(s.pack, c.source) })) : null;
    if (count < params.length) {
      // Only when paramCount is set: an entry an earlier scheme no longer needs.
      const u = params[count] as MutableParamUse;
      u.id = id;
      u.label = p.label;
      u.unit = p.unit;
      u.value = value;
      u.from = from;
      u.status = status;
      u.lastVerified = p.lastVerified;
      u.source = source;
      u.claims = claims;
      u.fact = null;
      u.inRule = false;
      u.inCoverage = false;
      u.origin = v ?? p;
      use = u;
    } else {
      use = { id, label: p.label, unit: p.unit, value, from, status, lastVerified: p.lastVerified, source, claims, fact: null, inRule: false, inCoverage: false, origin: v ?? p };
      params.push(use);
    }
    if (s.paramCount !== undefined) s.paramCount = count + 1;
  }
  if (use.fact === null && fact !== null) use.fact = fact;
  if (usedFor === 'rule') use.inRule = true;
  else use.inCoverage = true;
  return v === undefined ? null : v.value;
};

const sourceCache = new WeakMap<Pack, Map<string, Reason['source']>>();
export const sourceRef = (pack: Pack, id: string | undefined): Reason['source'] => {
  if (!id) return null;
  let byId = sourceCache.get(pack);
  if (!byId) sourceCache.set(pack, (byId = new Map()));
  let ref = byId.get(id);
  if (ref === undefined) {
    const src = pack.sources[id];
    ref = !src ? null : src.url ? { id, title: src.title, url: src.url } : { id, title: src.title };
    byId.set(id, ref);
  }
  return ref;
};

// ---------------------------------------------------------------------------------------------
// Conditions, compiled once.

type Kind = 'number' | 'enum' | 'string' | 'boolean' | 'set' | 'date';

interface Compiled {
  readonly fact: string;
  readonly op: string;
  readonly on: DateBasis | undefined;
  readonly onYearly: string | undefined;
  readonly kind: Kind;
  readonly unit: Unit;
  /** enum / string / set values, and as a Set for lookups. */
  readonly want: readonly string[];
  readonly wantSet: ReadonlySet<string>;
  readonly date: string;
  readonly paramId: string | undefined;
}

const compiledCache = new WeakMap<object, Compiled>();

const compile = (c: Condition): Compiled => {
  let k = compiledCache.get(c);
  if (k) return k;
  const def = (factCatalogue as Record<string, { type: { kind: Kind; unit?: Unit } }>)[c.fact];
  const v = c.value;
  const want = Array.isArray(v) ? (v as string[]) : typeof v === 'string' ? [v] : [];
  k = {
    fact: c.fact,
    op: c.op,
    on: c.on,
    onYearly: c.onYearly,
    kind: def?.type.kind ?? 'string',
    unit: def?.type.unit ?? 'count',
    want,
    wantSet: new Set(want),
    date: typeof v === 'string' ? v : '',
    paramId: v && typeof v === 'object' && !Array.isArray(v) ? (v as { param?: string }).param : undefined,
  };
  compiledCache.set(c, k);
  return k;
};

interface Outcome {
  /** null: undecidable (an unknown figure). */
  holds: boolean | null;
  actual: FactValue;
  /** The expected value, when it is a number (rendered with its parameter's unit). */
  expectedNumber: number | null;
  expectedUnit: Unit;
  unknownParam: string | null;
}

// One outcome object for every test: each caller reads it before the next test runs (nothing
// keeps it), and a fresh object per leaf, 2,000 times per match, was a good part of what filled
// the young generation and put a garbage collection into the tail of the match times.
const scratch: Outcome = { holds: false, actual: null, expectedNumber: null, expectedUnit: 'count', unknownParam: null };

const test = (k: Compiled, s: SchemeScope, usedFor: ParamPurpose): Outcome => {
  const actual = factValue(s.facts, k.fact, k.on, s.scheme.id, k.onYearly);
  const out = scratch;
  out.holds = false;
  out.actual = actual;
  out.expectedNumber = null;
  out.expectedUnit = k.unit;
  out.unknownParam = null;
  switch (k.op) {
    case 'isSet':
      out.holds = actual !== null;
      return out;
    case 'isNotSet':
      out.holds = actual === null;
      return out;
    case 'isTrue':
      out.holds = actual === true;
      return out;
    case 'isFalse':
      out.holds = actual === false;
      return out;
  }
  switch (k.kind) {
    case 'number': {
      const p = k.paramId ? s.scheme.parameters[k.paramId] : undefined;
      const expected = k.paramId ? readParam(s, k.paramId, dateFor(s.facts, k.on, k.onYearly), usedFor, k.fact) : null;
      if (expected === null) {
        out.holds = null;
        out.unknownParam = p?.label ?? k.paramId ?? '?';
        return out;
      }
      out.expectedNumber = expected;
      if (p) out.expectedUnit = p.unit;
      if (typeof actual !== 'number') {
        out.holds = k.op === 'neq';
        return out;
      }
      out.holds =
        k.op === 'eq' ? actual === expected
        : k.op === 'neq' ? actual !== expected
        : k.op === 'gt' ? actual > expected
        : k.op === 'gte' ? actual >= expected
        : k.op === 'lt' ? actual < expected
        : k.op === 'lte' ? actual <= expected
        : false;
      return out;
    }
    case 'set': {
      const have = Array.isArray(actual) ? (actual as readonly string[]) : NO_VALUES;
      if (k.op === 'containsAll') out.holds = containsAll(have, k.want);
      else if (k.op === 'containsNone') out.holds = !containsAny(have, k.wantSet);
      else out.holds = containsAny(have, k.wantSet);
      return out;
    }
    case 'date': {
      if (typeof actual !== 'string') return out;
      out.holds =
        k.op === 'before' ? actual < k.date
        : k.op === 'onOrBefore' ? actual <= k.date
        : k.op === 'after' ? actual > k.date
        : k.op === 'onOrAfter' ? actual >= k.date
        : false;
      return out;
    }
    default: {
      const inList = typeof actual === 'string' && k.wantSet.has(actual);
      out.holds = k.op === 'eq' || k.op === 'in' ? inList : k.op === 'neq' || k.op === 'notIn' ? !inList : false;
      return out;
    }
  }
};

const NO_VALUES: readonly string[] = [];
// Loops rather than every/some with arrow functions: no closure is made per test.
const containsAll = (have: readonly string[], want: readonly string[]): boolean => {
  for (let i = 0; i < want.length; i++) if (!have.includes(want[i]!)) return false;
  return true;
};
const containsAny = (have: readonly string[], want: ReadonlySet<string>): boolean => {
  for (let i = 0; i < have.length; i++) if (want.has(have[i]!)) return true;
  return false;
};

/** Tests one condition (a rule leaf or a cap's `when`): true, false or null (undecidable). */
export const testCondition = (c: Condition, s: SchemeScope, usedFor: ParamPurpose): boolean | null => test(compile(c), s, usedFor).holds;

const renderActual = (k: Compiled, v: FactValue): string => {
  if (v === null) return 'niet ingevuld';
  if (typeof v === 'boolean') return v ? 'ja' : 'nee';
  if (typeof v === 'number') return quantityNl(v, k.unit);
  if (Array.isArray(v)) return v.length === 0 ? 'geen' : joinNl(v.map((x: string) => valueLabel(k.fact, x)), 'en');
  if (k.kind === 'date') return longDateNl(v as string);
  return valueLabel(k.fact, v as string);
};

const renderExpected = (k: Compiled, o: Outcome): string => {
  switch (k.op) {
    case 'isSet':
      return 'ingevuld';
    case 'isNotSet':
      return 'niet ingevuld';
    case 'isTrue':
      return 'ja';
    case 'isFalse':
      return 'nee';
  }
  if (k.kind === 'number') return o.expectedNumber === null ? 'onbekend' : quantityNl(o.expectedNumber, o.expectedUnit);
  if (k.kind === 'date') return longDateNl(k.date);
  return joinNl(k.want.map((w) => valueLabel(k.fact, w)), k.op === 'containsAll' ? 'en' : 'of');
};

const fill = (text: string, k: Compiled, o: Outcome): string =>
  text.indexOf('{') === -1 ? text : text.replaceAll('{actual}', renderActual(k, o.actual)).replaceAll('{expected}', renderExpected(k, o));

// ---------------------------------------------------------------------------------------------
// The tree walk.
//
// What the reasons are, node by node (the rule this code implements): a node has decisive
// reasons D (why it came out as it did) and context C (conditions met inside a group that did
// not pass). A leaf: D = itself. A group that passed: D = the D of the children that passed,
// no context. A group that did not pass: the D and C of every child that did not pass go to D
// and C; a child that passed gives its D and C as context in an all-group (in an any-group no
// child passed). A `not`: if its inner node is undecided, D = the inner D's undecidable
// reasons; otherwise D = the inner D with passed inverted; never context. The scheme's reasons
// are D and C of the root, in the order of the rules in the pack.
//
// D and C of different children never share a leaf, so every leaf is a reason at most once, and
// both lists keep the pack's order. That allows two passes without any list per node: the first
// computes each node's truth (and each leaf's sentence), the second walks down from the root and
// marks which leaves are reasons and whether their `passed` is inverted. Only the reasons
// themselves are allocated: a match tests about 2,500 leaves, and the arrays and objects per
// leaf and per group of a walk that built D and C lists were most of what a match allocated.

// Truth is three-valued: UNDECIDED = an unknown figure; only TRUE makes a scheme eligible.
const FALSE = 0;
const TRUE = 1;
const UNDECIDED = 2;

export interface RulesOutcome {
  readonly passed: boolean;
  readonly reasons: Reason[];
  /** Labels of unknown parameters that made a rule undecidable. */
  readonly unknownParams: readonly string[];
}

// The eligibility tree compiled once per scheme (and pack, for the source lookups): leaves carry
// their compiled condition, source and place in the pack's order (leaf), every node its slot in
// the truth table (slot), so a match does no cache lookups per leaf.
type CNode =
  | {
      readonly t: 'leaf';
      readonly slot: number;
      readonly leaf: number;
      readonly node: LeafRule;
      readonly k: Compiled;
      readonly source: Reason['source'];
      /** The leaf's reasons with its own pass/fail sentence, by sentence and `passed` (see reasonOf). */
      readonly reasons: Array<Reason | undefined>;
    }
  | { readonly t: 'all' | 'any'; readonly slot: number; readonly kids: readonly CNode[] }
  | { readonly t: 'not'; readonly slot: number; readonly inner: CNode };

interface CTree {
  readonly pack: Pack;
  readonly root: CNode;
  /** The leaves in the pack's order (depth first, as written). */
  readonly leaves: ReadonlyArray<CNode & { t: 'leaf' }>;
  readonly slots: number;
}

const compileTree = (eligibility: RuleNode, pack: Pack): CTree => {
  const leaves: Array<CNode & { t: 'leaf' }> = [];
  let slots = 0;
  const build = (node: RuleNode): CNode => {
    const slot = slots++;
    if ('all' in node) return { t: 'all', slot, kids: node.all.map(build) };
    if ('any' in node) return { t: 'any', slot, kids: node.any.map(build) };
    if ('not' in node) return { t: 'not', slot, inner: build(node.not) };
    const leaf = { t: 'leaf' as const, slot, leaf: leaves.length, node, k: compile(node), source: sourceRef(pack, node.source), reasons: [] };
    leaves.push(leaf);
    return leaf;
  };
  const root = build(eligibility);
  return { pack, root, leaves, slots };
};

const treeCache = new WeakMap<Scheme, CTree>();
const treeOf = (scheme: Scheme, pack: Pack): CTree => {
  const hit = treeCache.get(scheme);
  if (hit && hit.pack === pack) return hit;
  const tree = compileTree(scheme.eligibility, pack);
  treeCache.set(scheme, tree);
  return tree;
};

// Scratch tables of one walk, reused by every scheme (a walk runs to its end before the next
// starts and keeps nothing in them): each node's truth, each leaf's sentence and its mark.
let truth = new Uint8Array(64);
const texts: string[] = [];
/** Per leaf: NOT_A_REASON, or the reason's `passed` (0 or 1). */
let marks = new Int8Array(64);
const NOT_A_REASON = -1;
let unknownLabels: string[] | null = null;
const NO_LABELS: readonly string[] = [];

/** First pass: the truth of every node, and the sentence of every leaf, in the pack's order. */
const decide = (node: CNode, s: SchemeScope): number => {
  let v: number;
  if (node.t === 'leaf') {
    const { node: rule, k } = node;
    const o = test(k, s, 'rule');
    if (o.holds === null) {
      const label = o.unknownParam ?? '?';
      if (unknownLabels === null) unknownLabels = [label];
      else if (!unknownLabels.includes(label)) unknownLabels.push(label);
      texts[node.leaf] = `Dit kan niet worden gecontroleerd: het getal "${label}" is niet bekend.`;
      v = UNDECIDED;
    } else {
      texts[node.leaf] = fill(o.holds ? rule.pass : rule.fail, k, o);
      v = o.holds ? TRUE : FALSE;
    }
  } else if (node.t === 'not') {
    const inner = decide(node.inner, s);
    v = inner === UNDECIDED ? UNDECIDED : inner === TRUE ? FALSE : TRUE;
  } else {
    let anyTrue = false;
    let anyFalse = false;
    let anyNull = false;
    const kids = node.kids;
    for (let i = 0; i < kids.length; i++) {
      const kv = decide(kids[i]!, s);
      if (kv === TRUE) anyTrue = true;
      else if (kv === FALSE) anyFalse = true;
      else anyNull = true;
    }
    v = node.t === 'all' ? (anyFalse ? FALSE : anyNull ? UNDECIDED : TRUE) : anyTrue ? TRUE : anyNull ? UNDECIDED : FALSE;
  }
  truth[node.slot] = v;
  return v;
};

/**
 * Second pass: marks the leaves that are reasons. `inD`/`inC`: whether this node's decisive
 * reasons / context end up in the scheme's reasons; `invert`: an odd number of decided `not`s
 * above; `onlyUndecidable`: an undecided `not` above keeps only undecidable reasons.
 */
const mark = (node: CNode, inD: boolean, inC: boolean, invert: boolean, onlyUndecidable: boolean): void => {
  if (!inD && !inC) return;
  if (node.t === 'leaf') {
    const v = truth[node.slot]!;
    if (inD && (!onlyUndecidable || v === UNDECIDED)) marks[node.leaf] = (v === TRUE) !== invert ? 1 : 0;
    return;
  }
  if (node.t === 'not') {
    // A `not` has no context: the inner node's context is dropped.
    if (truth[node.inner.slot] === UNDECIDED) mark(node.inner, inD, false, invert, true);
    else mark(node.inner, inD, false, !invert, onlyUndecidable);
    return;
  }
  const kids = node.kids;
  if (truth[node.slot] === TRUE) {
    for (let i = 0; i < kids.length; i++) if (truth[kids[i]!.slot] === TRUE) mark(kids[i]!, inD, false, invert, onlyUndecidable);
    return;
  }
  const isAll = node.t === 'all';
  for (let i = 0; i < kids.length; i++) {
    const kid = kids[i]!;
    if (truth[kid.slot] !== TRUE) mark(kid, inD, inC, invert, onlyUndecidable);
    else mark(kid, isAll && inC, inC, invert, onlyUndecidable);
  }
};

/**
 * A leaf's reason. Most sentences have no placeholders, so the same four reasons (pass or fail
 * sentence, passed or not) come back on every match: they are made once per leaf and frozen,
 * and every result that needs one shares it. They were a fifth of what a match allocated, and
 * at the moment of a collection the half-built result's reasons were most of what had to be
 * copied. Frozen, so code that would change a reason in one result (none does) fails loudly
 * instead of changing it in every other. A filled-in sentence ({actual}, {expected}) or an
 * undecidable one gets its own object, as before.
 */
const reasonOf = (leaf: CNode & { t: 'leaf' }, text: string, passed: boolean): Reason => {
  const { node } = leaf;
  const variant = text === node.pass ? 0 : text === node.fail ? 2 : -1;
  if (variant === -1) return { rule: node.id, passed, text, source: leaf.source };
  const slot = variant + (passed ? 1 : 0);
  let reason = leaf.reasons[slot];
  if (reason === undefined) {
    reason = Object.freeze({ rule: node.id, passed, text, source: leaf.source });
    leaf.reasons[slot] = reason;
  }
  return reason;
};

export const evaluateRules = (s: SchemeScope): RulesOutcome => {
  const tree = treeOf(s.scheme, s.pack);
  const { leaves } = tree;
  if (truth.length < tree.slots) truth = new Uint8Array(tree.slots * 2);
  if (marks.length < leaves.length) marks = new Int8Array(leaves.length * 2);
  marks.fill(NOT_A_REASON, 0, leaves.length);
  unknownLabels = null;
  const passed = decide(tree.root, s) === TRUE;
  mark(tree.root, true, true, false, false);
  let count = 0;
  for (let i = 0; i < leaves.length; i++) if (marks[i] !== NOT_A_REASON) count++;
  const reasons: Reason[] = new Array(count);
  for (let i = 0, r = 0; i < leaves.length; i++) {
    const m = marks[i]!;
    if (m === NOT_A_REASON) continue;
    reasons[r++] = reasonOf(leaves[i]!, texts[i]!, m === 1);
  }
  // Dropped so the last scheme's sentences are not kept alive until the next match.
  for (let i = 0; i < leaves.length; i++) texts[i] = '';
  const unknownParams = unknownLabels ?? NO_LABELS;
  unknownLabels = null;
  return { passed, reasons, unknownParams };
};
