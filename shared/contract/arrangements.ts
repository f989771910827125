// Arrangements: the funding plan for one client and one training, saved as versions on the
// dossier. The services always recompute the result from the stored intake, dossier, training,
// packs and overrides: a result sent by the renderer is never trusted or stored.
import { z } from 'zod';
import { caseFileSchema } from '../case/schema.ts';
import { isoDateSchema } from '../dates/index.ts';
import { arrangementResultSchema } from '../matcher/result.ts';
import { applicants } from '../packs/format.ts';
import { clientIdSchema } from './clients.ts';
import { operation } from './operation.ts';
import { packRefSchema } from './packs.ts';
import { trainingIdSchema } from './trainings.ts';

export const arrangementStatuses = ['concept', 'besproken', 'aangevraagd', 'toegekend', 'afgewezen'] as const;
export type ArrangementStatus = (typeof arrangementStatuses)[number];

export const arrangementIdSchema = z.string().min(1).max(64);
const schemeIdSchema = z.string({ error: 'Kies een regeling.' }).min(1, { message: 'Kies een regeling.' }).max(120);
const statusSchema = z.enum(arrangementStatuses, { error: 'Kies concept, besproken, aangevraagd, toegekend of afgewezen.' });
const amountSchema = z
  .number({ error: 'Vul een bedrag in.' })
  .int({ message: 'Vul een bedrag in hele centen in.' })
  .min(0, { message: 'Een bedrag kan niet negatief zijn.' })
  .max(100_000_000, { message: 'Dit bedrag is te hoog (hoogstens € 1.000.000,00).' });

export const OVERRIDE_REASON_MIN = 5;
const reasonSchema = z
  .string({ error: 'Geef een reden voor deze aanpassing.' })
  .trim()
  .min(OVERRIDE_REASON_MIN, { message: 'Geef een reden voor deze aanpassing.' })
  .max(500, { message: 'De reden mag hoogstens 500 tekens hebben.' });

/** What the adviser may change about the matcher's proposal. Each needs a reason. */
export const overrideInputSchema = z.discriminatedUnion(
  'kind',
  [
    /** Leave this scheme out of the arrangement. */
    z.strictObject({ kind: z.literal('exclude-scheme'), schemeId: schemeIdSchema, reason: reasonSchema }),
    /** Use at most this amount of the scheme; must lie within what the scheme allows. */
    z.strictObject({ kind: z.literal('limit-amount'), schemeId: schemeIdSchema, amountCents: amountSchema, reason: reasonSchema }),
    /** The employer commits this amount (the Werkgeversbijdrage line). */
    z.strictObject({ kind: z.literal('employer-contribution'), amountCents: amountSchema, reason: reasonSchema }),
  ],
  { error: 'Kies wat u wilt aanpassen: een regeling weglaten, een bedrag begrenzen of een werkgeversbijdrage.' },
);
export type OverrideInput = z.infer<typeof overrideInputSchema>;

/** An override as stored: with who made it and when (server-side, never from the renderer). */
export const recordedOverrideSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('exclude-scheme'), schemeId: z.string(), reason: z.string(), by: z.string(), at: z.string() }),
  z.object({ kind: z.literal('limit-amount'), schemeId: z.string(), amountCents: z.number().int(), reason: z.string(), by: z.string(), at: z.string() }),
  z.object({ kind: z.literal('employer-contribution'), amountCents: z.number().int(), reason: z.string(), by: z.string(), at: z.string() }),
]);
export type RecordedOverride = z.infer<typeof recordedOverrideSchema>;

const MAX_LINE_STATUSES = 100;
export const lineStatusesSchema = z
  .record(z.string().min(1).max(120), statusSchema)
  .refine((r) => Object.keys(r).length <= MAX_LINE_STATUSES, { message: `Hoogstens ${MAX_LINE_STATUSES} regels.` });
export type LineStatuses = z.infer<typeof lineStatusesSchema>;

/** One step of the action list: who applies where, with which documents, before when. */
export const actionItemSchema = z.object({
  schemeId: z.string(),
  schemeName: z.string(),
  applicant: z.enum(applicants),
  /** Dutch, for the client: "Uw werkgever", "U zelf", ... */
  who: z.string(),
  /** One plain-Dutch sentence: "Uw werkgever vraagt Tel mee met Taal aan." */
  what: z.string(),
  how: z.string(),
  url: z.string().nullable(),
  documents: z.array(z.string()),
  /** Latest date to apply (ISO), when the scheme's tijdvak or deadline rule gives one. */
  applyBefore: z.string().nullable(),
  /** Plain-Dutch sentence about the timing ("Aanvragen kan van 01-01-2022 tot en met 28-02-2022."). */
  timing: z.string(),
  tijdvak: z.object({ opens: z.string(), closes: z.string() }).nullable(),
  /** Budget status worth telling ("Het budget is op."), or null. */
  budgetNote: z.string().nullable(),
});
export type ActionItem = z.infer<typeof actionItemSchema>;

export const arrangementOrigins = ['save', 'status', 'import'] as const;

export const arrangementVersionSchema = z.object({
  /** Stable id of the arrangement; every save adds a version under it. */
  id: arrangementIdSchema,
  clientId: clientIdSchema,
  /** null when the training was removed later; the case snapshot still holds it. */
  trainingId: trainingIdSchema.nullable(),
  version: z.number().int().min(1),
  referenceDate: z.string(),
  status: statusSchema,
  /** Per funding line (by schemeId). */
  lineStatuses: z.record(z.string(), statusSchema),
  overrides: z.array(recordedOverrideSchema),
  /** The case as assembled from dossier, intake and training, before overrides. */
  case: caseFileSchema,
  packs: z.array(packRefSchema),
  result: arrangementResultSchema,
  actions: z.array(actionItemSchema),
  savedAt: z.string(),
  savedBy: z.string(),
  origin: z.enum(arrangementOrigins),
});
export type ArrangementVersion = z.infer<typeof arrangementVersionSchema>;

export const arrangementSummarySchema = z.object({
  id: arrangementIdSchema,
  clientId: clientIdSchema,
  trainingId: trainingIdSchema.nullable(),
  trainingTitle: z.string(),
  version: z.number().int(),
  status: statusSchema,
  referenceDate: z.string(),
  totalCostCents: z.number().int(),
  ownContributionCents: z.number().int(),
  loanCents: z.number().int(),
  savedAt: z.string(),
});
export type ArrangementSummary = z.infer<typeof arrangementSummarySchema>;

export const overrideHistoryEntrySchema = z.object({
  version: z.number().int(),
  change: z.enum(['added', 'removed']),
  /** For 'added' the override's own who/when; for 'removed' the version's. */
  by: z.string(),
  at: z.string(),
  override: recordedOverrideSchema,
});

export const arrangementDetailSchema = arrangementVersionSchema.extend({
  versions: z.array(
    z.object({
      version: z.number().int(),
      savedAt: z.string(),
      savedBy: z.string(),
      status: statusSchema,
      origin: z.enum(arrangementOrigins),
      ownContributionCents: z.number().int(),
    }),
  ),
  overrideHistory: z.array(overrideHistoryEntrySchema),
});
export type ArrangementDetail = z.infer<typeof arrangementDetailSchema>;

const versionRef = z.strictObject({
  id: arrangementIdSchema,
  /** Omitted: the latest version. */
  version: z.number().int().min(1).optional(),
});

const calcInput = {
  clientId: clientIdSchema,
  trainingId: trainingIdSchema,
  referenceDate: isoDateSchema,
  overrides: z.array(overrideInputSchema).max(50, { message: 'Hoogstens 50 aanpassingen.' }).default([]),
};

export const MAX_IMPORT_CHARS = 200_000;

export const arrangementsOperations = {
  /** Computes what save would store, without storing (also checks the overrides). */
  'arrangements.preview': operation(
    z.strictObject(calcInput),
    z.object({ case: caseFileSchema, packs: z.array(packRefSchema), result: arrangementResultSchema, actions: z.array(actionItemSchema) }),
    'Arrangement berekenen',
  ),
  /** Without arrangementId: a new arrangement (version 1). With it: a new version, guarded by expectedVersion. */
  'arrangements.save': operation(
    z
      .strictObject({
        ...calcInput,
        arrangementId: arrangementIdSchema.optional(),
        expectedVersion: z.number().int().min(1).optional(),
        status: statusSchema.default('concept'),
        lineStatuses: lineStatusesSchema.default({}),
      })
      .refine((v) => (v.arrangementId === undefined) === (v.expectedVersion === undefined), {
        message: 'Geef bij een nieuwe versie ook de versie mee die u had geopend.',
        path: ['expectedVersion'],
      }),
    arrangementVersionSchema,
    'Arrangement opslaan',
  ),
  'arrangements.list': operation(
    z.strictObject({ clientId: clientIdSchema }),
    z.array(arrangementSummarySchema),
    'Arrangementen tonen',
  ),
  'arrangements.get': operation(versionRef, arrangementDetailSchema, 'Arrangement openen'),
  'arrangements.setStatus': operation(
    z.strictObject({
      id: arrangementIdSchema,
      expectedVersion: z.number().int().min(1),
      status: statusSchema,
      lineStatuses: lineStatusesSchema.optional(),
    }),
    arrangementVersionSchema,
    'Status wijzigen',
  ),
  /** The client's document as one self-contained HTML page (A4 print CSS, no scripts). */
  'arrangements.document': operation(
    versionRef,
    z.object({ html: z.string(), fileName: z.string() }),
    'Document voor de cliënt maken',
  ),
  /** Only in the desktop app (needs printPdf + saveFile); elsewhere fails with code 'unavailable'. */
  'arrangements.exportPdf': operation(
    versionRef,
    z.object({ saved: z.boolean(), path: z.string().nullable() }),
    'PDF opslaan',
  ),
  'arrangements.exportJson': operation(
    versionRef,
    z.object({ fileName: z.string(), json: z.string() }),
    'Arrangement exporteren',
  ),
  'arrangements.importJson': operation(
    z.strictObject({
      clientId: clientIdSchema,
      json: z
        .string({ error: 'Kies een exportbestand van Arrangeur.' })
        .min(2, { message: 'Het bestand is leeg.' })
        .max(MAX_IMPORT_CHARS, { message: 'Dit bestand is te groot voor een arrangement.' }),
    }),
    z.object({ arrangement: arrangementVersionSchema, warnings: z.array(z.string()) }),
    'Arrangement importeren',
  ),
} as const;
