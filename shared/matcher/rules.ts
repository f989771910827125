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
import { parameterAt } from './params.ts';

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
}
export type ParamPurpose = 'rule' | 'coverage';

export interface SchemeScope {
  readonly scheme: Scheme;
  readonly pack: Pack;
  readonly facts: CaseFacts;
  /** Parameters read while evaluating, per parameter and dated value, for the status notices. */
  readonly params: Map<string, ParamUse>;
}

export const readParam = (s: SchemeScope, id: string, date: string, usedFor: ParamPurpose, fact: string | null = null): number | null => {
  const p = s.scheme.parameters[id];
  if (!p) return null; // cannot happen in a validated pack; a hand-built one just gets "unknown"
  const found = parameterAt(p, date);
  // One entry per dated value: a study-year cap reads one parameter on several dates.
  const key = `${id}@${found.from ?? ''}`;
  let use = s.params.get(key);
  if (!use) {
    const v = found.from === null ? undefined : p.values.find((x) => x.from === found.from);
    use = {
      id,
      label: p.label,
      unit: p.unit,
      value: found.value,
      from: found.from,
      status: v ? valueStatus(p, v) : 'unknown',
      lastVerified: p.lastVerified,
      source: sourceRef(s.pack, v?.source ?? p.source),
      claims: v?.claims ? v.claims.map((c) => ({ value: c.value, source: sourceRef(s.pack, c.source) })) : null,
      fact: null,
      inRule: false,
      inCoverage: false,
    };
    s.params.set(key, use);
  }
  if (use.fact === null && fact !== null) use.fact = fact;
  if (usedFor === 'rule') use.inRule = true;
  else use.inCoverage = true;
  return found.value;
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

interface Ordered extends Reason {
  readonly order: number;
  readonly undecidable?: boolean;
}
/** Three-valued: null = could not be decided (an unknown figure); only true makes a scheme eligible. */
type Truth = boolean | null;
interface NodeResult {
  value: Truth;
  /** Reasons that explain this node's outcome. */
  decisive: Ordered[];
  /** Conditions met inside a group that did not pass: shown, but not why it failed. */
  context: Ordered[];
}

export interface RulesOutcome {
  readonly passed: boolean;
  readonly reasons: Reason[];
  /** Labels of unknown parameters that made a rule undecidable. */
  readonly unknownParams: string[];
}

interface Walk {
  readonly s: SchemeScope;
  order: number;
  readonly unknownParams: string[];
}

const NONE: Ordered[] = [];

// The eligibility tree compiled once per scheme (and pack, for the source lookups): leaves carry
// their compiled condition and source, so a match does no cache lookups per leaf.
type CNode =
  | { readonly t: 'leaf'; readonly node: LeafRule; readonly k: Compiled; readonly source: Reason['source'] }
  | { readonly t: 'all' | 'any'; readonly kids: readonly CNode[] }
  | { readonly t: 'not'; readonly inner: CNode };

const compileTree = (node: RuleNode, pack: Pack): CNode => {
  if ('all' in node) return { t: 'all', kids: node.all.map((n) => compileTree(n, pack)) };
  if ('any' in node) return { t: 'any', kids: node.any.map((n) => compileTree(n, pack)) };
  if ('not' in node) return { t: 'not', inner: compileTree(node.not, pack) };
  return { t: 'leaf', node, k: compile(node), source: sourceRef(pack, node.source) };
};

const treeCache = new WeakMap<Scheme, { pack: Pack; tree: CNode }>();
const treeOf = (scheme: Scheme, pack: Pack): CNode => {
  const hit = treeCache.get(scheme);
  if (hit && hit.pack === pack) return hit.tree;
  const tree = compileTree(scheme.eligibility, pack);
  treeCache.set(scheme, { pack, tree });
  return tree;
};

/** A leaf's one reason; its truth is `passed`, or null when `undecidable`. */
const leafReason = (leaf: CNode & { t: 'leaf' }, w: Walk): Ordered => {
  const { node, k, source } = leaf;
  const o = test(k, w.s, 'rule');
  if (o.holds === null) {
    const label = o.unknownParam ?? '?';
    if (!w.unknownParams.includes(label)) w.unknownParams.push(label);
    const text = `Dit kan niet worden gecontroleerd: het getal "${label}" is niet bekend.`;
    return { order: w.order++, rule: node.id, passed: false, text, source, undecidable: true };
  }
  return { order: w.order++, rule: node.id, passed: o.holds, text: fill(o.holds ? node.pass : node.fail, k, o), source };
};

// A child of a group is its leaf's reason itself, or a group's NodeResult: most children are
// leaves, and wrapping each in a NodeResult with a one-element array cost three objects a leaf.
type Kid = Ordered | NodeResult;
const isReason = (kid: Kid): kid is Ordered => (kid as Ordered).order !== undefined;
const truthOf = (kid: Kid): Truth => (isReason(kid) ? (kid.undecidable ? null : kid.passed) : kid.value);
const pushDecisive = (into: Ordered[], kid: Kid): void => {
  if (isReason(kid)) into.push(kid);
  else pushAll(into, kid.decisive);
};
const contextOf = (kid: Kid): readonly Ordered[] => (isReason(kid) ? NONE : kid.context);

const asResult = (r: Ordered): NodeResult => ({ value: r.undecidable ? null : r.passed, decisive: [r], context: NONE });

const walkNode = (node: CNode, w: Walk): NodeResult => {
  if (node.t === 'leaf') return asResult(leafReason(node, w));
  if (node.t === 'not') {
    const inner = node.inner.t === 'leaf' ? asResult(leafReason(node.inner, w)) : walkNode(node.inner, w);
    if (inner.value === null) return { value: null, decisive: inner.decisive.filter((r) => r.undecidable), context: NONE };
    return { value: !inner.value, decisive: inner.decisive.map((r) => ({ ...r, passed: !r.passed })), context: NONE };
  }
  const isAll = node.t === 'all';
  const children = node.kids;
  const kids: Kid[] = new Array(children.length);
  let anyTrue = false;
  let anyFalse = false;
  let anyNull = false;
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!;
    const r: Kid = child.t === 'leaf' ? leafReason(child, w) : walkNode(child, w);
    kids[i] = r;
    const v = truthOf(r);
    if (v === true) anyTrue = true;
    else if (v === false) anyFalse = true;
    else anyNull = true;
  }
  const value: Truth = isAll ? (anyFalse ? false : anyNull ? null : true) : anyTrue ? true : anyNull ? null : false;
  const decisive: Ordered[] = [];
  let context: Ordered[] = NONE;
  for (let i = 0; i < kids.length; i++) {
    const k = kids[i]!;
    const v = truthOf(k);
    const kContext = contextOf(k);
    if (value === true) {
      if (v === true) pushDecisive(decisive, k);
    } else if (v !== true) {
      // Not passed: every child that did not pass is part of the explanation.
      pushDecisive(decisive, k);
      if (kContext.length > 0) pushAll((context = context === NONE ? [] : context), kContext);
    } else if (isAll) {
      // Conditions met inside an all-group that failed are shown as context.
      if (context === NONE) context = [];
      pushDecisive(context, k);
      pushAll(context, kContext);
    } else if (kContext.length > 0) {
      pushAll((context = context === NONE ? [] : context), kContext);
    }
  }
  return { value, decisive, context };
};

const pushAll = (into: Ordered[], from: readonly Ordered[]): void => {
  for (let i = 0; i < from.length; i++) into.push(from[i]!);
};

const byOrder = (a: Ordered, b: Ordered): number => a.order - b.order;

export const evaluateRules = (s: SchemeScope): RulesOutcome => {
  const w: Walk = { s, order: 0, unknownParams: [] };
  const result = walkNode(treeOf(s.scheme, s.pack), w);
  const all = result.context.length === 0 ? result.decisive : [...result.decisive, ...result.context].sort(byOrder);
  const reasons: Reason[] = new Array(all.length);
  for (let i = 0; i < all.length; i++) {
    const r = all[i]!;
    reasons[i] = { rule: r.rule, passed: r.passed, text: r.text, source: r.source };
  }
  return { passed: result.value === true, reasons, unknownParams: w.unknownParams };
};
