// The intake form as data: what the adviser types (text for dates, amounts and hours) and how it
// becomes the contract's IntakeFields plus the candidate trainings of case file v1. The resolver
// schemas end in the case schema's own field schemas, so the screen accepts exactly what a case
// file accepts. Pure: unit-tested without a browser.
import { z } from 'zod';
import {
  benefitKinds, contractKinds, costCategories, costItemSchema, educationLevels, mboPathways, recognitions,
  schemeUseSchema, skillLevels, trainingKinds, trainingLevels, trainingPurposes, trainingSchema, workSchema,
  type CostCategory, type Training,
} from '../../shared/case/schema.ts';
import { intakeFieldsSchema, type Intake, type IntakeFields } from '../../shared/contract/intake.ts';
import type { TrainingRecord } from '../../shared/contract/trainings.ts';
import { formatDateNl } from '../../shared/dates/index.ts';
import { dutchErrorMap } from '../../shared/validation/dutch.ts';
import { t, type MessageKey } from '../i18n/nl.ts';
import {
  chosen, dateNl, readDateInput, euro, euroInputText, numberNl, optionalDateNl, optionalEuro, optionalNumberNl, wholeNumberMessage,
} from '../i18n/parse.ts';

type Choice<T extends string> = T | '';

export interface CostRowValues {
  category: Choice<CostCategory>;
  amount: string;
  vatIncluded: boolean;
  label: string;
}

export interface TrainingValues {
  /** The stored record this row edits; null for a training not saved yet. */
  recordId: string | null;
  recordVersion: number | null;
  title: string;
  provider: string;
  kind: Choice<(typeof trainingKinds)[number]>;
  mboPathway: Choice<(typeof mboPathways)[number]>;
  level: Choice<(typeof trainingLevels)[number]>;
  recognitions: (typeof recognitions)[number][];
  purpose: Choice<(typeof trainingPurposes)[number]>;
  kansberoep: boolean;
  jobGuarantee: boolean;
  startDate: string;
  endDate: string;
  costs: CostRowValues[];
  employerContribution: string;
}

export interface SchemeUseValues {
  schemeId: string;
  date: string;
  amount: string;
}

export interface IntakeFormValues {
  educationLevel: Choice<(typeof educationLevels)[number]>;
  work: {
    status: Choice<(typeof workSchema.shape.status.options)[number]>;
    contract: Choice<(typeof contractKinds)[number]>;
    hoursPerWeek: string;
    employmentStartDate: string;
    employerSize: string;
    sectorFund: string;
    benefit: Choice<(typeof benefitKinds)[number]>;
    dismissalNotice: boolean;
  };
  studentFinance: { studiefinanciering: boolean; wtos: boolean; lerarenbeurs: boolean };
  basicSkills: { language: (typeof skillLevels)[number]; numeracy: (typeof skillLevels)[number]; digital: (typeof skillLevels)[number] };
  schemesUsed: SchemeUseValues[];
  trainings: TrainingValues[];
}

// ---------------------------------------------------------------------------------------------
// Stored data → form

export const emptyCostRow = (category: CostCategory = 'tuition'): CostRowValues => ({ category, amount: '', vatIncluded: true, label: '' });

/** A new candidate training: dates from today, one tuition row, nothing assumed about schemes. */
export const emptyTraining = (todayIso: string): TrainingValues => ({
  recordId: null,
  recordVersion: null,
  title: '',
  provider: '',
  kind: '',
  mboPathway: '',
  level: '',
  recognitions: [],
  purpose: '',
  kansberoep: false,
  jobGuarantee: false,
  startDate: formatDateNl(todayIso),
  endDate: formatDateNl(todayIso),
  costs: [emptyCostRow()],
  employerContribution: '',
});

export const trainingToValues = (record: Pick<TrainingRecord, 'id' | 'version'> | null, training: Training): TrainingValues => ({
  recordId: record?.id ?? null,
  recordVersion: record?.version ?? null,
  title: training.title,
  provider: training.provider,
  kind: training.kind,
  mboPathway: training.mboPathway ?? '',
  level: training.level ?? '',
  recognitions: [...training.recognitions],
  purpose: training.purpose,
  kansberoep: training.kansberoep,
  jobGuarantee: training.jobGuarantee,
  startDate: formatDateNl(training.startDate),
  endDate: formatDateNl(training.endDate),
  costs: training.costs.map((c) => ({ category: c.category, amount: euroInputText(c.amountCents), vatIncluded: c.vatIncluded, label: c.label ?? '' })),
  employerContribution: euroInputText(training.employerContributionCents),
});

/**
 * The situation of an intake nothing was saved for yet (version 0): every question open. The
 * services answer such an intake with defaults (mbo 2, in loondienst, vast, 36 uur), but those
 * are nobody's answers: shown as filled in, the live matching ran on guesses and the status line
 * said all was saved (issue 12, item 5). Checkboxes start unticked and basic skills "Onbekend".
 */
export const emptySituationValues = (): Omit<IntakeFormValues, 'trainings'> => ({
  educationLevel: '',
  work: { status: '', contract: '', hoursPerWeek: '', employmentStartDate: '', employerSize: '', sectorFund: '', benefit: '', dismissalNotice: false },
  studentFinance: { studiefinanciering: false, wtos: false, lerarenbeurs: false },
  basicSkills: { language: 'unknown', numeracy: 'unknown', digital: 'unknown' },
  schemesUsed: [],
});

/** Stored data → form. An intake of version 0 has nothing stored: its situation starts empty. */
export const intakeToValues = (intake: IntakeFields & { readonly version?: number }, trainings: readonly TrainingRecord[]): IntakeFormValues =>
  intake.version === 0 ? { ...emptySituationValues(), trainings: trainings.map((r) => trainingToValues(r, r.training)) } : storedToValues(intake, trainings);

const storedToValues = (intake: IntakeFields, trainings: readonly TrainingRecord[]): IntakeFormValues => ({
  educationLevel: intake.educationLevel,
  work: {
    status: intake.work.status,
    contract: intake.work.contract,
    hoursPerWeek: String(intake.work.hoursPerWeek).replace('.', ','),
    employmentStartDate: formatDateNl(intake.work.employmentStartDate),
    employerSize: intake.work.employerSize === null ? '' : String(intake.work.employerSize),
    sectorFund: intake.work.sectorFund ?? '',
    benefit: intake.work.benefit,
    dismissalNotice: intake.work.dismissalNotice,
  },
  studentFinance: { ...intake.studentFinance },
  basicSkills: { ...intake.basicSkills },
  schemesUsed: intake.schemesUsed.map((u) => ({ schemeId: u.schemeId, date: formatDateNl(u.date), amount: euroInputText(u.amountCents) })),
  trainings: trainings.map((r) => trainingToValues(r, r.training)),
});

// ---------------------------------------------------------------------------------------------
// Form → data (the resolver schemas)

const W = workSchema.shape;

const workValuesSchema = z.object({
  status: chosen().pipe(W.status),
  contract: chosen().pipe(W.contract),
  hoursPerWeek: numberNl().pipe(W.hoursPerWeek),
  employmentStartDate: optionalDateNl().pipe(W.employmentStartDate),
  employerSize: optionalNumberNl()
    .refine((n) => n === null || Number.isInteger(n), { message: wholeNumberMessage() })
    .pipe(W.employerSize),
  sectorFund: z.string().transform((s) => (s.trim() === '' ? null : s.trim())).pipe(W.sectorFund),
  benefit: chosen().pipe(W.benefit),
  dismissalNotice: W.dismissalNotice,
});

const schemeUseValuesSchema = z
  .object({ schemeId: chosen().pipe(schemeUseSchema.shape.schemeId), date: dateNl(), amount: optionalEuro() })
  .transform(({ schemeId, date, amount }) => (amount === undefined ? { schemeId, date } : { schemeId, date, amountCents: amount }))
  .pipe(schemeUseSchema);

/** The situation part of the form → the contract's IntakeFields. */
export const intakeFieldsValuesSchema = z
  .object({
    educationLevel: chosen().pipe(z.enum(educationLevels)),
    work: workValuesSchema,
    studentFinance: intakeFieldsSchema.shape.studentFinance,
    basicSkills: intakeFieldsSchema.shape.basicSkills,
    schemesUsed: z.array(schemeUseValuesSchema).max(200),
  })
  .pipe(intakeFieldsSchema);

const T = trainingSchema.shape;

const costRowValuesSchema = z
  .object({
    category: chosen().pipe(z.enum(costCategories)),
    amount: euro(),
    vatIncluded: z.boolean(),
    label: z.string().max(120),
  })
  .transform(({ category, amount, vatIncluded, label }) => {
    const item = { category, amountCents: amount, vatIncluded };
    return label.trim() === '' ? item : { ...item, label: label.trim() };
  })
  .pipe(costItemSchema);

/** '' (not applicable) → null, else one of the values; piped into the case schema's nullable field. */
const nullableChoice = <const V extends readonly [string, ...string[]]>(values: V) =>
  z.union([z.literal(''), z.enum(values)], { error: () => t('validation.choose') }).transform((s) => (s === '' ? null : s));

const endsBeforeStart = (row: TrainingValues): boolean => {
  const start = readDateInput(row.startDate);
  const end = readDateInput(row.endDate);
  return typeof start === 'object' && 'iso' in start && typeof end === 'object' && 'iso' in end && end.iso < start.iso;
};

/** One candidate training row → a case v1 training. */
export const trainingValuesSchema = z
  .object({
    title: z.string().trim().min(1, { message: t('validation.required') }).pipe(T.title),
    provider: z.string().trim().pipe(T.provider),
    kind: chosen().pipe(T.kind),
    mboPathway: nullableChoice(mboPathways).pipe(T.mboPathway),
    level: nullableChoice(trainingLevels).pipe(T.level),
    recognitions: T.recognitions,
    purpose: chosen().pipe(T.purpose),
    kansberoep: T.kansberoep,
    jobGuarantee: T.jobGuarantee,
    startDate: dateNl(),
    endDate: dateNl(),
    costs: z.array(costRowValuesSchema).max(50),
    employerContribution: optionalEuro(),
  })
  .superRefine((v, ctx) => {
    if (v.startDate && v.endDate && v.endDate < v.startDate) {
      ctx.addIssue({ code: 'custom', path: ['endDate'], message: t('validation.training.endBeforeStart') });
    }
  })
  .transform(({ employerContribution, ...rest }): Training =>
    employerContribution === undefined ? rest : { ...rest, employerContributionCents: employerContribution },
  )
  .pipe(trainingSchema);

export interface IntakeOutput {
  readonly fields: IntakeFields;
  readonly trainings: readonly { recordId: string | null; recordVersion: number | null; training: Training }[];
}

/**
 * The resolver schema of the whole form. The situation and each training are checked on their
 * own, so a problem in one training does not hide problems elsewhere, and every issue keeps the
 * path of the field it belongs to.
 */
export const intakeResolverSchema: z.ZodType<IntakeOutput, IntakeFormValues> = z
  .object({
    educationLevel: z.string(),
    work: z.any(),
    studentFinance: z.any(),
    basicSkills: z.any(),
    schemesUsed: z.any(),
    trainings: z.array(z.any()),
  })
  .transform((values, ctx): IntakeOutput => {
    const { trainings, ...situation } = values as unknown as IntakeFormValues;
    const fields = intakeFieldsValuesSchema.safeParse(situation, { error: dutchErrorMap });
    if (!fields.success) {
      for (const issue of fields.error.issues) ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path } as never);
    }
    const parsedTrainings = trainings.map((row, index) => {
      const parsed = trainingValuesSchema.safeParse(row, { error: dutchErrorMap });
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          ctx.addIssue({ code: 'custom', message: issue.message, path: ['trainings', index, ...issue.path] } as never);
        }
        // zod skips the cross-field check when another field failed; the adviser should see it anyway.
        if (endsBeforeStart(row) && !parsed.error.issues.some((i) => i.path.join('.') === 'endDate')) {
          ctx.addIssue({ code: 'custom', message: t('validation.training.endBeforeStart'), path: ['trainings', index, 'endDate'] } as never);
        }
        return null;
      }
      return { recordId: row.recordId, recordVersion: row.recordVersion, training: parsed.data };
    });
    if (!fields.success || parsedTrainings.some((p) => p === null)) return z.NEVER;
    return { fields: fields.data, trainings: parsedTrainings as IntakeOutput['trainings'][number][] };
  }) as unknown as z.ZodType<IntakeOutput, IntakeFormValues>;

// ---------------------------------------------------------------------------------------------
// Live matching: the parts that are valid right now, even while another part is being typed.

/** The situation as far as it is valid now; null while something in it is not. */
export const situationNow = (values: IntakeFormValues): IntakeFields | null => {
  const { trainings: _trainings, ...situation } = values;
  const parsed = intakeFieldsValuesSchema.safeParse(situation, { error: dutchErrorMap });
  return parsed.success ? parsed.data : null;
};

/** The questions of the situation the live matching needs and that have no answer yet, in form order. */
export const openSituationQuestions = (values: IntakeFormValues): MessageKey[] => {
  const open: MessageKey[] = [];
  if (values.educationLevel === '') open.push('intake.educationLevel.label');
  if (values.work.status === '') open.push('intake.work.status.label');
  if (values.work.contract === '') open.push('intake.work.contract.label');
  if (values.work.hoursPerWeek.trim() === '') open.push('intake.work.hoursPerWeek.label');
  if (values.work.benefit === '') open.push('intake.work.benefit.label');
  return open;
};

/** The same for one training: what it still needs before the matching can say anything. */
export const openTrainingQuestions = (row: TrainingValues | undefined): MessageKey[] => {
  if (!row) return [];
  const open: MessageKey[] = [];
  if (row.title.trim() === '') open.push('intake.training.title.label');
  if (row.kind === '') open.push('intake.training.kind.label');
  if (row.purpose === '') open.push('intake.training.purpose.label');
  if (row.startDate.trim() === '') open.push('intake.training.startDate.label');
  if (row.endDate.trim() === '') open.push('intake.training.endDate.label');
  if (row.costs.some((c) => c.amount.trim() === '')) open.push('intake.costs.amountOpen');
  return open;
};

/** One training as far as it is valid now; null while it is not. */
export const trainingNow = (values: TrainingValues | undefined): Training | null => {
  if (!values) return null;
  const parsed = trainingValuesSchema.safeParse(values, { error: dutchErrorMap });
  return parsed.success ? parsed.data : null;
};

export type { Intake };
