// Client dossiers. Personal data is limited to what matching needs: a name or pseudonym,
// birth date (age rules), region (regional schemes), the adviser's own reference and a note.
import { z } from 'zod';
import { isoDateSchema } from '../dates/index.ts';
import { regionIdSchema } from '../regions/index.ts';
import { operation } from './operation.ts';

const text = (max: number, label: string) =>
  z.string().trim().max(max, { message: `${label} mag hoogstens ${max} tekens hebben.` });

export const clientIdSchema = z.string().min(1).max(64);

export const clientFieldsSchema = z.strictObject({
  displayName: text(120, 'Naam of pseudoniem').min(1, { message: 'Vul een naam of pseudoniem in.' }),
  birthDate: isoDateSchema,
  region: regionIdSchema,
  adviserReference: text(60, 'Uw kenmerk'),
  note: text(2000, 'De notitie').nullable(),
});
export type ClientFields = z.infer<typeof clientFieldsSchema>;

export const clientSchema = clientFieldsSchema.extend({
  id: clientIdSchema,
  /** Optimistic-concurrency counter: an update must name the version it was based on. */
  version: z.number().int().min(1),
  createdAt: z.string(),
  updatedAt: z.string(),
  archivedAt: z.string().nullable(),
});
export type Client = z.infer<typeof clientSchema>;

export const clientListSchema = z.array(clientSchema);

export const clientsOperations = {
  'clients.create': operation(clientFieldsSchema, clientSchema, 'Dossier aanmaken'),
  'clients.get': operation(z.strictObject({ id: clientIdSchema }), clientSchema, 'Dossier openen'),
  'clients.update': operation(
    z.strictObject({ id: clientIdSchema, expectedVersion: z.number().int().min(1), fields: clientFieldsSchema }),
    clientSchema,
    'Dossier wijzigen',
  ),
  'clients.list': operation(
    z.strictObject({
      archived: z.boolean().default(false),
      limit: z.number().int().min(1).max(500).default(100),
      offset: z.number().int().min(0).default(0),
    }),
    clientListSchema,
    'Dossiers tonen',
  ),
  'clients.search': operation(
    z.strictObject({
      query: text(100, 'De zoekterm'),
      archived: z.boolean().default(false),
      limit: z.number().int().min(1).max(200).default(50),
    }),
    clientListSchema,
    'Dossiers zoeken',
  ),
  'clients.archive': operation(
    z.strictObject({ id: clientIdSchema, expectedVersion: z.number().int().min(1) }),
    clientSchema,
    'Dossier archiveren',
  ),
  'clients.restore': operation(
    z.strictObject({ id: clientIdSchema, expectedVersion: z.number().int().min(1) }),
    clientSchema,
    'Dossier terugzetten',
  ),
} as const;
