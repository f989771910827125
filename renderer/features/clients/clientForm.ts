// The dossier form as data: what the adviser types (strings, dates as dd-mm-jjjj) and how it
// becomes ClientFields for the contract. Pure, so the Dutch validation is unit-tested without a
// browser. Length and required-text rules come from the contract schema itself, so screen and
// services cannot disagree.
import { z } from 'zod';
import { clientFieldsSchema, type Client, type ClientFields } from '../../../shared/contract/clients.ts';
import { formatDateNl, readDateNl, type DateProblem } from '../../../shared/dates/index.ts';
import { regionIdSchema } from '../../../shared/regions/index.ts';
import { t, type MessageKey } from '../../i18n/nl.ts';

export interface ClientFormValues {
  displayName: string;
  birthDate: string;
  region: string;
  adviserReference: string;
  note: string;
}

export type ClientFormField = keyof ClientFormValues;

/** Form order: the error summary lists problems in the order the adviser sees the fields. */
export const clientFormFields: readonly ClientFormField[] = ['displayName', 'birthDate', 'region', 'adviserReference', 'note'];

export const fieldId = (field: ClientFormField): string => `dossier-${field}`;

export const emptyClientForm: ClientFormValues = { displayName: '', birthDate: '', region: '', adviserReference: '', note: '' };

export const toFormValues = (client: Client): ClientFormValues => ({
  displayName: client.displayName,
  birthDate: formatDateNl(client.birthDate),
  region: client.region,
  adviserReference: client.adviserReference,
  note: client.note ?? '',
});

const birthDateProblem: Record<DateProblem, MessageKey> = {
  format: 'clients.validation.birthDate.format',
  'not-a-date': 'clients.validation.birthDate.notADate',
  'too-early': 'clients.validation.birthDate.tooOld',
};

/** dd-mm-jjjj → ISO (read by shared/dates), with a Dutch reason when it is not a plausible birth date. */
export const parseBirthDate = (input: string, todayIso: string): { iso: string } | { error: string } => {
  const read = readDateNl(input);
  if (read === 'empty') return { error: t('clients.validation.birthDate.required') };
  if ('problem' in read) return { error: t(birthDateProblem[read.problem]) };
  if (read.iso > todayIso) return { error: t('clients.validation.birthDate.future') };
  return { iso: read.iso };
};

/** The resolver schema: form strings in, contract ClientFields out. */
export const clientFormSchema = (todayIso: string) =>
  z
    .object({
      displayName: clientFieldsSchema.shape.displayName,
      birthDate: z.string().transform((value, ctx) => {
        const parsed = parseBirthDate(value, todayIso);
        if ('error' in parsed) {
          ctx.addIssue({ code: 'custom', message: parsed.error });
          return z.NEVER;
        }
        return parsed.iso;
      }),
      region: z
        .string()
        .min(1, { message: t('clients.validation.region.required') })
        .pipe(regionIdSchema),
      adviserReference: clientFieldsSchema.shape.adviserReference,
      note: z
        .string()
        .transform((value) => (value.trim() === '' ? null : value))
        .pipe(clientFieldsSchema.shape.note),
    })
    .transform((values): ClientFields => values);

/** Maps issue paths from the services ('fields.birthDate', 'displayName') to form fields. */
export const fieldOfIssuePath = (path: string): ClientFormField | null => {
  const last = path.split('.').pop() ?? '';
  return (clientFormFields as readonly string[]).includes(last) ? (last as ClientFormField) : null;
};

/**
 * After a conflict: which fields of the stored version differ from what the adviser typed.
 * Compared as the form shows them, so "05-03-1980" and "1980-03-05" count as the same.
 */
export const differingFields = (typed: ClientFormValues, stored: Client): ClientFormField[] => {
  const storedValues = toFormValues(stored);
  return clientFormFields.filter((field) => typed[field].trim() !== storedValues[field].trim());
};

// ---------------------------------------------------------------------------------------------
// Questions before saving (issue 12, item 9): not refusals, the adviser may confirm.

/** Whole years between a birth date and a day, both ISO. */
export const ageOn = (birthIso: string, dayIso: string): number => {
  const [by, bm, bd] = birthIso.split('-').map(Number) as [number, number, number];
  const [y, m, d] = dayIso.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
};

/** Ages an adviser of a leerwerkloket meets; outside them a typing error is likelier than a client. */
export const PLAUSIBLE_AGE = { min: 15, max: 100 } as const;

/** "De cliënt is dan 126 jaar. Klopt de geboortedatum?", or null for a plausible birth date. */
export const birthDateQuestion = (birthIso: string, todayIso: string): string | null => {
  const age = ageOn(birthIso, todayIso);
  if (age > PLAUSIBLE_AGE.max) return t('clients.check.ageHigh', { age, max: PLAUSIBLE_AGE.max });
  if (age < PLAUSIBLE_AGE.min) return t('clients.check.ageLow', { age, min: PLAUSIBLE_AGE.min });
  return null;
};

/** Names compared as an adviser reads them: case, accents and extra spaces do not matter. */
const sameName = (a: string, b: string): boolean => {
  const norm = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
  return norm(a) === norm(b);
};

/** The dossiers that already hold this person: the same name and birth date. */
export const sameClients = <C extends Pick<Client, 'displayName' | 'birthDate'>>(fields: Pick<ClientFields, 'displayName' | 'birthDate'>, candidates: readonly C[]): C[] =>
  candidates.filter((c) => c.birthDate === fields.birthDate && sameName(c.displayName, fields.displayName));
