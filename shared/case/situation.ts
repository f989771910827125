// The client's situation as case file v1 describes it, minus what the dossier already holds
// (birth date, region) and minus the training: what the intake stores and the Loopbaan APK's
// signals propose changes to. It lives with the case format (not in the contract) so lower
// layers such as shared/apk can use it without reaching up into shared/contract.
import { z } from 'zod';
import { caseFileSchema, educationLevels, schemeUseSchema, workSchema } from './schema.ts';

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
