// The intake: the client's situation as case file v1 describes it, minus what the dossier
// already holds (birth date, region) and minus the training (several candidates, trainings.ts).
// Same optimistic concurrency as dossiers: a save names the version it was based on.
import { z } from 'zod';
import { caseFileSchema, educationLevels, schemeUseSchema, workSchema } from '../case/schema.ts';
import { clientIdSchema } from './clients.ts';
import { operation } from './operation.ts';

// Taken from the case schema itself so the intake can never drift from case file v1.
const { studentFinance: studentFinanceSchema, basicSkills: basicSkillsSchema } = caseFileSchema.shape;

export const intakeFieldsSchema = z.strictObject({
  educationLevel: z.enum(educationLevels, { error: 'Kies de hoogst afgeronde opleiding.' }),
  work: workSchema,
  studentFinance: studentFinanceSchema,
  basicSkills: basicSkillsSchema,
  schemesUsed: z.array(schemeUseSchema).max(200, { message: 'Vul hoogstens 200 eerder gebruikte regelingen in.' }),
});
export type IntakeFields = z.infer<typeof intakeFieldsSchema>;

export const intakeSchema = intakeFieldsSchema.extend({
  clientId: clientIdSchema,
  /** 0 = nothing saved yet (the fields are the defaults); the first save names expectedVersion 0. */
  version: z.number().int().min(0),
  updatedAt: z.string().nullable(),
});
export type Intake = z.infer<typeof intakeSchema>;

/** What a new intake starts with: nothing assumed that would make a scheme fit by accident. */
export const defaultIntakeFields = (): IntakeFields => ({
  educationLevel: 'mbo2',
  work: {
    status: 'employed',
    contract: 'permanent',
    hoursPerWeek: 36,
    employmentStartDate: null,
    employerSize: null,
    sectorFund: null,
    benefit: 'none',
    dismissalNotice: false,
  },
  studentFinance: { studiefinanciering: false, wtos: false, lerarenbeurs: false },
  basicSkills: { language: 'unknown', numeracy: 'unknown', digital: 'unknown' },
  schemesUsed: [],
});

export const intakeOperations = {
  'intake.get': operation(z.strictObject({ clientId: clientIdSchema }), intakeSchema, 'Intake tonen'),
  'intake.save': operation(
    z.strictObject({
      clientId: clientIdSchema,
      expectedVersion: z.number().int().min(0),
      fields: intakeFieldsSchema,
    }),
    intakeSchema,
    'Intake opslaan',
  ),
} as const;
