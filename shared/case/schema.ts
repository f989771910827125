// Case file v1: the exchange format of section 5 of the domain brief. Fields may be added,
// never re-interpreted. Objects are strict so a misspelled key is reported instead of silently
// ignored (OpenFisca #755: a typo in a test file gave a stack trace, not a message).
import { z } from 'zod';
import { isoDateSchema } from '../dates/index.ts';
import { regionIdSchema } from '../regions/index.ts';

export const educationLevels = [
  'geen', 'basisonderwijs', 'vmbo', 'havo', 'vwo', 'mbo1', 'mbo2', 'mbo3', 'mbo4',
  'hbo-ad', 'hbo-bachelor', 'wo-bachelor', 'master', 'doctoraat',
] as const;
export const workStatuses = ['employed', 'self-employed', 'job-seeker', 'not-working'] as const;
export const contractKinds = ['permanent', 'temporary', 'flex', 'agency', 'none'] as const;
export const benefitKinds = ['none', 'ww', 'bijstand', 'wia', 'other'] as const;
export const skillLevels = ['sufficient', 'insufficient', 'unknown'] as const;
export const trainingKinds = ['mbo-diploma', 'ho-diploma', 'ho-module', 'certificate', 'course', 'basic-skills', 'evc'] as const;
export const mboPathways = ['bol', 'bbl', 'derde-leerweg'] as const;
export const trainingLevels = ['mbo1', 'mbo2', 'mbo3', 'mbo4', 'hbo', 'wo'] as const;
export const recognitions = [
  'ocw-diploma', 'ocw-certificaat', 'nrto-keurmerk', 'nlqf', 'branche-erkend', 'evc-erkend',
  'ontwikkelpad', 'nl-leert-door',
] as const;
/** Added in v1: the kind of tuition (DUO): wettelijk collegegeld or lesgeld, or instellingscollegegeld or cursusgeld. */
export const tuitionKinds = ['wettelijk', 'instellings'] as const;
/** Added in v1: an agency worker's phase under the collective agreement (ABU: A, B, C; NBBU: 1 to 4). */
export const agencyPhases = ['A', 'B', 'C', '1', '2', '3', '4'] as const;
export const trainingPurposes = ['current-job', 'future-occupation', 'personal-development', 'basic-skills'] as const;
export const costCategories = ['tuition', 'exam', 'materials', 'protective-gear', 'travel', 'wage-loss', 'other'] as const;

export type CostCategory = (typeof costCategories)[number];

const cents = z.number().int().min(0).max(100_000_000); // up to € 1.000.000,00 per item

export const costItemSchema = z.strictObject({
  category: z.enum(costCategories),
  amountCents: cents,
  vatIncluded: z.boolean(),
  /** Added in v1 (optional): the adviser's own label for the item, e.g. "Lesgeld 2026-2027". */
  label: z.string().max(120).optional(),
});
export type CostItem = z.infer<typeof costItemSchema>;

export const schemeUseSchema = z.strictObject({
  schemeId: z.string().min(1).max(120),
  date: isoDateSchema,
  /** Added in v1 (optional): the amount received, so calendar-year caps can subtract it. */
  amountCents: cents.optional(),
});

export const clientSituationSchema = z.strictObject({
  birthDate: isoDateSchema,
  educationLevel: z.enum(educationLevels),
  region: regionIdSchema,
  /**
   * Added in v1 (optional): insured in the Netherlands for at least 6 months in the 27 to 3
   * months before the application (STAP's tie to the Dutch labour market). Omitted = not known.
   */
  nlInsuredSixMonths: z.boolean().optional(),
});

export const workSchema = z.strictObject({
  status: z.enum(workStatuses),
  contract: z.enum(contractKinds),
  hoursPerWeek: z.number().min(0).max(80),
  employmentStartDate: isoDateSchema.nullable(),
  employerSize: z.number().int().min(1).max(1_000_000).nullable(),
  sectorFund: z.string().min(1).max(80).nullable(),
  benefit: z.enum(benefitKinds),
  dismissalNotice: z.boolean(),
  /** Added in v1 (optional): the day the last employment ended (or ends), or null. */
  employmentEndDate: isoDateSchema.nullable().optional(),
  /** Added in v1 (optional): an agency worker's phase (A, B, C or 1 to 4), or null. */
  agencyPhase: z.enum(agencyPhases).nullable().optional(),
});

export const trainingSchema = z.strictObject({
  title: z.string().min(1).max(200),
  provider: z.string().max(200),
  kind: z.enum(trainingKinds),
  mboPathway: z.enum(mboPathways).nullable(),
  level: z.enum(trainingLevels).nullable(),
  recognitions: z.array(z.enum(recognitions)).max(20),
  purpose: z.enum(trainingPurposes),
  kansberoep: z.boolean(),
  jobGuarantee: z.boolean(),
  startDate: isoDateSchema,
  endDate: isoDateSchema,
  costs: z.array(costItemSchema).max(50),
  /** Added in v1 (optional): what the employer has promised to pay (Werkgeversbijdrage). */
  employerContributionCents: cents.optional(),
  /** Added in v1 (optional): wettelijk (collegegeld, lesgeld) or instellings (instellingscollegegeld, cursusgeld). */
  tuitionKind: z.enum(tuitionKinds).nullable().optional(),
  /** Added in v1 (optional): the training's NLQF level, 1 to 8, or null when it has none. */
  nlqfLevel: z.number().int().min(1).max(8).nullable().optional(),
  /** Added in v1 (optional): the sector fund's course group (cursusgroep), e.g. "certificering". */
  courseGroup: z.string().trim().min(1).max(120).nullable().optional(),
  /** Added in v1 (optional): a labour-market prospect has been shown (for schemes that accept it beside a kansberoep). */
  labourMarketProspect: z.boolean().optional(),
});
export type Training = z.infer<typeof trainingSchema>;

export const caseFileSchema = z
  .strictObject({
    formatVersion: z.literal(1),
    referenceDate: isoDateSchema,
    client: clientSituationSchema,
    work: workSchema,
    studentFinance: z.strictObject({
      studiefinanciering: z.boolean(),
      wtos: z.boolean(),
      lerarenbeurs: z.boolean(),
    }),
    basicSkills: z.strictObject({
      language: z.enum(skillLevels),
      numeracy: z.enum(skillLevels),
      digital: z.enum(skillLevels),
    }),
    schemesUsed: z.array(schemeUseSchema).max(200),
    training: trainingSchema,
  })
  .superRefine((c, ctx) => {
    if (c.training.endDate < c.training.startDate) {
      ctx.addIssue({
        code: 'custom',
        path: ['training', 'endDate'],
        message: 'De einddatum van de opleiding ligt vóór de startdatum.',
        input: c.training.endDate,
        params: { expected: `een datum op of na de startdatum (${c.training.startDate})` },
      });
    }
    if (c.client.birthDate > c.referenceDate) {
      ctx.addIssue({
        code: 'custom',
        path: ['client', 'birthDate'],
        message: 'De geboortedatum ligt na de peildatum.',
        input: c.client.birthDate,
        params: { expected: `een datum vóór de peildatum (${c.referenceDate})` },
      });
    }
  });

export type CaseFile = z.infer<typeof caseFileSchema>;
