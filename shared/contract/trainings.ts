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

export const trainingsOperations = {
  'trainings.list': operation(
    z.strictObject({ clientId: clientIdSchema }),
    z.array(trainingRecordSchema),
    'Opleidingen tonen',
  ),
  /** Without id: a new candidate training. With id: an edit, which must name expectedVersion. */
  'trainings.save': operation(
    z
      .strictObject({
        clientId: clientIdSchema,
        id: trainingIdSchema.optional(),
        expectedVersion: z.number().int().min(1).optional(),
        training: trainingFieldsSchema,
      })
      .refine((v) => (v.id === undefined) === (v.expectedVersion === undefined), {
        message: 'Geef bij het wijzigen van een opleiding ook de versie mee die u had geopend.',
        path: ['expectedVersion'],
      }),
    trainingRecordSchema,
    'Opleiding opslaan',
  ),
  'trainings.remove': operation(
    z.strictObject({ id: trainingIdSchema, expectedVersion: z.number().int().min(1) }),
    z.object({ id: trainingIdSchema, removed: z.literal(true) }),
    'Opleiding verwijderen',
  ),
} as const;
