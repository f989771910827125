// Evaluates one scheme for one case on the peildatum: validity, every rule with its sentence
// and source, the notices an adviser must see (unverified or unknown figures, a closed
// tijdvak, the budget), and what the scheme could pay on its own.
import type { Figure, Notice, Reason, SchemeEvaluation } from './result.ts';
import type { CaseFile } from '../case/schema.ts';
import type { Pack, ParameterStatus, Scheme } from '../packs/format.ts';
import { formatEuro } from '../money.ts';
import { caseFacts, type CaseFacts } from './facts.ts';
import { evaluateRules, sourceRef, type ParamUse, type SchemeScope } from './rules.ts';
import { resolveCoverage, stackItemsOf } from './coverage.ts';
import { joinNl, longDateNl, quantityNl } from './render.ts';
import { figureKindOf, figureNouns, type FigureKind } from '../labels/figures.ts';
import type { StackItem, StackSource } from './stack.ts';

export interface EvaluatedScheme {
  readonly evaluation: SchemeEvaluation;
  readonly scheme: Scheme;
  readonly pack: Pack;
  /** The scheme as a stack source; null when not eligible or its amount is unknown. */
  readonly source: StackSource | null;
  /** True when a figure behind the amount is not verified (unverified, disputed or unknown). */
  readonly unverified: boolean;
  /** The least sure figure behind the amount, and the sentence the adviser reads next to it. */
  readonly amountStatus: ParameterStatus | undefined;
  readonly uncertainty: string | null;
  readonly figures: Figure[];
}

/** "Deze regeling liep van 1 maart 2022 tot en met 31 december 2023." and friends. */
export const validityReason = (scheme: Scheme, date: string): string | null => {
  if (date < scheme.validFrom) return `Deze regeling begint op ${longDateNl(scheme.validFrom)}.`;
  if (scheme.validTo !== null && date > scheme.validTo) {
    return `Deze regeling liep van ${longDateNl(scheme.validFrom)} tot en met ${longDateNl(scheme.validTo)}.`;
  }
  return null;
};

const tijdvakNotice = (scheme: Scheme, date: string): Notice | null => {
  if (scheme.tijdvakken.length === 0) return null;
  if (scheme.tijdvakken.some((t) => t.opens <= date && date <= t.closes)) return null;
  const next = scheme.tijdvakken.filter((t) => t.opens > date).sort((a, b) => (a.opens < b.opens ? -1 : 1))[0];
  return {
    kind: 'tijdvak-closed',
    text: next
      ? `Aanvragen kan nu niet: het tijdvak is gesloten. Het volgende tijdvak loopt van ${longDateNl(next.opens)} tot en met ${longDateNl(next.closes)}.`
      : 'Aanvragen kan nu niet: het tijdvak is gesloten en er is nog geen nieuw tijdvak bekend.',
  };
};

// The budget status is a snapshot taken on checkedOn. On an earlier peildatum (reconstructing an
// old arrangement) the present tense would claim something nobody checked, so the text then says
// when it was seen and that the situation on the peildatum is unknown.
const budgetNotice = (scheme: Scheme, date: string): Notice | null => {
  const b = scheme.budget;
  if (b.status === 'open') return null;
  const checkedOn = longDateNl(b.checkedOn);
  if (b.checkedOn > date) {
    const seen = {
      'ceiling-reached': `Op ${checkedOn} was het budget van deze regeling op (het budgetplafond was bereikt).`,
      closed: `Op ${checkedOn} nam deze regeling geen nieuwe aanvragen aan.`,
      unknown: `Op ${checkedOn} was niet bekend of er nog budget was.`,
    }[b.status];
    return { kind: 'budget', text: `${seen} Dat is na de peildatum. Hoe het op de peildatum was, is niet bekend.` };
  }
  const checked = `Dit is gecontroleerd op ${checkedOn}.`;
  switch (b.status) {
    case 'ceiling-reached':
      return { kind: 'budget', text: `Het budget van deze regeling is op (het budgetplafond is bereikt). ${checked}` };
    case 'closed':
      return { kind: 'budget', text: `Deze regeling neemt geen nieuwe aanvragen aan. ${checked}` };
    case 'unknown':
      return { kind: 'budget', text: `Het is niet bekend of er nog budget is. ${checked}` };
  }
};

const byIdAndDate = (a: ParamUse, b: ParamUse): number =>
  a.id < b.id ? -1 : a.id > b.id ? 1 : (a.from ?? '') < (b.from ?? '') ? -1 : (a.from ?? '') > (b.from ?? '') ? 1 : 0;

/** "De leeftijd" / "Het bedrag": the figure named by what it is, for the start of a sentence. */
const figureSubject = (kind: FigureKind): string => {
  const { article, noun } = figureNouns[kind];
  return `${article === 'de' ? 'De' : 'Het'} ${noun}`;
};

/** An age in months reads as years and months (802 → "66 jaar en 10 maanden"); any other figure as quantityNl. */
const valueNl = (p: ParamUse, kind: FigureKind): string => {
  if (kind === 'age' && p.unit === 'months' && p.value !== null && Number.isInteger(p.value) && p.value >= 12) {
    const years = Math.floor(p.value / 12);
    const months = p.value % 12;
    return months === 0 ? `${years} jaar` : `${years} jaar en ${quantityNl(months, 'months')}`;
  }
  return quantityNl(p.value ?? 0, p.unit);
};

/**
 * Into `out`, in the order of `sorted` (the parameters by id and date; its first n entries).
 * The subject of a sentence is only made when there is a sentence: most figures are verified
 * and known, and a string per figure per match was garbage.
 */
const paramNotices = (sorted: readonly ParamUse[], n: number, scheme: Scheme, out: Notice[]): void => {
  for (let i = 0; i < n; i++) {
    const p = sorted[i]!;
    if (p.value === null) {
      if (p.inRule) {
        const figure = figureKindOf(p.unit, p.fact);
        out.push({ kind: 'unknown-figure', figure, text: `${figureSubject(figure)} "${p.label}" is niet bekend. Een voorwaarde die dit gebruikt, kan niet worden gecontroleerd. Vraag het na bij ${scheme.funder}.` });
      }
      // Unknown amounts get one notice from the coverage step.
    } else if (p.status === 'disputed') {
      out.push({ kind: 'disputed-figure', figure: figureKindOf(p.unit, p.fact), text: disputedSentence(p, scheme) });
    } else if (p.status === 'unverified') {
      const figure = figureKindOf(p.unit, p.fact);
      const subject = figureSubject(figure);
      out.push({
        kind: 'unverified-figure',
        figure,
        text: `${subject} "${p.label}" (${valueNl(p, figure)}) is niet bevestigd in een officiële bron (laatst bekeken op ${longDateNl(p.lastVerified)}). Controleer dit bij ${scheme.funder} voordat u de cliënt iets belooft.`,
      });
    }
  }
};

/** € 750 rather than € 750,00 in a sentence about what sources say; cents when there are any. */
const figureNl = (n: number, unit: ParamUse['unit']): string =>
  unit === 'cents' && Number.isSafeInteger(n) && n % 100 === 0 ? formatEuro(n).replace(/,00$/, '') : quantityNl(n, unit);

const nounFor = (unit: ParamUse['unit']): string => (unit === 'cents' ? 'bedrag' : unit === 'percent' ? 'percentage' : 'getal');

/** "Dit bedrag is niet zeker: bronnen noemen € 750 en € 800. Vraag het na bij OOM. ..." */
const disputedSentence = (p: ParamUse, scheme: Scheme): string => {
  const values = [...new Set((p.claims ?? []).map((c) => c.value))].sort((a, b) => a - b);
  const noun = nounFor(p.unit);
  const lowest = values[0] ?? p.value ?? 0;
  return `Dit ${noun} is niet zeker: bronnen noemen ${joinNl(values.map((v) => figureNl(v, p.unit)), 'en')}. Vraag het na bij ${scheme.funder}. Arrangeur rekent met het laagste ${noun} (${figureNl(lowest, p.unit)}), zodat de cliënt niet te veel wordt beloofd.`;
};

const statusRank: Record<ParameterStatus, number> = { verified: 0, unverified: 1, disputed: 2, unknown: 3 };

/** The figures behind the amount: status, the plain-Dutch sentence and the list for the screen. */
// What amountCertainty returns, one object overwritten by each call (its caller copies both
// fields out at once), and the sentence list only made when there is a sentence: most
// schemes' figures are verified, and an object and an empty list per scheme were garbage.
const certaintyOut: { status: ParameterStatus | undefined; uncertainty: string | null } = { status: undefined, uncertainty: null };

const amountCertainty = (sorted: readonly ParamUse[], n: number, scheme: Scheme, wholeUnknown: boolean): { readonly status: ParameterStatus | undefined; readonly uncertainty: string | null } => {
  let status: ParameterStatus | undefined;
  let sentences: string[] | null = null;
  for (let i = 0; i < n; i++) {
    const p = sorted[i]!;
    if (!p.inCoverage) continue;
    if (status === undefined || statusRank[p.status] > statusRank[status]) status = p.status;
    let text: string | null = null;
    if (p.status === 'disputed') text = disputedSentence(p, scheme);
    else if (p.status === 'unverified' && p.value !== null) {
      text = `Dit ${nounFor(p.unit)} is niet zeker: "${p.label}" (${figureNl(p.value, p.unit)}) is niet bevestigd in een officiële bron. Vraag het na bij ${scheme.funder} voordat u de cliënt iets belooft.`;
    } else if (p.status === 'unknown') {
      // Unknown for the whole amount (no line at all) or for a part (a study year that counts for nothing).
      text = wholeUnknown
        ? `Het bedrag is niet bekend: "${p.label}" is niet gevonden in de bronnen die voor dit pakket zijn gelezen. Arrangeur noemt daarom geen bedrag. Vraag het na bij ${scheme.funder}.`
        : `Een deel van dit bedrag is niet bekend: "${p.label}"${p.from ? ` vanaf ${longDateNl(p.from)}` : ''} is niet gevonden in de bronnen die voor dit pakket zijn gelezen. Vraag het na bij ${scheme.funder}.`;
    }
    if (text) {
      if (sentences === null) sentences = [text];
      else if (!sentences.includes(text)) sentences.push(text);
    }
  }
  certaintyOut.status = status;
  certaintyOut.uncertainty = sentences === null ? null : sentences.join(' ');
  return certaintyOut;
};

/**
 * A figure is the same on every match that reads the same value of the same parameter for the
 * same use, so it is made once, frozen and shared, as a rule's reason is (rules.ts, reasonOf):
 * figures were about a seventh of what a 500-scheme match allocated. Kept per pack object read
 * (the dated value, or the parameter) and use; a kept figure is only handed out when every
 * property equals what this read gives, so a hand-built pack that shares objects between
 * parameters gets a figure of its own instead of another's.
 */
const figureCache = new WeakMap<object, Array<Figure | undefined>>();
const USED_FOR = ['rule', 'amount', 'both'] as const;

const sameClaims = (a: Figure['claims'], b: ParamUse['claims']): boolean => {
  if (!a || !b) return !a && !b;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i]!.value !== b[i]!.value || a[i]!.source !== b[i]!.source) return false;
  return true;
};

const figureOf = (p: ParamUse): Figure => {
  const use = p.inRule && p.inCoverage ? 2 : p.inCoverage ? 1 : 0;
  let kept = figureCache.get(p.origin);
  if (kept === undefined) figureCache.set(p.origin, (kept = [undefined, undefined, undefined]));
  const f = kept[use];
  if (
    f !== undefined &&
    f.parameter === p.id &&
    f.label === p.label &&
    f.unit === p.unit &&
    f.value === p.value &&
    f.from === p.from &&
    f.status === p.status &&
    f.lastVerified === p.lastVerified &&
    f.source === p.source &&
    sameClaims(f.claims, p.claims)
  ) {
    return f;
  }
  const made: Figure = {
    parameter: p.id,
    label: p.label,
    unit: p.unit,
    value: p.value,
    from: p.from,
    status: p.status,
    lastVerified: p.lastVerified,
    source: p.source,
    usedFor: USED_FOR[use],
  };
  if (p.claims) made.claims = Object.freeze(p.claims.map((c) => Object.freeze({ value: c.value, source: c.source }))) as Figure['claims'];
  kept[use] = Object.freeze(made);
  return made;
};

const figuresOf = (sorted: readonly ParamUse[], n: number): Figure[] => {
  const figures: Figure[] = new Array(n);
  for (let i = 0; i < n; i++) figures[i] = figureOf(sorted[i]!);
  return figures;
};

/**
 * The parameters by id and date, in place. Insertion sort: a scheme reads a handful, and
 * Array.prototype.sort allocates a work array on every call (three per scheme, 500 schemes per
 * match, was a good part of a match's garbage). Ids and dates are unique together, so the
 * order is the one any sort gives.
 */
const sortParams = (params: ParamUse[], n: number): void => {
  for (let i = 1; i < n; i++) {
    const p = params[i]!;
    let j = i - 1;
    while (j >= 0 && byIdAndDate(params[j]!, p) > 0) {
      params[j + 1] = params[j]!;
      j--;
    }
    params[j + 1] = p;
  }
};

// One scope for every scheme: evaluateWithFacts runs to its end before the next scheme, and
// nothing it returns refers to the scope, its list or its entries (the figures are new
// objects). A scope and a list per scheme, 500 per match, were garbage the moment the scheme
// was done; the entries of the list are reused too (paramCount, see SchemeScope).
const reusedScope: { -readonly [K in keyof SchemeScope]: SchemeScope[K] } = { scheme: null!, pack: null!, facts: null!, params: [], paramCount: 0 };

/**
 * The validity reason of a scheme outside its validity, made once per scheme and side (not yet
 * begun, ended) and frozen, like a rule's reason (rules.ts, reasonOf): the sentence depends on
 * the scheme's dates only, and building it with two long dates for every such scheme on every
 * match was garbage.
 */
const validityCache = new WeakMap<Scheme, { pack: Pack; before: Reason | null; after: Reason | null }>();
const validityReasonOf = (scheme: Scheme, pack: Pack, date: string): Reason | null => {
  const before = date < scheme.validFrom;
  if (!before && (scheme.validTo === null || date <= scheme.validTo)) return null;
  let cached = validityCache.get(scheme);
  if (cached === undefined || cached.pack !== pack) {
    cached = { pack, before: null, after: null };
    validityCache.set(scheme, cached);
  }
  let reason = before ? cached.before : cached.after;
  if (reason === null) {
    reason = Object.freeze({ rule: 'validity', passed: false, text: validityReason(scheme, date)!, source: sourceRef(pack, scheme.sources[0]) });
    if (before) cached.before = reason;
    else cached.after = reason;
  }
  return reason;
};

/**
 * What evaluateInto found besides the evaluation itself, for the scheme it evaluated last. One
 * object, overwritten by the next scheme: match() wraps only the few eligible schemes of 500
 * (the ones that can pay or be listed as possible) and keeps nothing else of an ineligible one
 * than its evaluation, where a wrapper per scheme was garbage the moment the match returned.
 */
export const lastExtras: { -readonly [K in 'source' | 'unverified' | 'amountStatus' | 'uncertainty' | 'figures']: EvaluatedScheme[K] } = {
  source: null,
  unverified: false,
  amountStatus: undefined,
  uncertainty: null,
  figures: [],
};

const noExtras = (): void => {
  lastExtras.source = null;
  lastExtras.unverified = false;
  lastExtras.amountStatus = undefined;
  lastExtras.uncertainty = null;
  lastExtras.figures = NO_FIGURES;
};

/** The scheme evaluated last by evaluateInto, as one object of its own. */
export const wrapEvaluation = (evaluation: SchemeEvaluation, scheme: Scheme, pack: Pack): EvaluatedScheme => ({
  evaluation,
  scheme,
  pack,
  source: lastExtras.source,
  unverified: lastExtras.unverified,
  amountStatus: lastExtras.amountStatus,
  uncertainty: lastExtras.uncertainty,
  figures: lastExtras.figures,
});

/**
 * The evaluation of one scheme; the rest of what evaluateWithFacts returns is left in
 * lastExtras until the next call. Each evaluation is made with all its properties at once (one
 * literal per set of properties, in the order they always had), not extended afterwards: every
 * added property moved the object to another hidden class, and the evaluations of one match
 * then had several shapes where two do.
 */
export const evaluateInto = (scheme: Scheme, pack: Pack, facts: CaseFacts, items: readonly StackItem[]): SchemeEvaluation => {
  const reason = validityReasonOf(scheme, pack, facts.referenceDate);
  if (reason !== null) {
    noExtras();
    return { schemeId: scheme.id, name: scheme.name, packId: pack.id, eligible: false, status: 'outside-validity', reasons: [reason], notices: [], maxAmountCents: null };
  }
  const scope = reusedScope;
  scope.scheme = scheme;
  scope.pack = pack;
  scope.facts = facts;
  const params = scope.params;
  scope.paramCount = 0;
  const rules = evaluateRules(scope);
  const cov = rules.passed ? resolveCoverage(scope, items) : null;
  const n = scope.paramCount;
  sortParams(params, n);
  // Notices in this order: the figures' (by parameter), the tijdvak, the budget, the coverage's.
  const notices: Notice[] = [];
  paramNotices(params, n, scheme, notices);
  if (cov) {
    const tv = tijdvakNotice(scheme, facts.referenceDate);
    if (tv) notices.push(tv);
    const bn = budgetNotice(scheme, facts.referenceDate);
    if (bn) notices.push(bn);
    for (const n of cov.notices) notices.push(n);
  }
  const source = cov ? cov.source : null;
  const maxAmountCents = cov ? cov.maxAmountCents : null;
  const eligible = rules.passed;
  const status = eligible ? 'eligible' : 'ineligible';
  const reasons = rules.reasons;
  // Most of 500 schemes fail on a rule that reads no figure (region, sector fund): then there are
  // no figure notices, statuses or lists to build, and allocating empty ones for each scheme on
  // every match is what fills the young generation and puts a collection into the tail.
  if (n === 0) {
    noExtras();
    lastExtras.source = source;
    return { schemeId: scheme.id, name: scheme.name, packId: pack.id, eligible, status, reasons, notices, maxAmountCents };
  }
  let unverified = false;
  for (let i = 0; i < n; i++) if (params[i]!.inCoverage && params[i]!.status !== 'verified') unverified = true;
  const certainty = amountCertainty(params, n, scheme, eligible && maxAmountCents === null);
  // One figure per entry of params, so there is at least one here.
  const figures = figuresOf(params, n);
  scope.paramCount = 0;
  lastExtras.source = source;
  lastExtras.unverified = unverified;
  lastExtras.amountStatus = certainty.status;
  lastExtras.uncertainty = certainty.uncertainty;
  lastExtras.figures = figures;
  if (certainty.status === undefined) {
    return { schemeId: scheme.id, name: scheme.name, packId: pack.id, eligible, status, reasons, notices, maxAmountCents, figures };
  }
  return {
    schemeId: scheme.id,
    name: scheme.name,
    packId: pack.id,
    eligible,
    status,
    reasons,
    notices,
    maxAmountCents,
    figures,
    amountStatus: certainty.status,
    uncertainty: certainty.uncertainty,
  };
};

/** Internal form: facts computed once per case and the case's items shared by all schemes. */
export const evaluateWithFacts = (scheme: Scheme, pack: Pack, facts: CaseFacts, items: readonly StackItem[]): EvaluatedScheme =>
  wrapEvaluation(evaluateInto(scheme, pack, facts, items), scheme, pack);

/** Shared and never written to: an evaluation without figures has none to list. */
const NO_FIGURES: Figure[] = [];

/** Evaluates one scheme for a case on the peildatum (the case's, or options.referenceDate). */
export const evaluateScheme = (
  scheme: Scheme,
  pack: Pack,
  caseFile: CaseFile,
  options: { referenceDate?: string } = {},
): SchemeEvaluation => {
  const date = options.referenceDate ?? caseFile.referenceDate;
  return evaluateWithFacts(scheme, pack, caseFacts(caseFile, date), stackItemsOf(caseFile)).evaluation;
};
