// Candidate trainings of a client: several per dossier, each with its own cost items, so the
// adviser can compare career steps side by side (the SER's point: people look for a step,
// not for a course). A training is stored exactly in its case file v1 shape.
import { z } from 'zod';
import { trainingSchema } from '../case/schema.ts';
import { clientIdSchema } from './clients.ts';
import { operation } from './operation.ts';

export const trainingIdSchema = z.string().min(1).max(64);

/** The case v1 training plus the one cross-field check a form must show at the field. */
export const trainingFieldsSchema = trainingSchema.superRefine((t, ctx) => {
  if (t.endDate < t.startDate) {
    ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'De einddatum van de opleiding ligt vóór de startdatum.' });
  }
});

export const trainingRecordSchema = z.object({
  id: trainingIdSchema,
  clientId: clientIdSchema,
  version: z.number().int().min(1),
  training: trainingSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TrainingRecord = z.infer<typeof trainingRecordSchema>;

// Adding, changing and removing trainings is part of saving the intake (intake.save), one
// transaction for the whole form; here only the list.
export const trainingsOperations = {
  'trainings.list': operation(
    z.strictObject({ clientId: clientIdSchema }),
    z.array(trainingRecordSchema),
    'Opleidingen tonen',
  ),
} as const;
