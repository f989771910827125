// Settings of this installation. The adviser's name is recorded with every override
// ("who"), so an arrangement shows who chose to deviate from the matcher and why.
import { z } from 'zod';
import { operation } from './operation.ts';

export const settingsSchema = z.object({
  /** Empty until the adviser fills it in; overrides are refused until then. */
  adviserName: z.string(),
  updatedAt: z.string().nullable(),
});
export type Settings = z.infer<typeof settingsSchema>;

export const settingsFieldsSchema = z.strictObject({
  adviserName: z
    .string({ error: 'Vul uw naam in.' })
    .trim()
    .min(2, { message: 'Vul uw naam in (minstens 2 tekens).' })
    .max(120, { message: 'Uw naam mag hoogstens 120 tekens hebben.' }),
});
export type SettingsFields = z.infer<typeof settingsFieldsSchema>;

export const settingsOperations = {
  'settings.get': operation(z.strictObject({}), settingsSchema, 'Instellingen tonen'),
  'settings.update': operation(settingsFieldsSchema, settingsSchema, 'Instellingen opslaan'),
} as const;
