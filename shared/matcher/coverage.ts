// Turns a scheme's coverage (percent, caps, pro rata, history, cofinancing, amounts from the
// case) into one stack source for this case. Every figure comes from a dated parameter; an
// unknown figure (null) makes the amount unknown, and the scheme is then left out of the
// arrangement with a notice instead of being given an invented amount.
import type { Notice } from './result.ts';
import type { CaseFile } from '../case/schema.ts';
import { formatEuro } from '../money.ts';
import { percentToBasisPoints } from './params.ts';
import { readParam, testCondition, type SchemeScope } from './rules.ts';
import { lastYearlyDate } from './facts.ts';
import { soloAmount, type StackItem, type StackSource } from './stack.ts';
import { categoryLabel } from './labels.ts';
import { joinNl } from './render.ts';

export interface ResolvedCoverage {
  /** null when a figure needed for the amount is unknown. */
  readonly source: StackSource | null;
  readonly maxAmountCents: number | null;
  readonly notices: Notice[];
}

/** The case's cost items as stack items; ids follow the case's order ("cost-0", ...). */
export const stackItemsOf = (c: CaseFile): StackItem[] =>
  c.training.costs.map((cost, i) => ({ id: `cost-${i}`, category: cost.category, amountCents: cost.amountCents }));

export const resolveCoverage = (s: SchemeScope, items: readonly StackItem[]): ResolvedCoverage => {
  const { scheme, facts } = s;
  const cov = scheme.coverage;
  const date = facts.referenceDate;
  const notices: Notice[] = [];
  let unknown = false;
  const read = (id: string): number | null => {
    const v = readParam(s, id, date, 'coverage');
    if (v === null) unknown = true;
    return v;
  };

  const percent = resolvePercent(s, read);
  let cap: number | null = null;
  const lower = (amount: number) => (cap = cap === null ? amount : Math.min(cap, amount));
  for (const c of cov.caps) {
    if (c.when && c.when.length > 0) {
      const outcomes = c.when.map((w) => testCondition(w, s, 'coverage'));
      if (outcomes.some((o) => o === null)) {
        unknown = true;
        continue;
      }
      if (!outcomes.every((o) => o === true)) continue;
    }
    let capCents: number;
    if (c.per === 'study-year') {
      const perYear = studyYearCap(s, c.amount.param, c.studyYearStart ?? '09-01', notices);
      if (perYear === null) {
        unknown = true;
        continue;
      }
      capCents = perYear;
    } else {
      const amount = read(c.amount.param);
      if (amount === null) continue;
      capCents = Math.floor(amount);
    }
    if (c.proRataByHours) {
      const fullTime = read(c.proRataByHours.param);
      if (fullTime === null) continue;
      const hours = facts.caseFile.work.hoursPerWeek;
      if (fullTime > 0 && hours < fullTime) capCents = Math.floor((capCents * hours) / fullTime);
    }
    if (c.per === 'calendar-year') capCents = afterHistory(s, capCents, notices);
    lower(capCents);
  }

  let fixed: number | null = null;
  if (cov.amountFromCase === 'training.employerContributionCents') {
    fixed = facts.caseFile.training.employerContributionCents ?? 0;
    if (fixed === 0) notices.push({ kind: 'other', text: 'Er is geen bijdrage van de werkgever ingevuld. Vul het bedrag in dat de werkgever heeft toegezegd.' });
  }

  const cof = scheme.stacking.cofinancing;
  const share = cof ? read(cof.share.param) : null;

  if (unknown || percent === null) {
    notices.push({
      kind: 'unknown-figure',
      figure: 'amount',
      text: `Het bedrag van deze regeling is niet bekend, omdat een getal ontbreekt in de openbare bronnen. Vraag het bedrag na bij ${scheme.funder}.`,
    });
    return { source: null, maxAmountCents: null, notices };
  }

  const source: StackSource = {
    id: scheme.id,
    kind: scheme.kind,
    mode: scheme.stacking.mode,
    payer: scheme.funder,
    categories: cov.categories,
    percentBp: percentToBasisPoints(percent),
    capCents: cap,
    cofinancing: cof && share !== null ? { shareBp: percentToBasisPoints(share), payer: cof.payer } : null,
    fixedAmountCents: fixed,
  };
  const covered = items.filter((i) => cov.categories.includes(i.category as never) && i.amountCents > 0);
  if (covered.length === 0) {
    const labels = cov.categories.map(categoryLabel);
    notices.push({ kind: 'other', text: `Deze regeling betaalt alleen ${joinNl(labels, 'of')}. Die kosten staan niet in deze aanvraag.` });
  }
  return { source, maxAmountCents: soloAmount(source, items), notices };
};

/**
 * The percentage: the first percentRule whose conditions all hold, else `percent`, else 100.
 * An undecidable condition (an unknown figure) makes the percentage unknown.
 */
const resolvePercent = (s: SchemeScope, read: (id: string) => number | null): number | null => {
  const cov = s.scheme.coverage;
  for (const r of cov.percentRules ?? []) {
    const outcomes = r.when.map((w) => testCondition(w, s, 'coverage'));
    if (outcomes.some((o) => o === null)) return null;
    if (outcomes.every((o) => o === true)) return read(r.percent.param);
  }
  return cov.percent ? read(cov.percent.param) : 100;
};

/** 2024 and "09-01" → "2024-2025": how DUO and schools name a study year. */
const studyYearName = (start: string): string => `${start.slice(0, 4)}-${Number(start.slice(0, 4)) + 1}`;

/**
 * A maximum per study year (DUO's levenlanglerenkrediet): the training's study years are the
 * years that start on `monthDay` and overlap start..end; each year's maximum is read on that
 * year's first day, and the maxima add up. A year whose maximum is not known counts for
 * nothing, with a notice, so the amount shown is never more than the sources allow. All years
 * unknown = the cap is unknown (null).
 */
const studyYearCap = (s: SchemeScope, paramId: string, monthDay: string, notices: Notice[]): number | null => {
  const training = s.facts.caseFile.training;
  let yearStart = lastYearlyDate(training.startDate, monthDay);
  let total = 0;
  let known = 0;
  const unknownYears: string[] = [];
  // A training longer than 20 study years is a typo; the bound keeps a bad case from looping.
  for (let i = 0; i < 20 && yearStart <= training.endDate; i++) {
    const amount = readParam(s, paramId, yearStart, 'coverage');
    if (amount === null) unknownYears.push(studyYearName(yearStart));
    else {
      total += Math.floor(amount);
      known++;
    }
    yearStart = lastYearlyDate(`${String(Number(yearStart.slice(0, 4)) + 1).padStart(4, '0')}-12-31`, monthDay);
  }
  if (known === 0) return null;
  if (unknownYears.length > 0) {
    const label = s.scheme.parameters[paramId]?.label ?? paramId;
    notices.push({
      kind: 'unknown-figure',
      figure: 'amount',
      text: `Het getal "${label}" is voor studiejaar ${joinNl(unknownYears, 'en')} niet bekend. Dat studiejaar telt daarom niet mee in dit bedrag. Vraag het na bij ${s.scheme.funder}.`,
    });
  }
  return total;
};

/** A calendar-year cap minus what this scheme already paid this client in that year. */
const afterHistory = (s: SchemeScope, capCents: number, notices: Notice[]): number => {
  const year = s.facts.referenceDate.slice(0, 4);
  const uses = s.facts.caseFile.schemesUsed.filter((u) => u.schemeId === s.scheme.id && u.date.slice(0, 4) === year);
  if (uses.length === 0) return capCents;
  if (uses.some((u) => u.amountCents === undefined)) {
    notices.push({
      kind: 'cap-history',
      text: `Deze regeling is in ${year} al gebruikt, maar het bedrag daarvan is niet ingevuld. We rekenen alsof het hele jaarbedrag al is gebruikt; vul het bedrag in als u het weet.`,
    });
    return 0;
  }
  const used = uses.reduce((sum, u) => sum + (u.amountCents ?? 0), 0);
  const left = Math.max(0, capCents - used);
  notices.push({
    kind: 'cap-history',
    text: `In ${year} is al ${formatEuro(used)} uit deze regeling gebruikt. Er is dit jaar nog ${formatEuro(left)} over.`,
  });
  return left;
};
