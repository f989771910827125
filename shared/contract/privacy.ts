// The client's rights under the AVG (issue 13.11, 13.12): inzage and export of everything held
// about one client (art. 15 and 20), erasure (art. 17), and the retention policy's review list.
// The export is format `arrangeur.client-export` v1, published as a JSON Schema in
// schemas/client-export.v1.schema.json (shared/contract/client-export-schema.ts).
import { z } from 'zod';
import { apkAnswers, proposedChangeSchema, signalIds } from '../apk/checklist.ts';
import { arrangementIdSchema, arrangementVersionSchema } from './arrangements.ts';
import { auditEntrySchema } from './audit.ts';
import { clientIdSchema, clientSchema } from './clients.ts';
import { intakeSchema } from './intake.ts';
import { operation } from './operation.ts';
import { trainingIdSchema, trainingRecordSchema } from './trainings.ts';

export const CLIENT_EXPORT_FORMAT = 'arrangeur.client-export';
export const CLIENT_EXPORT_FORMAT_VERSION = 1;

export const clientExportSchema = z
  .object({
    format: z.literal(CLIENT_EXPORT_FORMAT),
    formatVersion: z.literal(CLIENT_EXPORT_FORMAT_VERSION),
    /** When the export was made (ISO 8601) and by whom (the adviser's name from the settings). */
    exportedAt: z.string(),
    exportedBy: z.string(),
    /** The organisation that holds the data, from the settings ('' when not filled in). */
    organisation: z.string(),
    client: clientSchema,
    /** null when no intake was saved. */
    intake: intakeSchema.nullable(),
    trainings: z.array(trainingRecordSchema),
    apk: z.object({
      /** Every answer given, of every checklist version used. */
      answers: z.array(
        z.object({
          checklistId: z.string(),
          checklistVersion: z.string(),
          statementId: z.string(),
          answer: z.enum(apkAnswers),
          note: z.string(),
          answeredAt: z.string(),
        }),
      ),
      /** Signals the adviser confirmed: what they changed in the intake, by whom and when. */
      confirmations: z.array(
        z.object({
          signalId: z.enum(signalIds),
          changes: z.array(proposedChangeSchema),
          trainingId: trainingIdSchema.nullable(),
          confirmedBy: z.string(),
          confirmedAt: z.string(),
        }),
      ),
    }),
    /** Every arrangement with every version (each with its overrides, reasons, who and when). */
    arrangements: z.array(
      z.object({
        id: arrangementIdSchema,
        trainingId: trainingIdSchema.nullable(),
        createdAt: z.string(),
        updatedAt: z.string(),
        versions: z.array(arrangementVersionSchema),
      }),
    ),
    /** The audit entries about this client, oldest first (field names only, never values). */
    audit: z.array(auditEntrySchema),
  })
  .meta({
    title: 'Arrangeur: alle gegevens over één cliënt, formaat v1',
    description:
      'Inzage en export (AVG artikel 15 en 20): het dossier, de intake, de opleidingen, de antwoorden van de Loopbaan APK, de arrangementen met alle versies en het logboek.',
  });
export type ClientExport = z.infer<typeof clientExportSchema>;

const savedFile = z.object({ saved: z.boolean(), path: z.string().nullable() });

/** How many records an erasure removed, per kind (counts only: nothing about the client). */
export const erasedRecordsSchema = z.object({
  dossiers: z.number().int(),
  intakes: z.number().int(),
  trainings: z.number().int(),
  apkAnswers: z.number().int(),
  apkConfirmations: z.number().int(),
  arrangements: z.number().int(),
  arrangementVersions: z.number().int(),
  /** Rows of other tables that held the client's id (e.g. re-evaluation items). */
  otherRecords: z.number().int(),
  /** Audit entries that lost their reference to the client (the entries themselves stay). */
  auditReferences: z.number().int(),
});
export type ErasedRecords = z.infer<typeof erasedRecordsSchema>;

export const erasureSchema = z.object({ erasedAt: z.string(), records: erasedRecordsSchema });

/** One dossier the retention policy would erase: only what the adviser needs to recognise it. */
export const retentionCandidateSchema = z.object({
  id: clientIdSchema,
  displayName: z.string(),
  archivedAt: z.string(),
  /** Send it back with retention.erase: a dossier changed after the review is not erased. */
  version: z.number().int().min(1),
});

export const RETENTION_ERASE_MAX = 500;
const retentionConfirmMessage = 'Bevestig dat u deze dossiers wilt wissen. Er is niets gewist.';

export const privacyOperations = {
  /**
   * Inzage and export: everything held about one client, as the JSON file (with its published
   * schema) and as a readable, self-contained HTML document (print it, or clients.exportPdf).
   * Recorded in the audit trail as 'client.export'.
   */
  'clients.exportData': operation(
    z.strictObject({ clientId: clientIdSchema }),
    z.object({
      data: clientExportSchema,
      json: z.object({ fileName: z.string(), text: z.string() }),
      document: z.object({ fileName: z.string(), html: z.string() }),
    }),
    'Alle gegevens van de cliënt tonen of exporteren',
  ),
  /** The same document as a PDF where the adviser chooses (desktop app only, else 'unavailable'). */
  'clients.exportPdf': operation(z.strictObject({ clientId: clientIdSchema }), savedFile, 'Gegevens van de cliënt als PDF opslaan'),
  /**
   * Erasure (art. 17): the dossier and everything about it, for good. The adviser confirms by
   * typing the client's name back (case does not matter) and names the version they saw, so a
   * dossier changed in between is not erased unseen. Recorded as 'client.erase' without
   * anything about the client.
   */
  'clients.erase': operation(
    z.strictObject({
      id: clientIdSchema,
      expectedVersion: z.number().int().min(1),
      confirmName: z
        .string({ error: 'Typ de naam van de cliënt over om te bevestigen dat u het dossier wilt wissen.' })
        .trim()
        .min(1, { message: 'Typ de naam van de cliënt over om te bevestigen dat u het dossier wilt wissen.' })
        .max(200, { message: 'Typ alleen de naam van de cliënt over.' }),
    }),
    erasureSchema,
    'Dossier wissen',
  ),
  /**
   * What the retention policy would erase now: archived dossiers archived longer than the
   * policy's months ago, oldest first. Erases nothing. months null = the policy is off (empty list).
   */
  'retention.review': operation(
    z.strictObject({}),
    z.object({
      months: z.number().int().nullable(),
      /** Dossiers archived before this moment (ISO 8601) qualify; null when the policy is off. */
      archivedBefore: z.string().nullable(),
      candidates: z.array(retentionCandidateSchema),
      /** All that qualify; candidates holds at most 500 of them. */
      total: z.number().int().min(0),
    }),
    'Bewaartermijn: dossiers om te wissen tonen',
  ),
  /**
   * Erases the dossiers the adviser confirmed from the review list, in one transaction. Each is
   * checked again: still archived, still past the retention period, unchanged since the review.
   * One that no longer qualifies is skipped and named with the reason; the rest are erased.
   */
  'retention.erase': operation(
    z.strictObject({
      confirm: z.literal(true, { error: retentionConfirmMessage }),
      clients: z
        .array(z.strictObject({ id: clientIdSchema, expectedVersion: z.number().int().min(1) }), { error: 'Kies de dossiers die u wilt wissen.' })
        .min(1, { message: 'Kies de dossiers die u wilt wissen.' })
        .max(RETENTION_ERASE_MAX, { message: `Wis hoogstens ${RETENTION_ERASE_MAX} dossiers tegelijk.` })
        .refine((list) => new Set(list.map((c) => c.id)).size === list.length, { message: 'Een dossier staat twee keer in de lijst. Er is niets gewist.' }),
    }),
    z.object({
      erased: z.array(z.object({ id: clientIdSchema, erasedAt: z.string(), records: erasedRecordsSchema })),
      skipped: z.array(z.object({ id: clientIdSchema, reason: z.string() })),
    }),
    'Dossiers wissen volgens de bewaartermijn',
  ),
} as const;
