// Opening a dossier: everything the screens of one dossier (overview, intake, Loopbaan APK,
// financing, comparison, arrangements) show, read in one call from one snapshot, so no screen
// can combine a fresh client with a stale intake. The scheme packs are app-wide and come from
// packs.list; they do not change per dossier.
import { z } from 'zod';
import { apkStateSchema } from './apk.ts';
import { arrangementSummarySchema } from './arrangements.ts';
import { clientIdSchema, clientSchema } from './clients.ts';
import { intakeSchema } from './intake.ts';
import { operation } from './operation.ts';
import { settingsSchema } from './settings.ts';
import { trainingRecordSchema } from './trainings.ts';

export const dossierSchema = z.object({
  client: clientSchema,
  intake: intakeSchema,
  trainings: z.array(trainingRecordSchema),
  apk: apkStateSchema,
  arrangements: z.array(arrangementSummarySchema),
  settings: settingsSchema,
});
export type Dossier = z.infer<typeof dossierSchema>;

export const dossierOperations = {
  'dossier.open': operation(z.strictObject({ clientId: clientIdSchema }), dossierSchema, 'Dossier openen'),
} as const;
