// Loopbaan APK: the checklist (versioned data), the answers given during the session, and the
// signals those answers raise. A signal that would change the case is only a proposal here;
// apk.applySignal is the adviser's confirmation and the only way it reaches the intake.
import { z } from 'zod';
import { apkAnswers, checklistSchema, proposedChangeSchema, signalIds } from '../apk/checklist.ts';
import { clientIdSchema } from './clients.ts';
import { intakeSchema } from './intake.ts';
import { operation } from './operation.ts';
import { trainingIdSchema, trainingRecordSchema } from './trainings.ts';

const statementIdSchema = z.string().min(1).max(80);

export const apkAnswerSchema = z.object({
  answer: z.enum(apkAnswers),
  note: z.string(),
  answeredAt: z.string(),
});

export const signalSchema = z.object({
  id: z.enum(signalIds),
  title: z.string(),
  explanation: z.string(),
  advice: z.string(),
  schemes: z.array(z.string()),
  /** The statements whose answers raised it. */
  statementIds: z.array(z.string()),
  /** Proposed case-field changes (may be empty: advice only). */
  changes: z.array(proposedChangeSchema),
  /** True while at least one proposed change is not yet in the intake: the adviser must confirm. */
  pending: z.boolean(),
});
export type Signal = z.infer<typeof signalSchema>;

export const apkStateSchema = z.object({
  clientId: clientIdSchema,
  checklistId: z.string(),
  checklistVersion: z.string(),
  /** Dutch: why the region's own checklist is not in use (then the shipped one is). */
  checklistNotice: z.string().nullable(),
  answers: z.record(z.string(), apkAnswerSchema),
  progress: z.array(z.object({ sectionId: z.string(), answered: z.number().int(), total: z.number().int() })),
  signals: z.array(signalSchema),
});
export type ApkState = z.infer<typeof apkStateSchema>;

export const apkOperations = {
  'apk.checklist': operation(z.strictObject({}), checklistSchema, 'Loopbaan APK-lijst tonen'),
  'apk.get': operation(z.strictObject({ clientId: clientIdSchema }), apkStateSchema, 'Loopbaan APK tonen'),
  /** Saved per statement as the adviser goes; answers the new state (progress, signals). */
  'apk.answer': operation(
    z.strictObject({
      clientId: clientIdSchema,
      statementId: statementIdSchema,
      answer: z.enum(apkAnswers, { error: 'Kies ja, deels, nee of weet niet.' }),
      note: z.string().trim().max(1000, { message: 'De notitie mag hoogstens 1000 tekens hebben.' }).default(''),
    }),
    apkStateSchema,
    'Antwoord opslaan',
  ),
  /**
   * The adviser confirms a signal: its proposed changes are written to the intake (and, for
   * training.kansberoep, to the named training) in one transaction, version-guarded.
   */
  'apk.applySignal': operation(
    z.strictObject({
      clientId: clientIdSchema,
      signalId: z.enum(signalIds),
      expectedIntakeVersion: z.number().int().min(0),
      trainingId: trainingIdSchema.optional(),
      expectedTrainingVersion: z.number().int().min(1).optional(),
    }),
    z.object({
      intake: intakeSchema,
      training: trainingRecordSchema.nullable(),
      applied: z.array(proposedChangeSchema),
      state: apkStateSchema,
    }),
    'Signaal overnemen',
  ),
} as const;
