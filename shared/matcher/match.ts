// The matcher: every scheme of the loaded packs evaluated on the peildatum, the eligible ones
// stacked into the arrangement that leaves the client the smallest own contribution.
// Pure and deterministic: the same case and packs give the same result in any order.
import type { ArrangementResult, FundingLine, Notice, PossibleScheme, SchemeEvaluation } from './result.ts';
import type { CaseFile, CostCategory } from '../case/schema.ts';
import type { Pack, Scheme } from '../packs/format.ts';
import { caseFacts } from './facts.ts';
import { evaluateInto, wrapEvaluation, type EvaluatedScheme } from './evaluate.ts';
import { stackItemsOf } from './coverage.ts';
import { sharesOf, stack, type StackingInstance, type StackLine, type StackResult, type StackSource } from './stack.ts';
import { sourceRef } from './rules.ts';
import { numberNl } from './render.ts';
import { applicantLabels } from '../labels/packs.ts';

export interface MatchOptions {
  /** Evaluate on this peildatum instead of the case's referenceDate (ISO yyyy-mm-dd). */
  readonly referenceDate?: string;
}

const semverKey = (v: string): number[] => v.split(/[.-]/).slice(0, 3).map((x) => Number(x) || 0);
const newerPack = (a: Pack, b: Pack): boolean => {
  const ka = semverKey(a.version);
  const kb = semverKey(b.version);
  for (let i = 0; i < 3; i++) if (ka[i] !== kb[i]) return ka[i]! > kb[i]!;
  return a.id < b.id;
};

type Entry = { scheme: Scheme; pack: Pack };
const byId = (a: Entry, b: Entry): number => (a.scheme.id < b.scheme.id ? -1 : a.scheme.id > b.scheme.id ? 1 : 0);

// Sorting 5,000 schemes on every keystroke is wasted work: a pack object is immutable once
// loaded, so its sorted list is kept per pack object.
const sortedCache = new WeakMap<Pack, { list: Entry[]; unique: boolean }>();
const sortedEntry = (pack: Pack): { list: Entry[]; unique: boolean } => {
  let entry = sortedCache.get(pack);
  if (!entry) {
    const list = pack.schemes.map((scheme) => ({ scheme, pack })).sort(byId);
    // A validated pack has unique ids; a hand-built one might not.
    entry = { list, unique: list.every((e, i) => i === 0 || e.scheme.id !== list[i - 1]!.scheme.id) };
    sortedCache.set(pack, entry);
  }
  return entry;
};
const sortedSchemes = (pack: Pack): Entry[] => sortedEntry(pack).list;

/**
 * All schemes sorted by id. When two loaded packs carry the same scheme id (two versions of one
 * pack), the newest pack version wins, so loading order never changes the outcome.
 */
export const collectSchemes = (packs: readonly Pack[]): Entry[] => {
  if (packs.length === 1) {
    const entry = sortedEntry(packs[0]!);
    if (entry.unique) return entry.list;
  }
  const merged = packs.flatMap(sortedSchemes).sort(byId);
  const out: Entry[] = [];
  for (const e of merged) {
    const prev = out[out.length - 1];
    if (prev && prev.scheme.id === e.scheme.id) {
      if (newerPack(e.pack, prev.pack)) out[out.length - 1] = e;
    } else out.push(e);
  }
  return out;
};

const evaluateAll = (caseFile: CaseFile, packs: readonly Pack[], options: MatchOptions) => {
  const referenceDate = options.referenceDate ?? caseFile.referenceDate;
  const facts = caseFacts(caseFile, referenceDate);
  const items = stackItemsOf(caseFile);
  const entries = collectSchemes(packs);
  // Every scheme's evaluation, in order; the rest of what is known about a scheme (its source,
  // figures, scheme and pack objects) is kept only for the eligible ones, with their place in
  // that list: only they can pay or be listed as possible. A wrapper object per scheme, 500 per
  // match, mostly of ineligible schemes, was thrown away as soon as the match returned.
  // Loops rather than map, flatMap and new Map(pairs), for the same reason.
  const evaluations: SchemeEvaluation[] = new Array(entries.length);
  const eligible: EvaluatedScheme[] = [];
  const eligibleAt: number[] = [];
  const sources: StackSource[] = [];
  const withSource = new Map<string, EvaluatedScheme>();
  for (let i = 0; i < entries.length; i++) {
    const { scheme, pack } = entries[i]!;
    const evaluation = evaluateInto(scheme, pack, facts, items);
    evaluations[i] = evaluation;
    if (!evaluation.eligible) continue;
    const e = wrapEvaluation(evaluation, scheme, pack);
    eligible.push(e);
    eligibleAt.push(i);
    if (!e.source) continue;
    sources.push(e.source);
    withSource.set(scheme.id, e);
  }
  const instance: StackingInstance = { items, sources };
  return { referenceDate, evaluations, eligible, eligibleAt, withSource, instance };
};

/** The stacking instance of a case: its cost items and every eligible scheme with a known amount. */
export const buildStackingInstance = (caseFile: CaseFile, packs: readonly Pack[], options: MatchOptions = {}): StackingInstance =>
  evaluateAll(caseFile, packs, options).instance;

export const match = (caseFile: CaseFile, packs: readonly Pack[], options: MatchOptions = {}): ArrangementResult => {
  const { referenceDate, evaluations, eligible, eligibleAt, withSource: evaluatedById, instance } = evaluateAll(caseFile, packs, options);
  const result = stack(instance);
  const categoryOf = new Map(instance.items.map((i) => [i.id, i.category as CostCategory]));

  const lines: FundingLine[] = result.lines.map((l) => {
    const e = evaluatedById.get(l.sourceId)!;
    const costs: Partial<Record<CostCategory, number>> = {};
    for (const [itemId, cents] of Object.entries(l.byItem)) {
      const cat = categoryOf.get(itemId)!;
      costs[cat] = (costs[cat] ?? 0) + cents;
    }
    return {
      schemeId: l.sourceId,
      name: e.scheme.name,
      kind: l.kind,
      payer: l.payer,
      amountCents: l.amountCents,
      costs: sortedCosts(costs),
      unverified: e.unverified,
      stacking: e.scheme.stacking.mode,
      // The status next to the amount: the least sure figure that decided it (verified when
      // no figure did, e.g. an offer that pays the full cost or the employer's own amount).
      status: e.amountStatus ?? 'verified',
      uncertainty: e.uncertainty,
      figures: e.figures.filter((f) => f.usedFor !== 'rule'),
      ...contributionFields(l, e),
    };
  });
  lines.sort((a, b) => (a.schemeId < b.schemeId ? -1 : a.schemeId > b.schemeId ? 1 : a.kind === 'cofinancing' ? 1 : b.kind === 'cofinancing' ? -1 : 0));

  const paid = new Set(lines.map((l) => l.schemeId));
  // Only an eligible scheme has a source; evaluations is this match's own list, changed in place.
  for (let j = 0; j < eligible.length; j++) {
    const e = eligible[j]!;
    const notice = paid.has(e.scheme.id) || !e.source ? null : stackingNotice(e, result, evaluatedById);
    if (notice) evaluations[eligibleAt[j]!] = { ...e.evaluation, notices: [...e.evaluation.notices, notice] };
  }

  const covered = lines.reduce((sum, l) => sum + l.amountCents, 0);
  const alsoPossible = eligible.filter((e) => e.source === null).map(possibleScheme);
  return {
    referenceDate,
    totalCostCents: result.totalCostCents,
    ownContributionCents: result.totalCostCents - covered,
    loanCents: lines.filter((l) => l.kind === 'loan').reduce((sum, l) => sum + l.amountCents, 0),
    lines,
    evaluations,
    ...(alsoPossible.length > 0 ? { alsoPossible } : {}),
  };
};

/** "de werkgever" for the payer "Werkgever"; any other payer by its own name. */
const payerSubject = (payer: string): string => (/^werkgever\b/i.test(payer.trim()) ? `de ${payer.trim().toLowerCase()}` : payer.trim());

/**
 * A line of kind cofinancing is one of two different things, told apart here where the stacker
 * still knows: the share a scheme demands from another party (the stacker's cofinancing part,
 * e.g. Tel mee met Taal's employer share) or the amount a party promised itself (a scheme of
 * kind cofinancing paying its own main line, e.g. the employer's contribution the adviser set).
 */
const contributionFields = (l: StackLine, e: EvaluatedScheme): Pick<FundingLine, 'contribution' | 'explanation'> => {
  if (l.kind !== 'cofinancing') return {};
  const who = payerSubject(l.payer);
  if (l.part === 'cofinancing') {
    const share = e.source ? sharesOf(e.source).cof : 0;
    const part = share > 0 ? `: ${numberNl(share / 100)}% van de kosten die de regeling betaalt` : '';
    return {
      contribution: 'required',
      explanation: `${e.scheme.name} betaalt alleen als ${who} zelf ook een deel betaalt${part}. Deze bijdrage is dus verplicht.`,
    };
  }
  return { contribution: 'promised', explanation: `Dit bedrag heeft ${who} zelf toegezegd.` };
};

/** What to do to learn the amount of an eligible scheme whose amount is not known, in plain Dutch ("u"). */
const possibleScheme = (e: EvaluatedScheme): PossibleScheme => {
  const { scheme, pack } = e;
  const applicant = scheme.application.applicant;
  const byEmployer = applicant === 'employer' || /^werkgever\b/i.test(scheme.funder.trim());
  const ask = byEmployer
    ? 'Vraag uw werkgever hoeveel u uit deze regeling kunt krijgen.'
    : applicant === 'provider'
      ? 'Vraag de opleider hoeveel u uit deze regeling kunt krijgen.'
      : applicant === 'uwv-adviser'
        ? 'Vraag uw adviseur van UWV hoeveel u uit deze regeling kunt krijgen.'
        : `Vraag bij ${scheme.funder} hoeveel u uit deze regeling kunt krijgen.`;
  const applies = applicant === 'client' ? 'U vraagt de regeling zelf aan.' : `${applicantLabels[applicant]} vraagt de regeling aan.`;
  const firstSource = sourceRef(pack, scheme.sources[0]);
  return {
    schemeId: scheme.id,
    name: scheme.name,
    packId: pack.id,
    funder: scheme.funder,
    applicant,
    todo: `U komt waarschijnlijk in aanmerking, maar het bedrag is niet bekend. ${ask} ${applies} Uw adviseur kan u daarbij helpen.`,
    url: scheme.application.url ?? firstSource?.url ?? null,
    source: firstSource,
  };
};

const sortedCosts = (costs: Partial<Record<CostCategory, number>>): Partial<Record<CostCategory, number>> =>
  Object.fromEntries(Object.entries(costs).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

/** Why an eligible scheme that could pay something is not in the arrangement. */
const stackingNotice = (e: EvaluatedScheme, result: StackResult, byId: Map<string, EvaluatedScheme>): Notice | null => {
  const src = e.source;
  if (!src || !e.evaluation.maxAmountCents) return null;
  const plain = result.alternatives.find((a) => a.exclusive === null)!;
  const why = (winner: StackResult['alternatives'][number], loser: StackResult['alternatives'][number]): string =>
    winner.ownContributionCents < loser.ownContributionCents
      ? 'meer op'
      : winner.loanCents < loser.loanCents
        ? 'evenveel op, met minder lening'
        : 'evenveel op, met minder aanvragen';
  if (result.exclusiveChosen !== null) {
    const chosen = byId.get(result.exclusiveChosen)!;
    const alone = result.alternatives.find((a) => a.exclusive === result.exclusiveChosen)!;
    return {
      kind: 'excluded-by-stacking',
      text: `Er is gekozen voor "${chosen.scheme.name}". Die regeling mag niet samen met andere regelingen, en levert alleen ${why(alone, plain)} dan de andere regelingen samen.`,
    };
  }
  if (src.mode === 'exclusive') {
    const alone = result.alternatives.find((a) => a.exclusive === src.id)!;
    return {
      kind: 'excluded-by-stacking',
      text: `Deze regeling mag niet samen met andere subsidies. De andere regelingen samen leveren ${why(plain, alone)}.`,
    };
  }
  const text = result.dropped.includes(src.id)
    ? 'Andere regelingen betalen deze kosten al. Zonder deze regeling blijft het resultaat hetzelfde, met minder aanvragen.'
    : src.kind === 'loan'
      ? 'Deze lening is niet nodig: de subsidies betalen de kosten die de lening zou dekken.'
      : src.mode === 'remainder-only'
        ? 'Deze regeling vult alleen aan wat andere subsidies overlaten, en er blijft niets over.'
        : 'De kosten die deze regeling betaalt, worden al door andere regelingen betaald.';
  return { kind: 'excluded-by-stacking', text };
};
