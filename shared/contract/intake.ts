// The intake: the client's situation as case file v1 describes it, minus what the dossier
// already holds (birth date, region) and minus the training (several candidates, trainings.ts).
// Same optimistic concurrency as dossiers: a save names the version it was based on.
import { z } from 'zod';
import { intakeFieldsSchema } from '../case/situation.ts';
import { clientIdSchema } from './clients.ts';
import { operation } from './operation.ts';
import { trainingFieldsSchema, trainingIdSchema, trainingRecordSchema } from './trainings.ts';

// The situation's fields live with the case format (shared/case/situation.ts) so lower layers
// can use them; the contract re-exports them for its callers.
export { defaultIntakeFields, intakeFieldsSchema, type IntakeFields } from '../case/situation.ts';

export const intakeSchema = intakeFieldsSchema.extend({
  clientId: clientIdSchema,
  /** 0 = nothing saved yet (the fields are the defaults); the first save names expectedVersion 0. */
  version: z.number().int().min(0),
  updatedAt: z.string().nullable(),
});
export type Intake = z.infer<typeof intakeSchema>;

/**
 * The candidate trainings as the adviser changed them in the intake form: saved together with
 * the situation, all or nothing. `key` is the form's own row key, so a refusal can point at the
 * row; changed and removed rows name the version the adviser opened.
 */
export const trainingChangesSchema = z.strictObject({
  added: z.array(z.strictObject({ key: z.string().min(1).max(64), training: trainingFieldsSchema })).max(50),
  changed: z
    .array(z.strictObject({ id: trainingIdSchema, expectedVersion: z.number().int().min(1), training: trainingFieldsSchema }))
    .max(50),
  removed: z.array(z.strictObject({ id: trainingIdSchema, expectedVersion: z.number().int().min(1) })).max(50),
});
export type TrainingChanges = z.infer<typeof trainingChangesSchema>;

export const intakeOperations = {
  'intake.get': operation(z.strictObject({ clientId: clientIdSchema }), intakeSchema, 'Intake tonen'),
  /**
   * One adviser action, one transaction: the situation (written only when it differs from what
   * is stored, or nothing is stored yet) and every training change. A conflict or a refusal on
   * any part refuses the whole save; the Dutch message names the training it is about.
   */
  'intake.save': operation(
    z.strictObject({
      clientId: clientIdSchema,
      expectedVersion: z.number().int().min(0),
      fields: intakeFieldsSchema,
      trainings: trainingChangesSchema.default({ added: [], changed: [], removed: [] }),
    }),
    z.object({
      intake: intakeSchema,
      /** Every training of the dossier after the save, in the order trainings.list gives. */
      trainings: z.array(trainingRecordSchema),
      /** Form row key of each added training → its new record id. */
      addedIds: z.record(z.string(), trainingIdSchema),
    }),
    'Intake opslaan',
  ),
} as const;
