// Evaluates a scheme's eligibility tree. Every leaf gives a Dutch sentence and its source; the
// tree is walked completely (no short-circuit) so an ineligible scheme lists every failed rule.
//
// What a reason means: passed=false is (part of) why the scheme is not available; passed=true
// is a condition that is met. Alternatives that failed inside an any-group that passed anyway
// are left out (they are not why anything failed), and under a `not` only the reasons that
// decide the outcome are kept, inverted, because a sentence that is "true" there counts against.
import type { Reason } from './result.ts';
import type { LeafRule, Pack, RuleNode, Scheme, Condition } from '../packs/format.ts';
import { facts as factCatalogue, type FactName } from '../packs/facts.ts';
import { dateFor, factValue, type CaseFacts, type FactValue } from './facts.ts';
import { longDateNl, joinNl, quantityNl, type Unit } from './render.ts';
import { valueLabel } from './labels.ts';
import { parameterAt } from './params.ts';

export interface ParamUse {
  readonly id: string;
  readonly label: string;
  readonly unit: Unit;
  readonly value: number | null;
  readonly verified: boolean;
  readonly lastVerified: string;
  /** Where it was used: a rule decides eligibility, coverage decides the amount. */
  inRule: boolean;
  inCoverage: boolean;
}
export type ParamPurpose = 'rule' | 'coverage';

export interface SchemeScope {
  readonly scheme: Scheme;
  readonly pack: Pack;
  readonly facts: CaseFacts;
  /** Parameters read while evaluating, for the unverified/unknown notices. */
  readonly params: Map<string, ParamUse>;
}

export const readParam = (s: SchemeScope, id: string, date: string, usedFor: ParamPurpose): number | null => {
  const p = s.scheme.parameters[id];
  if (!p) return null; // cannot happen in a validated pack; a hand-built one just gets "unknown"
  const { value } = parameterAt(p, date);
  let use = s.params.get(id);
  // The first value read is the one reported; rules may read it on another date (training start).
  if (!use) {
    use = { id, label: p.label, unit: p.unit, value, verified: p.verified, lastVerified: p.lastVerified, inRule: false, inCoverage: false };
    s.params.set(id, use);
  }
  if (usedFor === 'rule') use.inRule = true;
  else use.inCoverage = true;
  return value;
};

export const sourceRef = (pack: Pack, id: string | undefined): Reason['source'] => {
  if (!id) return null;
  const src = pack.sources[id];
  if (!src) return null;
  return src.url ? { id, title: src.title, url: src.url } : { id, title: src.title };
};

type Outcome = { holds: boolean | null; actual: FactValue; expected: string; unknownParam?: string };

const factUnit = (fact: string): Unit => {
  const def = (factCatalogue as Record<string, { type: { kind: string; unit?: Unit } }>)[fact];
  return def?.type.unit ?? 'count';
};

const renderActual = (fact: string, v: FactValue): string => {
  if (v === null) return 'niet ingevuld';
  if (typeof v === 'boolean') return v ? 'ja' : 'nee';
  if (typeof v === 'number') return quantityNl(v, factUnit(fact));
  if (Array.isArray(v)) return v.length === 0 ? 'geen' : joinNl(v.map((x) => valueLabel(fact, x)), 'en');
  const s = v as string;
  if (fact === 'training.startDate') return longDateNl(s);
  return valueLabel(fact, s);
};

const asList = (v: unknown): string[] => (Array.isArray(v) ? (v as string[]) : typeof v === 'string' ? [v] : []);

/** Tests one condition (a rule leaf or a cap's `when`). Never throws on odd data. */
export const testCondition = (c: Condition, s: SchemeScope, usedFor: ParamPurpose): Outcome => {
  const f = s.facts;
  const actual = factValue(f, c.fact, c.on, s.scheme.id);
  const def = (factCatalogue as Record<string, { type: { kind: string } }>)[c.fact as FactName];
  const kind = def?.type.kind ?? 'string';
  switch (c.op) {
    case 'isSet':
      return { holds: actual !== null, actual, expected: 'ingevuld' };
    case 'isNotSet':
      return { holds: actual === null, actual, expected: 'niet ingevuld' };
    case 'isTrue':
      return { holds: actual === true, actual, expected: 'ja' };
    case 'isFalse':
      return { holds: actual === false, actual, expected: 'nee' };
  }
  if (kind === 'number') {
    const ref = c.value as { param?: string } | undefined;
    const id = ref && typeof ref === 'object' && !Array.isArray(ref) ? ref.param : undefined;
    const expectedValue = id ? readParam(s, id, dateFor(f, c.on), usedFor) : null;
    const p = id ? s.scheme.parameters[id] : undefined;
    if (expectedValue === null) return { holds: null, actual, expected: 'onbekend', unknownParam: p?.label ?? id ?? '?' };
    const expected = quantityNl(expectedValue, p?.unit ?? factUnit(c.fact));
    if (typeof actual !== 'number') return { holds: c.op === 'neq', actual, expected };
    const holds =
      c.op === 'eq' ? actual === expectedValue
      : c.op === 'neq' ? actual !== expectedValue
      : c.op === 'gt' ? actual > expectedValue
      : c.op === 'gte' ? actual >= expectedValue
      : c.op === 'lt' ? actual < expectedValue
      : c.op === 'lte' ? actual <= expectedValue
      : false;
    return { holds, actual, expected };
  }
  if (kind === 'set') {
    const want = asList(c.value);
    const have = Array.isArray(actual) ? (actual as string[]) : [];
    const labels = want.map((w) => valueLabel(c.fact, w));
    if (c.op === 'containsAll') return { holds: want.every((w) => have.includes(w)), actual, expected: joinNl(labels, 'en') };
    if (c.op === 'containsNone') return { holds: !want.some((w) => have.includes(w)), actual, expected: joinNl(labels, 'of') };
    return { holds: want.some((w) => have.includes(w)), actual, expected: joinNl(labels, 'of') };
  }
  if (kind === 'date') {
    const want = typeof c.value === 'string' ? c.value : '';
    const expected = longDateNl(want);
    if (typeof actual !== 'string') return { holds: false, actual, expected };
    const holds =
      c.op === 'before' ? actual < want
      : c.op === 'onOrBefore' ? actual <= want
      : c.op === 'after' ? actual > want
      : c.op === 'onOrAfter' ? actual >= want
      : false;
    return { holds, actual, expected };
  }
  // enum and string
  const want = asList(c.value);
  const labels = want.map((w) => valueLabel(c.fact, w));
  const expected = joinNl(labels, 'of');
  const inList = typeof actual === 'string' && want.includes(actual);
  if (c.op === 'eq' || c.op === 'in') return { holds: inList, actual, expected };
  if (c.op === 'neq' || c.op === 'notIn') return { holds: !inList, actual, expected };
  return { holds: false, actual, expected };
};

const fill = (text: string, o: Outcome, fact: string): string =>
  text.includes('{') ? text.replaceAll('{actual}', renderActual(fact, o.actual)).replaceAll('{expected}', o.expected) : text;

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

export const evaluateRules = (s: SchemeScope): RulesOutcome => {
  let order = 0;
  const unknownParams: string[] = [];
  const leaf = (node: LeafRule): NodeResult => {
    const o = testCondition(node, s, 'rule');
    const source = sourceRef(s.pack, node.source);
    if (o.holds === null) {
      const label = o.unknownParam ?? '?';
      if (!unknownParams.includes(label)) unknownParams.push(label);
      const text = `Dit kan niet worden gecontroleerd: het getal "${label}" is niet bekend.`;
      return { value: null, decisive: [{ order: order++, rule: node.id, passed: false, text, source, undecidable: true }], context: [] };
    }
    const r = { order: order++, rule: node.id, passed: o.holds, text: fill(o.holds ? node.pass : node.fail, o, node.fact), source };
    return { value: o.holds, decisive: [r], context: [] };
  };
  const walk = (node: RuleNode): NodeResult => {
    if ('all' in node || 'any' in node) {
      const isAll = 'all' in node;
      const kids = (isAll ? node.all : node.any).map(walk);
      const value: Truth = isAll
        ? kids.some((k) => k.value === false) ? false : kids.some((k) => k.value === null) ? null : true
        : kids.some((k) => k.value === true) ? true : kids.some((k) => k.value === null) ? null : false;
      if (value === true) return { value, decisive: kids.filter((k) => k.value === true).flatMap((k) => k.decisive), context: [] };
      // Not passed: every child that did not pass is part of the explanation (all-groups and
      // any-groups alike); children that passed inside an all-group are shown as context.
      return {
        value,
        decisive: kids.filter((k) => k.value !== true).flatMap((k) => k.decisive),
        context: isAll ? kids.flatMap((k) => (k.value === true ? [...k.decisive, ...k.context] : k.context)) : kids.flatMap((k) => k.context),
      };
    }
    if ('not' in node) {
      const inner = walk(node.not);
      if (inner.value === null) return { value: null, decisive: inner.decisive.filter((r) => r.undecidable), context: [] };
      return { value: !inner.value, decisive: inner.decisive.map((r) => ({ ...r, passed: !r.passed })), context: [] };
    }
    return leaf(node);
  };
  const result = walk(s.scheme.eligibility);
  const reasons = [...result.decisive, ...result.context]
    .sort((a, b) => a.order - b.order)
    .map(({ rule, passed, text, source }): Reason => ({ rule, passed, text, source }));
  return { passed: result.value === true, reasons, unknownParams };
};
