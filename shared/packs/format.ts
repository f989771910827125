// Scheme pack format v1. A pack is plain JSON data: nothing in it is ever executed. Rules are a
// small declarative tree over the typed facts of facts.ts; every figure is a dated parameter
// with a source, a last-verified date and a status (verified, unverified, disputed, unknown),
// so an uncertain figure is carried and shown as such and never invented.
import { z } from 'zod';
import { caseFileSchema, costCategories } from '../case/schema.ts';
import { isIsoDate, isoDateSchema } from '../dates/index.ts';
import { isRegionId, regions } from '../regions/index.ts';
import { facts, operatorsByKind, type FactDefinition, type FactName } from './facts.ts';
import { clip, quoteText } from '../validation/dutch.ts';
import { didYouMean } from './suggest.ts';

export const PACK_FORMAT_VERSION = 1;

export const idPattern = /^[a-z0-9]+(?:[.-][a-z0-9]+)*$/;
export const localIdPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const semver = z.string().regex(/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/, { message: 'Verwacht een versienummer als 1.2.3.' });
const dutchText = (max: number) => z.string().trim().min(1).max(max);
const httpsUrl = z.url({ protocol: /^https?$/, message: 'Verwacht een webadres dat begint met https:// of http://.' });

export const paramRefSchema = z.strictObject({ param: z.string().regex(localIdPattern) });
export type ParamRef = z.infer<typeof paramRefSchema>;

export const parameterUnits = ['cents', 'percent', 'years', 'months', 'hours', 'count'] as const;
export type ParameterUnit = (typeof parameterUnits)[number];

/**
 * How sure a figure is. verified: it stands in a public source that was read; unverified: only
 * in a secondary source, or not re-read; disputed: public sources name different values (each
 * with its source in `claims`) and the lowest is applied, so no client is promised too much;
 * unknown: no public source gives it (the value is null).
 */
export const parameterStatuses = ['verified', 'unverified', 'disputed', 'unknown'] as const;
export type ParameterStatus = (typeof parameterStatuses)[number];

/** One side of a disputed figure: what a source says. */
export const claimSchema = z.strictObject({
  value: z.number().min(0),
  source: z.string().regex(localIdPattern),
  note: z.string().max(300).optional(),
});
export type Claim = z.infer<typeof claimSchema>;

export const parameterValueSchema = z.strictObject({
  from: isoDateSchema,
  /** `null` = figure not known. */
  value: z.number().min(0).nullable(),
  /** Added in v1 (optional): this value's own status; omitted = the parameter's status. */
  status: z.enum(parameterStatuses).optional(),
  /** Added in v1 (optional): this value's own source; omitted = the parameter's source. */
  source: z.string().regex(localIdPattern).optional(),
  /** Added in v1 (optional): for a disputed value, what each source says (at least two). */
  claims: z.array(claimSchema).min(2).max(10).optional(),
  note: z.string().max(500).optional(),
});
export type ParameterValue = z.infer<typeof parameterValueSchema>;

export const parameterSchema = z.strictObject({
  label: dutchText(200),
  unit: z.enum(parameterUnits),
  /** Dated values: each applies from its date until the next one. `null` = figure not known. */
  values: z.array(parameterValueSchema).min(1).max(50),
  source: z.string().regex(localIdPattern),
  lastVerified: isoDateSchema,
  /**
   * Pack format v1 as first published: true = confirmed in a public source. Kept so older packs
   * still load; a pack gives `status` or `verified` (or both, when they agree).
   */
  verified: z.boolean().optional(),
  /** Added in v1 (optional): verified | unverified | disputed | unknown (see parameterStatuses). */
  status: z.enum(parameterStatuses).optional(),
  note: z.string().max(1000).optional(),
});
export type Parameter = z.infer<typeof parameterSchema>;

/**
 * The status of one dated value: its own, else the parameter's, else the v1 `verified` flag.
 * A null value is always unknown: there is no figure to be sure of.
 */
export const valueStatus = (p: Pick<Parameter, 'status' | 'verified'>, v: Pick<ParameterValue, 'status' | 'value'>): ParameterStatus => {
  if (v.value === null) return 'unknown';
  return v.status ?? p.status ?? (p.verified === true ? 'verified' : 'unverified');
};

/** "12-31": a day of the year, for rules and caps that count from a yearly date. */
export const monthDayPattern = /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const monthDay = z.string().regex(monthDayPattern, { message: 'Verwacht een dag van het jaar als mm-dd, zoals 12-31.' });

export const ruleDateBases = ['referenceDate', 'trainingStart'] as const;

export const leafRuleSchema = z.strictObject({
  id: z.string().regex(localIdPattern),
  fact: z.string(),
  op: z.string(),
  value: z.union([z.string(), z.array(z.string()), paramRefSchema]).optional(),
  /** Which date a dated fact (age, years in service) and dated parameters are computed on. */
  on: z.enum(ruleDateBases).optional(),
  /**
   * Added in v1 (optional): compute the dated fact on the last occurrence of this day of the year
   * on or before the peildatum (a collective agreement's yearly reference date, e.g. "12-31").
   */
  onYearly: monthDay.optional(),
  /** Plain-Dutch sentence shown when the condition holds. May use {actual} and {expected}. */
  pass: dutchText(300),
  /** Plain-Dutch sentence shown when it does not hold. May use {actual} and {expected}. */
  fail: dutchText(300),
  source: z.string().regex(localIdPattern),
});
export type LeafRule = z.infer<typeof leafRuleSchema>;

export type RuleNode = LeafRule | { all: RuleNode[] } | { any: RuleNode[] } | { not: RuleNode };

/**
 * A rule node is recognised by its key (all / any / not, otherwise a leaf) before it is
 * validated, so an error is reported against the shape the author meant, not as "matches
 * none of four alternatives".
 */
export const ruleNodeSchema: z.ZodType<RuleNode> = z.lazy(() =>
  z.unknown().pipe(
    z.custom<unknown>(() => true).transform((v, ctx): RuleNode => {
      const schema = pickRuleSchema(v);
      // The inner parse cannot see the caller's error map, so zod would bake its English
      // default text into these issues. Mark default texts and drop them, so the outer parse
      // words them (Dutch, via shared/packs/issues.ts); our own custom texts are kept. The
      // input is passed explicitly: otherwise zod fills in the whole rule node for a missing field.
      const r = schema.safeParse(v, { reportInput: true, error: () => INNER_DEFAULT_MESSAGE });
      if (!r.success) {
        for (const issue of r.error.issues) {
          const { message, input, ...rest } = issue as typeof issue & { input?: unknown };
          ctx.addIssue((message === INNER_DEFAULT_MESSAGE ? { ...rest, input } : { ...rest, message, input }) as never);
        }
        return z.NEVER;
      }
      return r.data as RuleNode;
    }),
  ),
);
const INNER_DEFAULT_MESSAGE = '\u0000zod-default';
const groupSchemas = {
  all: z.strictObject({ all: z.array(ruleNodeSchema).min(1).max(100) }),
  any: z.strictObject({ any: z.array(ruleNodeSchema).min(1).max(100) }),
  not: z.strictObject({ not: ruleNodeSchema }),
};
const pickRuleSchema = (v: unknown): z.ZodType => {
  if (v && typeof v === 'object' && !Array.isArray(v)) {
    for (const key of ['all', 'any', 'not'] as const) if (key in v) return groupSchemas[key];
  }
  return leafRuleSchema;
};

/** A condition without texts, used to switch a cap on or off (e.g. no cap with a job guarantee). */
export const conditionSchema = z.strictObject({
  fact: z.string(),
  op: z.string(),
  value: z.union([z.string(), z.array(z.string()), paramRefSchema]).optional(),
  on: z.enum(ruleDateBases).optional(),
  onYearly: monthDay.optional(),
});
export type Condition = z.infer<typeof conditionSchema>;

export const capSchema = z.strictObject({
  /**
   * case: once for the whole training; calendar-year: minus what this scheme paid this year;
   * study-year (added in v1): the cap applies to each study year the training spans, each year
   * read on that year's start (studyYearStart), and the caps of those years add up.
   */
  per: z.enum(['case', 'calendar-year', 'study-year']),
  /** For per "study-year": the day the study year starts, e.g. "08-01" (mbo) or "09-01" (hbo, wo). */
  studyYearStart: monthDay.optional(),
  amount: paramRefSchema,
  /** Scale the cap by hoursPerWeek / this parameter (full-time hours), at most 100%. */
  proRataByHours: paramRefSchema.optional(),
  /** The cap applies only when every condition holds. */
  when: z.array(conditionSchema).max(10).optional(),
  label: z.string().max(200).optional(),
});
export type Cap = z.infer<typeof capSchema>;

export const coverageSchema = z.strictObject({
  categories: z.array(z.enum(costCategories)).min(1).max(costCategories.length),
  /** Share of each covered cost item the scheme pays; omitted = 100%. */
  percent: paramRefSchema.optional(),
  /**
   * Added in v1 (optional): a different share when conditions hold (e.g. by NLQF level). The
   * first rule whose conditions all hold wins; none holds = `percent`.
   */
  percentRules: z.array(z.strictObject({ when: z.array(conditionSchema).min(1).max(10), percent: paramRefSchema })).max(10).optional(),
  caps: z.array(capSchema).max(10).default([]),
  /** The amount comes from the case, e.g. what the employer has promised to pay. */
  amountFromCase: z.enum(['training.employerContributionCents']).optional(),
});
export type Coverage = z.infer<typeof coverageSchema>;

export const stackingModes = ['stacks', 'exclusive', 'remainder-only'] as const;
export type StackingMode = (typeof stackingModes)[number];

export const stackingSchema = z.strictObject({
  /** stacks: alongside others; exclusive: alone or not at all; remainder-only: after every other grant. */
  mode: z.enum(stackingModes),
  /** A required share paid by another party (Tel mee met Taal: the employer pays 33%). */
  cofinancing: z.strictObject({ share: paramRefSchema, payer: dutchText(120) }).optional(),
  note: z.string().max(1000).optional(),
  source: z.string().regex(localIdPattern).optional(),
});

export const schemeKinds = ['grant', 'loan', 'offer', 'cofinancing'] as const;
export type SchemeKind = (typeof schemeKinds)[number];
export const applicants = ['client', 'employer', 'provider', 'uwv-adviser', 'municipality', 'adviser', 'sector-fund'] as const;

export const schemeSchema = z.strictObject({
  id: z.string().regex(idPattern),
  name: dutchText(200),
  /** Who pays the money: shown as the payer of the funding line. */
  funder: dutchText(200),
  kind: z.enum(schemeKinds),
  summary: z.string().max(1000).optional(),
  application: z.strictObject({
    applicant: z.enum(applicants),
    how: dutchText(1000),
    url: httpsUrl.optional(),
    documents: z.array(dutchText(300)).max(30).default([]),
    deadline: z
      .strictObject({
        rule: z.enum(['before-training-start', 'within-weeks-after-start', 'within-weeks-after-end', 'in-tijdvak', 'none']),
        weeks: z.number().int().min(0).max(520).optional(),
        text: z.string().max(500).optional(),
      })
      .optional(),
  }),
  tijdvakken: z.array(z.strictObject({ opens: isoDateSchema, closes: isoDateSchema, note: z.string().max(300).optional() })).max(100).default([]),
  budget: z.strictObject({
    status: z.enum(['open', 'ceiling-reached', 'closed', 'unknown']),
    allocation: z.enum(['first-come', 'lottery', 'continuous', 'unknown']).default('unknown'),
    checkedOn: isoDateSchema,
    note: z.string().max(500).optional(),
  }),
  validFrom: isoDateSchema,
  validTo: isoDateSchema.nullable(),
  eligibility: ruleNodeSchema,
  coverage: coverageSchema,
  stacking: stackingSchema,
  parameters: z.record(z.string().regex(localIdPattern), parameterSchema).default({}),
  sources: z.array(z.string().regex(localIdPattern)).max(20).default([]),
});
export type Scheme = z.infer<typeof schemeSchema>;

export const sourceSchema = z.strictObject({
  title: dutchText(300),
  url: httpsUrl.optional(),
  publisher: z.string().max(200).optional(),
  date: isoDateSchema.optional(),
  note: z.string().max(500).optional(),
});
export type Source = z.infer<typeof sourceSchema>;

export const schemeTestSchema = z.strictObject({
  name: dutchText(200),
  /** Merged over the pack's testBaseCase (objects merge, arrays and values replace). */
  case: z.record(z.string(), z.unknown()),
  expect: z
    .strictObject({
      eligible: z.record(z.string(), z.boolean()).optional(),
      failedRules: z.record(z.string(), z.array(z.string())).optional(),
      lines: z.array(z.strictObject({ schemeId: z.string(), amountCents: z.number().int(), kind: z.enum(schemeKinds).optional() })).optional(),
      ownContributionCents: z.number().int().optional(),
      loanCents: z.number().int().optional(),
    })
    .refine((e) => Object.values(e).some((v) => v !== undefined), { message: 'Een test moet minstens één verwachting hebben.' }),
});
export type SchemeTest = z.infer<typeof schemeTestSchema>;

const packShape = z.strictObject({
  formatVersion: z.literal(PACK_FORMAT_VERSION),
  id: z.string().regex(idPattern),
  title: dutchText(200),
  publisher: dutchText(200),
  version: semver,
  minAppVersion: semver,
  published: isoDateSchema,
  scope: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('national') }),
    z.strictObject({ kind: z.literal('sector'), sectorFunds: z.array(z.string().regex(localIdPattern)).min(1) }),
    z.strictObject({ kind: z.literal('region'), regions: z.array(z.string()).min(1) }),
  ]),
  description: z.string().max(2000).optional(),
  sources: z.record(z.string().regex(localIdPattern), sourceSchema),
  schemes: z.array(schemeSchema).max(10_000),
  testBaseCase: caseFileSchema.optional(),
  tests: z.array(schemeTestSchema).max(10_000).default([]),
});

export const packSchema = packShape.superRefine((pack, ctx) => checkPackReferences(pack, ctx));
export type Pack = z.infer<typeof packSchema>;

// ---------------------------------------------------------------------------------------------
// Cross-reference checks: what JSON Schema alone cannot say (ids unique, references resolve,
// operators fit the fact's type, units fit). Each message names what was found and expected.

type Ctx = z.RefinementCtx;
type Path = (string | number)[];

/**
 * `input` is always set (also when undefined): zod would otherwise report the whole pack as
 * what was found. `expected` travels in params so the loader can show "verwacht: ...".
 */
const add = (ctx: Ctx, path: Path, message: string, input: unknown, expected: string) =>
  ctx.addIssue({ code: 'custom', path, message, input, params: { expected } });

const listOf = (ids: readonly string[], max = 12): string =>
  ids.length === 0 ? '(geen)' : ids.length <= max ? ids.map((id) => clip(id)).join(', ') : `${ids.slice(0, max).map((id) => clip(id)).join(', ')}, ...`;

const factUnitToParamUnit: Record<string, ParameterUnit> = { years: 'years', months: 'months', hours: 'hours', count: 'count', cents: 'cents' };

function checkPackReferences(pack: z.infer<typeof packShape>, ctx: Ctx): void {
  if (pack.scope.kind === 'region') {
    pack.scope.regions.forEach((r, i) => {
      if (!isRegionId(r)) {
        add(ctx, ['scope', 'regions', i], `Onbekende arbeidsmarktregio ${quoteText(r)}.${didYouMean(r, regions.map((x) => x.id))}`, r, "een id van een van de 35 arbeidsmarktregio's, zoals twente");
      }
    });
  }
  const seen = new Set<string>();
  pack.schemes.forEach((scheme, si) => {
    const at = (...p: Path): Path => ['schemes', si, ...p];
    if (seen.has(scheme.id)) add(ctx, at('id'), `Regeling-id ${quoteText(scheme.id)} komt twee keer voor in dit pakket.`, scheme.id, 'een id die maar één keer voorkomt');
    seen.add(scheme.id);
    if (!scheme.id.startsWith(`${pack.id}.`)) {
      add(ctx, at('id'), `Regeling-id ${quoteText(scheme.id)} moet beginnen met de pakket-id ${quoteText(`${pack.id}.`)}.`, scheme.id, `een id die begint met ${quoteText(`${pack.id}.`)}`);
    }
    if (scheme.validTo !== null && scheme.validTo < scheme.validFrom) {
      add(ctx, at('validTo'), `validTo (${clip(scheme.validTo)}) ligt vóór validFrom (${clip(scheme.validFrom)}).`, scheme.validTo, `een datum op of na ${clip(scheme.validFrom)}, of null`);
    }
    scheme.tijdvakken.forEach((t, ti) => {
      if (t.closes < t.opens) add(ctx, at('tijdvakken', ti, 'closes'), `Het tijdvak sluit (${clip(t.closes)}) vóór het opent (${clip(t.opens)}).`, t.closes, `een datum op of na ${clip(t.opens)}`);
    });
    scheme.sources.forEach((s, i) => checkSource(pack, ctx, at('sources', i), s));
    if (scheme.stacking.source) checkSource(pack, ctx, at('stacking', 'source'), scheme.stacking.source);

    for (const [pid, p] of Object.entries(scheme.parameters)) {
      checkSource(pack, ctx, at('parameters', pid, 'source'), p.source);
      checkParameterStatus(pack, ctx, p, (...rest) => at('parameters', pid, ...rest));
      p.values.forEach((v, vi) => {
        const prev = p.values[vi - 1];
        if (prev && v.from <= prev.from) add(ctx, at('parameters', pid, 'values', vi, 'from'), `De datums moeten oplopen: ${clip(v.from)} moet na ${clip(prev.from)} komen.`, v.from, `een datum na ${clip(prev.from)}`);
        if (v.value === null && p.verified) add(ctx, at('parameters', pid, 'values', vi, 'value'), 'Een onbekend bedrag (null) kan niet "verified": true zijn.', null, 'een bekend getal, of "verified": false');
        if (v.value !== null && p.unit === 'percent' && v.value > 100) add(ctx, at('parameters', pid, 'values', vi, 'value'), `Een percentage ligt tussen 0 en 100; gevonden ${v.value}.`, v.value, 'een percentage van 0 tot en met 100');
        if (v.value !== null && p.unit === 'cents' && !Number.isInteger(v.value)) add(ctx, at('parameters', pid, 'values', vi, 'value'), `Bedragen staan in hele centen; gevonden ${v.value}.`, v.value, 'een heel aantal centen, zoals 150000 voor € 1.500,00');
      });
    }
    const param = (ref: ParamRef, path: Path, unit: ParameterUnit | ParameterUnit[]) => {
      const p = scheme.parameters[ref.param];
      const units = Array.isArray(unit) ? unit : [unit];
      if (!p) {
        const known = Object.keys(scheme.parameters);
        add(ctx, path, `Parameter ${quoteText(ref.param)} bestaat niet in deze regeling.${didYouMean(ref.param, known)}`, ref.param, `een parameter van deze regeling: ${listOf(known)}`);
      } else if (!units.includes(p.unit)) {
        add(ctx, path, `Parameter ${quoteText(ref.param)} heeft eenheid "${p.unit}"; hier is "${units.join('" of "')}" nodig.`, ref.param, `een parameter met eenheid "${units.join('" of "')}"`);
      }
    };

    const ruleIds = new Set<string>();
    const walk = (node: RuleNode, path: Path) => {
      if ('all' in node) return node.all.forEach((n, i) => walk(n, [...path, 'all', i]));
      if ('any' in node) return node.any.forEach((n, i) => walk(n, [...path, 'any', i]));
      if ('not' in node) return walk(node.not, [...path, 'not']);
      if (ruleIds.has(node.id)) add(ctx, [...path, 'id'], `Regel-id ${quoteText(node.id)} komt twee keer voor in deze regeling.`, node.id, 'een regel-id die maar één keer voorkomt in de regeling');
      ruleIds.add(node.id);
      checkSource(pack, ctx, [...path, 'source'], node.source);
      checkCondition(ctx, node, path, param);
    };
    walk(scheme.eligibility, at('eligibility'));

    const cov = scheme.coverage;
    if (cov.percent) param(cov.percent, at('coverage', 'percent', 'param'), 'percent');
    cov.percentRules?.forEach((r, ri) => {
      param(r.percent, at('coverage', 'percentRules', ri, 'percent', 'param'), 'percent');
      r.when.forEach((c, wi) => checkCondition(ctx, c, at('coverage', 'percentRules', ri, 'when', wi), param));
    });
    cov.caps.forEach((cap, ci) => {
      param(cap.amount, at('coverage', 'caps', ci, 'amount', 'param'), 'cents');
      if (cap.per === 'study-year' && !cap.studyYearStart) {
        add(ctx, at('coverage', 'caps', ci, 'studyYearStart'), 'Een maximum per studiejaar heeft een begindatum van het studiejaar nodig.', undefined, 'een dag als "08-01" (mbo) of "09-01" (hbo, wo)');
      }
      if (cap.per !== 'study-year' && cap.studyYearStart) {
        add(ctx, at('coverage', 'caps', ci, 'studyYearStart'), '"studyYearStart" hoort alleen bij een maximum per studiejaar ("per": "study-year").', cap.studyYearStart, 'geen "studyYearStart", of "per": "study-year"');
      }
      if (cap.proRataByHours) param(cap.proRataByHours, at('coverage', 'caps', ci, 'proRataByHours', 'param'), 'hours');
      cap.when?.forEach((c, wi) => checkCondition(ctx, c, at('coverage', 'caps', ci, 'when', wi), param));
    });
    if (new Set(cov.categories).size !== cov.categories.length) add(ctx, at('coverage', 'categories'), 'Een kostensoort staat er twee keer in.', cov.categories, 'elke kostensoort één keer');
    const cof = scheme.stacking.cofinancing;
    if (cof) param(cof.share, at('stacking', 'cofinancing', 'share', 'param'), 'percent');
    if (scheme.kind === 'loan' && scheme.stacking.mode === 'exclusive') {
      add(ctx, at('stacking', 'mode'), 'Een lening kan niet "exclusive" zijn: leningen vullen aan wat de subsidies overlaten.', 'exclusive', '"stacks" of "remainder-only"');
    }
    if (scheme.kind === 'loan' && cof) {
      add(ctx, at('stacking', 'cofinancing'), 'Een lening heeft geen cofinanciering: de cliënt betaalt de lening zelf terug.', cof, 'geen "cofinancing" bij een lening');
    }
  });

  const schemeIds = new Set(pack.schemes.map((s) => s.id));
  pack.tests.forEach((t, ti) => {
    for (const key of ['eligible', 'failedRules'] as const) {
      for (const id of Object.keys(t.expect[key] ?? {})) {
        if (!schemeIds.has(id)) add(ctx, ['tests', ti, 'expect', key, id], `De test noemt regeling ${quoteText(id)}, die niet in dit pakket staat.${didYouMean(id, schemeIds)}`, id, `een regeling uit dit pakket: ${listOf([...schemeIds])}`);
      }
    }
    t.expect.lines?.forEach((l, li) => {
      if (!schemeIds.has(l.schemeId)) add(ctx, ['tests', ti, 'expect', 'lines', li, 'schemeId'], `De test noemt regeling ${quoteText(l.schemeId)}, die niet in dit pakket staat.${didYouMean(l.schemeId, schemeIds)}`, l.schemeId, `een regeling uit dit pakket: ${listOf([...schemeIds])}`);
    });
  });
  if (pack.tests.length > 0 && !pack.testBaseCase) add(ctx, ['testBaseCase'], 'Het pakket heeft tests maar geen testBaseCase om ze op te bouwen.', undefined, 'een testBaseCase: een volledig casusbestand waar de tests op voortbouwen');
}

/**
 * Every figure carries a status (v1 packs: the `verified` flag). The two may not contradict,
 * a null value cannot be verified or disputed, a known value cannot be "unknown", and a
 * disputed value names each side with its source and is set to the lowest side: that is the
 * figure the matcher applies, so no client is promised more than every source allows.
 */
function checkParameterStatus(pack: z.infer<typeof packShape>, ctx: Ctx, p: Parameter, at: (...p: Path) => Path): void {
  if (p.status === undefined && p.verified === undefined) {
    add(ctx, at('status'), 'De parameter heeft geen status. Geef aan hoe zeker het getal is.', undefined, '"status": "verified", "unverified", "disputed" of "unknown"');
  }
  if (p.status !== undefined && p.verified !== undefined && (p.status === 'verified') !== p.verified) {
    add(ctx, at('verified'), `"verified": ${p.verified} past niet bij "status": "${p.status}".`, p.verified, `"verified": ${p.status === 'verified'}, of laat "verified" weg`);
  }
  p.values.forEach((v, vi) => {
    const explicit = v.status ?? p.status;
    if (v.source) checkSource(pack, ctx, at('values', vi, 'source'), v.source);
    if (v.value === null && (explicit === 'verified' || explicit === 'disputed')) {
      add(ctx, at('values', vi, 'status'), `Een onbekend getal (null) kan niet de status "${explicit}" hebben.`, explicit, '"status": "unknown"');
    }
    if (v.value !== null && v.status === 'unknown') {
      add(ctx, at('values', vi, 'status'), `Het getal ${v.value} is bekend, maar heeft de status "unknown".`, 'unknown', '"value": null, of een andere status');
    }
    const status = valueStatus(p, v);
    if (status === 'disputed') {
      if (!v.claims) {
        add(ctx, at('values', vi, 'claims'), 'Een betwist getal noemt wat elke bron zegt.', undefined, '"claims": [{"value": ..., "source": "..."}, {"value": ..., "source": "..."}]');
      } else {
        v.claims.forEach((c, ci) => checkSource(pack, ctx, at('values', vi, 'claims', ci, 'source'), c.source));
        const lowest = Math.min(...v.claims.map((c) => c.value));
        if (v.value !== lowest) {
          add(ctx, at('values', vi, 'value'), `Een betwist getal geldt met de laagste waarde uit de bronnen (${lowest}); gevonden ${v.value}.`, v.value, `${lowest}`);
        }
      }
    } else if (v.claims) {
      add(ctx, at('values', vi, 'claims'), `"claims" hoort alleen bij een betwist getal; de status is "${status}".`, v.claims, '"status": "disputed", of geen "claims"');
    }
  });
}

function checkSource(pack: z.infer<typeof packShape>, ctx: Ctx, path: Path, id: string): void {
  if (!Object.prototype.hasOwnProperty.call(pack.sources, id)) {
    const known = Object.keys(pack.sources);
    add(ctx, path, `Bron ${quoteText(id)} staat niet in "sources" van dit pakket.${didYouMean(id, known)}`, id, `een bron uit "sources": ${listOf(known)}`);
  }
}

function checkCondition(
  ctx: Ctx,
  node: { fact: string; op: string; value?: unknown; on?: string; onYearly?: string },
  path: Path,
  param: (ref: ParamRef, path: Path, unit: ParameterUnit | ParameterUnit[]) => void,
): void {
  if (!Object.prototype.hasOwnProperty.call(facts, node.fact)) {
    const hint = didYouMean(node.fact, Object.keys(facts));
    add(ctx, [...path, 'fact'], `Onbekend feit ${quoteText(node.fact)}.${hint || ` Kies een van: ${Object.keys(facts).join(', ')}.`}`, node.fact, 'een feit uit de lijst in shared/packs/facts.ts, zoals client.age of work.status');
    return;
  }
  const def: FactDefinition = facts[node.fact as FactName];
  const kind = def.type.kind;
  const ops: readonly string[] = operatorsByKind[kind];
  if (!ops.includes(node.op)) {
    add(ctx, [...path, 'op'], `Operator ${quoteText(node.op)} past niet bij "${node.fact}" (${kind}).${didYouMean(node.op, ops)} Kies een van: ${ops.join(', ')}.`, node.op, `een van: ${ops.join(', ')}`);
    return;
  }
  if (node.on && !def.dated) add(ctx, [...path, 'on'], `"on" heeft alleen zin bij een feit dat van een datum afhangt; "${node.fact}" doet dat niet.`, node.on, 'geen "on" bij dit feit');
  if (node.onYearly && !def.dated) add(ctx, [...path, 'onYearly'], `"onYearly" heeft alleen zin bij een feit dat van een datum afhangt; "${node.fact}" doet dat niet.`, node.onYearly, 'geen "onYearly" bij dit feit');
  if (node.onYearly && node.on) add(ctx, [...path, 'onYearly'], 'Geef "on" of "onYearly", niet allebei.', node.onYearly, 'alleen "on" of alleen "onYearly"');
  const v = node.value;
  const noValue = ['isSet', 'isNotSet', 'isTrue', 'isFalse'].includes(node.op);
  if (noValue) {
    if (v !== undefined) add(ctx, [...path, 'value'], `Operator "${node.op}" heeft geen "value" nodig.`, v, 'geen "value"');
    return;
  }
  if (v === undefined) {
    add(ctx, [...path, 'value'], `Operator "${node.op}" heeft een "value" nodig.`, undefined, valueHint(kind, node.op));
    return;
  }
  const allowed = 'values' in def.type ? def.type.values : undefined;
  const checkAllowed = (s: string, p: Path) => {
    if (allowed && !allowed.includes(s)) add(ctx, p, `${quoteText(s)} is geen geldige waarde voor "${node.fact}".${didYouMean(s, allowed)} Kies een van: ${allowed.join(', ')}.`, s, `een van: ${allowed.join(', ')}`);
  };
  switch (kind) {
    case 'number':
      if (typeof v === 'object' && v !== null && !Array.isArray(v) && 'param' in v) {
        const unit = factUnitToParamUnit[def.type.kind === 'number' ? def.type.unit : 'count'] ?? 'count';
        param(v as ParamRef, [...path, 'value', 'param'], unit);
      } else add(ctx, [...path, 'value'], 'Een getal in een regel is altijd een parameter met bron: schrijf {"param": "..."}.', v, '{"param": "<id van een parameter>"}');
      break;
    case 'enum':
    case 'string':
      if (node.op === 'in' || node.op === 'notIn') {
        if (!Array.isArray(v)) add(ctx, [...path, 'value'], `Operator "${node.op}" verwacht een lijst met waarden.`, v, 'een lijst met waarden, zoals ["a", "b"]');
        else v.forEach((s, i) => checkAllowed(s, [...path, 'value', i]));
      } else if (typeof v !== 'string') add(ctx, [...path, 'value'], `Operator "${node.op}" verwacht één tekstwaarde.`, v, 'één tekstwaarde tussen ""');
      else checkAllowed(v, [...path, 'value']);
      break;
    case 'set':
      if (!Array.isArray(v)) add(ctx, [...path, 'value'], `Operator "${node.op}" verwacht een lijst met waarden.`, v, 'een lijst met waarden, zoals ["a", "b"]');
      else v.forEach((s, i) => checkAllowed(s, [...path, 'value', i]));
      break;
    case 'date':
      if (typeof v !== 'string' || !isIsoDate(v)) add(ctx, [...path, 'value'], 'Verwacht een geldige datum als jjjj-mm-dd.', v, 'een datum als jjjj-mm-dd, zoals 2024-09-01');
      break;
    case 'boolean':
      break;
  }
}

const valueHint = (kind: string, op: string): string =>
  kind === 'number' ? '{"param": "<id van een parameter>"}'
  : kind === 'date' ? 'een datum als jjjj-mm-dd'
  : kind === 'set' || op === 'in' || op === 'notIn' ? 'een lijst met waarden, zoals ["a", "b"]'
  : 'één tekstwaarde tussen ""';
