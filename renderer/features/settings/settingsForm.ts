// The settings form as typed (all text) and how it becomes one settings.update: the shared zod
// schema decides (the same Dutch messages the services give), the retention period is read from
// its text field first ('' = off).
import { settingsFieldsSchema, type Settings, type SettingsFields } from '../../../shared/contract/settings.ts';
import { t } from '../../i18n/nl.ts';

export const formFields = ['adviserName', 'organisation', 'phone', 'email', 'address', 'website', 'retentionMonths'] as const;
export type FormField = (typeof formFields)[number];
export type SettingsDraft = Record<FormField, string>;

export const settingsFieldId = (field: FormField): string => `instelling-${field}`;

export const draftOf = (s: Settings): SettingsDraft => ({
  adviserName: s.adviserName,
  organisation: s.organisation,
  phone: s.phone,
  email: s.email,
  address: s.address,
  website: s.website,
  retentionMonths: s.retentionMonths === null ? '' : String(s.retentionMonths),
});

export type Errors = Partial<Record<FormField, string>>;

/** The draft as settings.update input, or the Dutch message per field. */
export const readDraft = (draft: SettingsDraft): { ok: true; fields: SettingsFields } | { ok: false; errors: Errors } => {
  const months = draft.retentionMonths.trim();
  const errors: Errors = {};
  let retentionMonths: number | null = null;
  if (months !== '') {
    if (/^\d{1,4}$/.test(months)) retentionMonths = Number(months);
    else errors.retentionMonths = t('settings.retention.whole');
  }
  const parsed = settingsFieldsSchema.safeParse({ ...draft, retentionMonths });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path[0];
      if (typeof field === 'string' && (formFields as readonly string[]).includes(field) && !errors[field as FormField]) {
        errors[field as FormField] = issue.message;
      }
    }
  }
  if (Object.keys(errors).length > 0 || !parsed.success) return { ok: false, errors };
  return { ok: true, fields: parsed.data };
};

/** The services' own field messages (issues with a path) on the form's fields. */
export const errorsFromIssues = (issues: readonly { path: string; message: string }[] | undefined): Errors => {
  const errors: Errors = {};
  for (const issue of issues ?? []) {
    const field = issue.path.split('.')[0];
    if (field && (formFields as readonly string[]).includes(field) && !errors[field as FormField]) errors[field as FormField] = issue.message;
  }
  return errors;
};
