// Settings of this installation. The adviser's name is recorded with every override and every
// audit entry ("who"); the organisation and contact details are printed on the client's
// document, so the client knows whom to call. Where the data lives is read-only: the services
// know it (the data folder they opened), the renderer only shows it.
import { z } from 'zod';
import { operation } from './operation.ts';

export const settingsSchema = z.object({
  /** Empty until the adviser fills it in; overrides are refused until then. */
  adviserName: z.string(),
  /** The adviser's organisation (leerwerkloket, gemeente, UWV team); '' = not filled in. */
  organisation: z.string(),
  phone: z.string(),
  email: z.string(),
  /** Optional postal or visiting address, one line. */
  address: z.string(),
  /** Optional web address, always with https:// or http://. */
  website: z.string(),
  /**
   * Retention policy: archived dossiers older than this many months are proposed for erasure
   * (retention.review); null = off, the default. Nothing is erased without the adviser's confirmation.
   */
  retentionMonths: z.number().int().nullable(),
  /** The data folder these dossiers are stored in (read-only); null when the runtime does not say. */
  dataLocation: z.string().nullable(),
  updatedAt: z.string().nullable(),
});
export type Settings = z.infer<typeof settingsSchema>;

/** The settings the adviser can change, as stored (no dataLocation: that is not a setting). */
export type StoredSettings = Omit<Settings, 'dataLocation'>;
/** The names of the stored text settings, in the order the settings screen shows them. */
export const settingKeys = ['adviserName', 'organisation', 'phone', 'email', 'address', 'website'] as const;
export type SettingKey = (typeof settingKeys)[number] | 'retentionMonths';

export const RETENTION_MAX_MONTHS = 240;
const retentionMessage = `Kies een bewaartermijn van 1 tot ${RETENTION_MAX_MONTHS} maanden (hele maanden), of zet de bewaartermijn uit.`;

const optionalText = (max: number, tooLong: string) => z.string({ error: tooLong }).trim().max(max, { message: tooLong });

const PHONE_CHARS = /^\+?[0-9\s\-().]+$/;
const digitCount = (s: string) => s.replace(/\D/g, '').length;
const phoneMessage = 'Vul een telefoonnummer in met 10 tot 15 cijfers, bijvoorbeeld 053 123 45 67 of +31 53 123 45 67.';

const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;
const emailMessage = 'Vul een geldig e-mailadres in, bijvoorbeeld naam@organisatie.nl.';

const WEBSITE = /^(https?:\/\/)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+(:\d{1,5})?(\/\S*)?$/i;
const websiteMessage = 'Vul een webadres in, bijvoorbeeld www.leerwerkloket.nl.';

/** No line breaks or other control characters: each value is printed on one line of the PDF. */
const oneLine = (s: string) => !/\p{Cc}/u.test(s);
const oneLineMessage = 'Vul dit op één regel in.';

/**
 * What settings.update accepts. Only adviserName is required, so a caller that sends just the
 * name (the override form) keeps working and leaves the other settings as they are; an omitted
 * field is unchanged, an empty text clears it.
 */
export const settingsFieldsSchema = z.strictObject({
  adviserName: z
    .string({ error: 'Vul uw naam in.' })
    .trim()
    .min(2, { message: 'Vul uw naam in (minstens 2 tekens).' })
    .max(120, { message: 'Uw naam mag hoogstens 120 tekens hebben.' })
    .refine(oneLine, { message: oneLineMessage }),
  organisation: optionalText(120, 'De naam van uw organisatie mag hoogstens 120 tekens hebben.')
    .refine(oneLine, { message: oneLineMessage })
    .optional(),
  phone: optionalText(30, phoneMessage)
    .refine((s) => s === '' || (PHONE_CHARS.test(s) && digitCount(s) >= 10 && digitCount(s) <= 15), { message: phoneMessage })
    .optional(),
  email: optionalText(254, emailMessage)
    .refine((s) => s === '' || EMAIL.test(s), { message: emailMessage })
    .optional(),
  address: optionalText(200, 'Het adres mag hoogstens 200 tekens hebben.').refine(oneLine, { message: oneLineMessage }).optional(),
  website: optionalText(200, 'Het webadres mag hoogstens 200 tekens hebben.')
    .refine((s) => s === '' || WEBSITE.test(s), { message: websiteMessage })
    // Stored with its scheme, so the document can make it a link without guessing.
    .transform((s) => (s === '' || /^https?:\/\//i.test(s) ? s : `https://${s}`))
    .optional(),
  /** null switches the retention policy off. */
  retentionMonths: z
    .number({ error: retentionMessage })
    .int({ message: retentionMessage })
    .min(1, { message: retentionMessage })
    .max(RETENTION_MAX_MONTHS, { message: retentionMessage })
    .nullable()
    .optional(),
});
export type SettingsFields = z.infer<typeof settingsFieldsSchema>;

export const settingsOperations = {
  'settings.get': operation(z.strictObject({}), settingsSchema, 'Instellingen tonen'),
  /** One call for the whole settings screen; answers the settings as stored after the save. */
  'settings.update': operation(settingsFieldsSchema, settingsSchema, 'Instellingen opslaan'),
} as const;
