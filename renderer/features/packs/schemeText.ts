// The scheme browser's words: a scheme's conditions, figures and validity in plain Dutch without
// a client (the matcher words a rule against a case; here there is none), and the search over
// every scheme of the packs in use. Pure, unit-tested (test/renderer/packs-scheme-text.test.ts).
import { formatDateNl } from '../../../shared/dates/index.ts';
import { valueLabel } from '../../../shared/matcher/labels.ts';
import { joinNl } from '../../../shared/matcher/render.ts';
import { formatFigure } from '../../../shared/packs/diff.ts';
import { facts } from '../../../shared/packs/facts.ts';
import { valueStatus, type LeafRule, type Pack, type Parameter, type ParameterStatus, type RuleNode, type Scheme } from '../../../shared/packs/format.ts';
import type { PackInUse } from '../../../shared/contract/packs.ts';

const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** The value a parameter has on a date (the last dated value from on or before it). */
export const parameterValueOn = (p: Parameter, date: string): number | null => {
  let found: Parameter['values'][number] | null = null;
  for (const v of p.values) if (v.from <= date && (!found || v.from > found.from)) found = v;
  return found ? found.value : null;
};

const operatorWords: Readonly<Record<string, string>> = {
  eq: 'is',
  neq: 'is niet',
  gt: 'meer dan',
  gte: 'minstens',
  lt: 'minder dan',
  lte: 'hoogstens',
  in: 'is',
  notIn: 'is niet',
  containsAny: 'minstens één van',
  containsAll: 'alle van',
  containsNone: 'geen van',
  before: 'vóór',
  onOrBefore: 'op of vóór',
  after: 'na',
  onOrAfter: 'op of na',
};

/** What the rule compares with, in words: "30 jaar", "mbo-3 of mbo-4", "1 januari 2024". */
export const expectedText = (rule: Pick<LeafRule, 'fact' | 'op' | 'value'>, scheme: Scheme, today: string): string => {
  const v = rule.value;
  if (v === undefined) return '';
  if (typeof v === 'object' && !Array.isArray(v)) {
    const param = scheme.parameters[v.param];
    return param ? formatFigure(parameterValueOn(param, today), param.unit) : 'onbekend';
  }
  if (Array.isArray(v)) return joinNl(v.map((x) => valueLabel(rule.fact, x)), rule.op === 'containsAll' ? 'en' : 'of');
  const def = (facts as Readonly<Record<string, { type: { kind: string } }>>)[rule.fact];
  if (def?.type.kind === 'date') return formatDateNl(v);
  return valueLabel(rule.fact, v);
};

/** "Leeftijd in hele jaren: minder dan 30 jaar (op de startdatum van de opleiding)". */
export const conditionText = (rule: LeafRule, scheme: Scheme, today: string): string => {
  const def = (facts as Readonly<Record<string, { label: string }>>)[rule.fact];
  const label = capital(def?.label ?? rule.fact);
  const on = rule.onYearly
    ? ` (op ${rule.onYearly.split('-').reverse().join('-')} van het jaar)`
    : rule.on === 'trainingStart'
      ? ' (op de startdatum van de opleiding)'
      : rule.on === 'referenceDate'
        ? ' (op de peildatum)'
        : '';
  switch (rule.op) {
    case 'isTrue':
      return `${label}: ja${on}`;
    case 'isFalse':
      return `${label}: nee${on}`;
    case 'isSet':
      return `${label}: ingevuld${on}`;
    case 'isNotSet':
      return `${label}: niet ingevuld${on}`;
  }
  return `${label}: ${operatorWords[rule.op] ?? rule.op} ${expectedText(rule, scheme, today)}${on}`;
};

/** The pack's own sentence for a met condition; {expected} filled in, the client's value left open. */
export const ruleSentence = (rule: LeafRule, scheme: Scheme, today: string): string =>
  rule.pass.replaceAll('{expected}', expectedText(rule, scheme, today)).replaceAll('{actual}', '…');

export type ConditionNode =
  | { readonly kind: 'leaf'; readonly id: string; readonly sentence: string; readonly condition: string; readonly source: string }
  | { readonly kind: 'all' | 'any' | 'not'; readonly children: readonly ConditionNode[] };

/** The eligibility tree as the browser shows it. */
export const conditionTree = (node: RuleNode, scheme: Scheme, today: string): ConditionNode => {
  if ('all' in node) return { kind: 'all', children: node.all.map((n) => conditionTree(n, scheme, today)) };
  if ('any' in node) return { kind: 'any', children: node.any.map((n) => conditionTree(n, scheme, today)) };
  if ('not' in node) return { kind: 'not', children: [conditionTree(node.not, scheme, today)] };
  return { kind: 'leaf', id: node.id, sentence: ruleSentence(node, scheme, today), condition: conditionText(node, scheme, today), source: node.source };
};

export interface FigureRow {
  readonly id: string;
  readonly label: string;
  readonly values: readonly { readonly from: string; readonly text: string; readonly status: ParameterStatus; readonly source: string; readonly claims: readonly string[] }[];
  readonly source: string;
  readonly lastVerified: string;
  readonly note: string | null;
}

/** Every figure of a scheme with each dated value, its status and its source id. */
export const figuresOf = (scheme: Scheme): FigureRow[] =>
  Object.entries(scheme.parameters).map(([id, p]) => ({
    id,
    label: p.label,
    values: p.values.map((v) => ({
      from: v.from,
      text: formatFigure(v.value, p.unit),
      status: valueStatus(p, v),
      source: v.source ?? p.source,
      claims: (v.claims ?? []).map((c) => `${formatFigure(c.value, p.unit)} (${c.source})`),
    })),
    source: p.source,
    lastVerified: p.lastVerified,
    note: p.note ?? null,
  }));

/** "Geldig vanaf 01-01-2022 tot en met 31-12-2026" or "Geldig vanaf 01-01-2022, zonder einddatum". */
export const validityText = (scheme: Pick<Scheme, 'validFrom' | 'validTo'>): string =>
  scheme.validTo === null
    ? `Geldig vanaf ${formatDateNl(scheme.validFrom)}, zonder einddatum`
    : `Geldig vanaf ${formatDateNl(scheme.validFrom)} tot en met ${formatDateNl(scheme.validTo)}`;

/** Lower case without accents: "cliënt" is found by "client". */
export const searchable = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

export interface SchemeRow {
  readonly scheme: Scheme;
  readonly pack: Pack;
  readonly layer: PackInUse['layer'];
  readonly layerNl: string;
  /** Runs on `today`. */
  readonly current: boolean;
  readonly text: string;
}

/** Every scheme of the packs in use, with what the search looks in. */
export const schemeRows = (packs: readonly Pack[], inUse: readonly PackInUse[], today: string): SchemeRow[] => {
  const layers = new Map(inUse.map((p) => [p.id, p]));
  return packs
    .flatMap((pack) =>
      pack.schemes.map((scheme) => ({
        scheme,
        pack,
        layer: layers.get(pack.id)?.layer ?? 'national',
        layerNl: layers.get(pack.id)?.layerNl ?? '',
        current: scheme.validFrom <= today && (scheme.validTo === null || scheme.validTo >= today),
        text: searchable([scheme.name, scheme.id, scheme.funder, scheme.summary ?? '', pack.title, pack.id].join(' ')),
      })),
    )
    .sort((a, b) => a.scheme.name.localeCompare(b.scheme.name, 'nl'));
};

export interface SchemeFilter {
  readonly text: string;
  /** '' = every pack. */
  readonly packId: string;
  /** '' = every layer. */
  readonly layer: string;
}

/** The rows whose words contain every word typed, in the chosen pack and layer. */
export const filterSchemes = (rows: readonly SchemeRow[], filter: SchemeFilter): SchemeRow[] => {
  const words = searchable(filter.text).split(/\s+/).filter(Boolean);
  return rows.filter(
    (r) => (filter.packId === '' || r.pack.id === filter.packId) && (filter.layer === '' || r.layer === filter.layer) && words.every((w) => r.text.includes(w)),
  );
};
