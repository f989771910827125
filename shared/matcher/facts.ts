// The values of the typed facts of shared/packs/facts.ts for one case. Dated facts (ages,
// years in service) depend on the date a rule names: the peildatum or the training's start.
import type { CaseFile } from '../case/schema.ts';
import { ageOn, isIsoDate } from '../dates/index.ts';
import type { FactName } from '../packs/facts.ts';

export type FactValue = number | string | boolean | readonly string[] | null;
export type DateBasis = 'referenceDate' | 'trainingStart';

/**
 * The last occurrence of a day of the year ("12-31") on or before the peildatum: a collective
 * agreement's yearly reference date. 29 February falls back to the 28th in other years.
 */
export const lastYearlyDate = (referenceDate: string, monthDay: string): string => {
  const on = (year: number): string => {
    const d = `${String(year).padStart(4, '0')}-${monthDay}`;
    return isIsoDate(d) ? d : `${String(year).padStart(4, '0')}-${monthDay.slice(0, 2)}-28`;
  };
  const year = Number(referenceDate.slice(0, 4));
  const thisYear = on(year);
  return thisYear <= referenceDate ? thisYear : on(year - 1);
};

const startkwalificatie = new Set(['havo', 'vwo', 'mbo2', 'mbo3', 'mbo4', 'hbo-ad', 'hbo-bachelor', 'wo-bachelor', 'master', 'doctoraat']);

const ymd = (iso: string): [number, number, number] => iso.split('-').map(Number) as [number, number, number];

/** Whole months between two ISO dates (a month is complete on the same day-of-month). */
export const wholeMonthsBetween = (fromIso: string, toIso: string): number => {
  const [fy, fm, fd] = ymd(fromIso);
  const [ty, tm, td] = ymd(toIso);
  return (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
};

const daysInMonth = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** ISO date plus n months; the day is clamped to the month's end (31 jan + 1 month = 28/29 feb). */
export const addMonths = (iso: string, n: number): string => {
  const [y, m, d] = ymd(iso);
  const total = y * 12 + (m - 1) + n;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  const nd = Math.min(d, daysInMonth(ny, nm));
  return `${String(ny).padStart(4, '0')}-${String(nm).padStart(2, '0')}-${String(nd).padStart(2, '0')}`;
};

export const addDays = (iso: string, n: number): string => {
  const [y, m, d] = ymd(iso);
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
};

/**
 * Duration in months, rounded up, counting the end date as a training day: 1 jan to 31 dec is
 * 12 months, a one-day course is 1 month. "At most a year" rules then read as `lte 12`.
 */
export const durationMonths = (startIso: string, endIso: string): number => {
  const after = addDays(endIso, 1);
  let months = Math.max(0, wholeMonthsBetween(startIso, after));
  while (addMonths(startIso, months) < after) months++;
  return months;
};

export interface CaseFacts {
  readonly caseFile: CaseFile;
  readonly referenceDate: string;
  readonly trainingStart: string;
  /** Scheme ids used in the calendar year of the peildatum. */
  readonly usedThisYear: ReadonlySet<string>;
  readonly fixed: ReadonlyMap<string, FactValue>;
  readonly dated: Readonly<Record<DateBasis, ReadonlyMap<string, FactValue>>>;
  /** Dated facts on a yearly date ("12-31"), computed when a rule first asks (cache). */
  readonly yearly: Map<string, { readonly date: string; readonly values: ReadonlyMap<string, FactValue> }>;
}

const datedFacts = (c: CaseFile, on: string): Map<string, FactValue> => {
  const start = c.work.employmentStartDate;
  return new Map<string, FactValue>([
    ['client.age', ageOn(c.client.birthDate, on)],
    ['client.ageMonths', Math.max(0, wholeMonthsBetween(c.client.birthDate, on))],
    ['work.yearsInService', start === null ? null : Math.max(0, ageOn(start, on))],
    ['work.monthsSinceEmploymentEnd', c.work.employmentEndDate ? wholeMonthsBetween(c.work.employmentEndDate, on) : null],
  ]);
};

/** Computed once per case and peildatum, then shared by every scheme (500 schemes, one case). */
export const caseFacts = (c: CaseFile, referenceDate: string): CaseFacts => {
  const year = referenceDate.slice(0, 4);
  const usedThisYear = new Set(c.schemesUsed.filter((u) => u.date.slice(0, 4) === year).map((u) => u.schemeId));
  const bs = c.basicSkills;
  const fixed = new Map<string, FactValue>([
    ['client.educationLevel', c.client.educationLevel],
    ['client.hasStartkwalificatie', startkwalificatie.has(c.client.educationLevel)],
    ['client.region', c.client.region],
    ['work.status', c.work.status],
    ['work.contract', c.work.contract],
    ['work.hoursPerWeek', c.work.hoursPerWeek],
    ['work.employerSize', c.work.employerSize],
    ['work.sectorFund', c.work.sectorFund],
    ['work.benefit', c.work.benefit],
    ['work.dismissalNotice', c.work.dismissalNotice],
    ['work.agencyPhase', c.work.agencyPhase ?? null],
    ['client.nlInsuredSixMonths', c.client.nlInsuredSixMonths ?? null],
    ['case.referenceDate', referenceDate],
    ['studentFinance.studiefinanciering', c.studentFinance.studiefinanciering],
    ['studentFinance.wtos', c.studentFinance.wtos],
    ['studentFinance.lerarenbeurs', c.studentFinance.lerarenbeurs],
    ['basicSkills.language', bs.language],
    ['basicSkills.numeracy', bs.numeracy],
    ['basicSkills.digital', bs.digital],
    ['basicSkills.anyInsufficient', bs.language === 'insufficient' || bs.numeracy === 'insufficient' || bs.digital === 'insufficient'],
    ['training.kind', c.training.kind],
    ['training.mboPathway', c.training.mboPathway],
    ['training.level', c.training.level],
    ['training.recognitions', [...c.training.recognitions].sort()],
    ['training.purpose', c.training.purpose],
    ['training.kansberoep', c.training.kansberoep],
    ['training.jobGuarantee', c.training.jobGuarantee],
    ['training.durationMonths', durationMonths(c.training.startDate, c.training.endDate)],
    ['training.startDate', c.training.startDate],
    ['training.startsAfterReferenceDate', c.training.startDate > referenceDate],
    ['training.tuitionKind', c.training.tuitionKind ?? null],
    ['training.nlqfLevel', c.training.nlqfLevel === null || c.training.nlqfLevel === undefined ? null : String(c.training.nlqfLevel)],
    ['training.courseGroup', c.training.courseGroup ?? null],
    ['training.labourMarketProspect', c.training.labourMarketProspect ?? null],
  ]);
  return {
    caseFile: c,
    referenceDate,
    trainingStart: c.training.startDate,
    usedThisYear,
    fixed,
    dated: { referenceDate: datedFacts(c, referenceDate), trainingStart: datedFacts(c, c.training.startDate) },
    yearly: new Map(),
  };
};

/** The dated facts on the last `monthDay` on or before the peildatum (computed once per case). */
export const yearlyFacts = (f: CaseFacts, monthDay: string): { readonly date: string; readonly values: ReadonlyMap<string, FactValue> } => {
  let hit = f.yearly.get(monthDay);
  if (!hit) {
    const date = lastYearlyDate(f.referenceDate, monthDay);
    hit = { date, values: datedFacts(f.caseFile, date) };
    f.yearly.set(monthDay, hit);
  }
  return hit;
};

export const dateFor = (f: CaseFacts, on: DateBasis | undefined, onYearly?: string): string =>
  onYearly ? yearlyFacts(f, onYearly).date : on === 'trainingStart' ? f.trainingStart : f.referenceDate;

export const factValue = (f: CaseFacts, fact: FactName | string, on: DateBasis | undefined, schemeId: string, onYearly?: string): FactValue => {
  if (fact === 'history.usedThisSchemeThisYear') return f.usedThisYear.has(schemeId);
  const dated = onYearly ? yearlyFacts(f, onYearly).values.get(fact) : f.dated[on ?? 'referenceDate'].get(fact);
  if (dated !== undefined) return dated;
  const v = f.fixed.get(fact);
  return v === undefined ? null : v;
};
