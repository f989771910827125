// Supervisor reports (issue 10): what the team arranged, over this laptop's arrangements or
// over report bundles imported from several advisers, without personal data. The bundle format
// itself lives in shared/reports/bundle.ts (above the contract): the contract only carries the
// file as text and the finished, already suppressed report tables.
import { z } from 'zod';
import { trainingKinds } from '../case/schema.ts';
import { isoDateSchema } from '../dates/index.ts';
import { arrangementStatuses } from './arrangements.ts';
import { operation } from './operation.ts';
import { packRefSchema } from './packs.ts';

/** Disclosure control (CBS practice): cells under this count are suppressed; never below 5. */
export const DEFAULT_SUPPRESSION_THRESHOLD = 10;
export const MIN_SUPPRESSION_THRESHOLD = 5;

/** A bundle of one adviser for a year is a few thousand records; this leaves ample room. */
export const MAX_BUNDLE_CHARS = 40_000_000;

const monthSchema = z
  .string({ error: 'Kies een maand.' })
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'Kies een maand als jjjj-mm, zoals 2026-03.' });

export const reportSources = ['local', 'bundles'] as const;
export type ReportSource = (typeof reportSources)[number];

export const reportFiltersSchema = z
  .strictObject({
    /** First month of the period (peildatum), inclusive; omitted = from the start. */
    from: monthSchema.optional(),
    /** Last month of the period (peildatum), inclusive; omitted = to the end. */
    to: monthSchema.optional(),
    region: z.string().min(1).max(80).optional(),
    /** Arrangements with a funding line of this scheme. */
    schemeId: z.string().min(1).max(120).optional(),
    status: z.enum(arrangementStatuses, { error: 'Kies concept, besproken, aangevraagd, toegekend of afgewezen.' }).optional(),
    trainingKind: z.enum(trainingKinds, { error: 'Kies een soort opleiding.' }).optional(),
  })
  .refine((f) => f.from === undefined || f.to === undefined || f.from <= f.to, {
    message: 'De eerste maand ligt na de laatste maand.',
    path: ['to'],
  });
export type ReportFilters = z.infer<typeof reportFiltersSchema>;

export const reportRequestSchema = z.strictObject({
  source: z.enum(reportSources, { error: 'Kies deze laptop of de ingelezen bestanden.' }).default('bundles'),
  filters: reportFiltersSchema.default({}),
  threshold: z
    .number({ error: 'Vul een drempel in.' })
    .int({ message: 'Vul een heel getal in.' })
    .min(MIN_SUPPRESSION_THRESHOLD, { message: `De drempel is minstens ${MIN_SUPPRESSION_THRESHOLD}.` })
    .max(1000, { message: 'De drempel is hoogstens 1000.' })
    .default(DEFAULT_SUPPRESSION_THRESHOLD),
});
export type ReportRequest = z.infer<typeof reportRequestSchema>;

export const bundleInfoSchema = z.object({
  id: z.string(),
  fileName: z.string(),
  /** The period the adviser exported (ISO dates). */
  from: z.string(),
  to: z.string(),
  exportedOn: z.string(),
  count: z.number().int(),
  importedAt: z.string(),
  packs: z.array(packRefSchema),
});
export type BundleInfo = z.infer<typeof bundleInfoSchema>;

/** How a column's numbers read: a count, an amount in cents, a percentage (one decimal), or text. */
export const reportColumnKinds = ['text', 'count', 'cents', 'percent'] as const;
export type ReportColumnKind = (typeof reportColumnKinds)[number];

/** null = suppressed (shown as "x", as CBS does); a total row is marked for styling. */
export const reportCellSchema = z.union([z.string(), z.number(), z.null()]);
export type ReportCell = z.infer<typeof reportCellSchema>;

export const reportTableSchema = z.object({
  id: z.string(),
  title: z.string(),
  columns: z.array(z.object({ label: z.string(), kind: z.enum(reportColumnKinds) })),
  rows: z.array(z.object({ cells: z.array(reportCellSchema), total: z.boolean() })),
  /** A bar per row, a line per month, or no chart. */
  chart: z.enum(['bar', 'line', 'none']),
  /** Which column the chart draws (index into columns). */
  chartColumn: z.number().int(),
  note: z.string().nullable(),
});
export type ReportTable = z.infer<typeof reportTableSchema>;

export const reportSchema = z.object({
  source: z.enum(reportSources),
  filters: reportFiltersSchema,
  /** Dutch lines: "Periode: 01-2026 t/m 03-2026", "Regio: Twente", ... */
  filterLines: z.array(z.string()),
  bundles: z.array(bundleInfoSchema),
  packs: z.array(packRefSchema),
  madeAt: z.string(),
  threshold: z.number().int(),
  /** How many arrangements the report counts (null when that itself is under the threshold). */
  total: z.number().int().nullable(),
  /** One Dutch line: what was suppressed and why. */
  suppressionNote: z.string(),
  tables: z.array(reportTableSchema),
});
export type Report = z.infer<typeof reportSchema>;

const fileNameSchema = z
  .string({ error: 'Kies een bestand.' })
  .trim()
  .min(1, { message: 'Kies een bestand.' })
  .max(255, { message: 'De bestandsnaam is te lang.' });

export const reportsOperations = {
  /** This laptop's arrangements (latest version each, peildatum in the period) as a bundle, without personal data. */
  'reports.exportBundle': operation(
    z
      .strictObject({ from: isoDateSchema, to: isoDateSchema })
      .refine((p) => p.from <= p.to, { message: 'De begindatum ligt na de einddatum.', path: ['to'] }),
    z.object({ fileName: z.string(), json: z.string(), count: z.number().int() }),
    'Rapportagebestand maken',
  ),
  /** Refused whole on any problem; the same bundle (or the same records) again counts once. */
  'reports.importBundle': operation(
    z.strictObject({
      fileName: fileNameSchema,
      json: z
        .string({ error: 'Kies een rapportagebestand van Arrangeur.' })
        .max(MAX_BUNDLE_CHARS, { message: 'Dit bestand is te groot voor een rapportagebestand.' }),
    }),
    z.object({
      bundle: bundleInfoSchema,
      /** True when exactly this bundle was already in: nothing changed. */
      alreadyImported: z.boolean(),
      /** Records that were already in from another bundle (they count once). */
      duplicates: z.number().int(),
      message: z.string(),
    }),
    'Rapportagebestand inlezen',
  ),
  'reports.bundles': operation(z.strictObject({}), z.array(bundleInfoSchema), 'Ingelezen rapportagebestanden tonen'),
  'reports.removeBundle': operation(
    z.strictObject({ id: z.string().min(1).max(64) }),
    z.object({ removed: z.boolean() }),
    'Rapportagebestand verwijderen',
  ),
  'reports.run': operation(reportRequestSchema, reportSchema, 'Rapportage maken'),
  /** CSV for Dutch Excel: ';', decimal comma, BOM, dd-mm-jjjj. */
  'reports.exportCsv': operation(reportRequestSchema, z.object({ fileName: z.string(), csv: z.string() }), 'Rapportage als CSV'),
  /** XLSX with real numbers and euro formats, one sheet per table; base64 so it crosses JSON. */
  'reports.exportXlsx': operation(reportRequestSchema, z.object({ fileName: z.string(), base64: z.string() }), 'Rapportage als Excel'),
  /** The report as one self-contained HTML page (A4 print CSS, static SVG charts, no scripts). */
  'reports.document': operation(reportRequestSchema, z.object({ html: z.string(), fileName: z.string() }), 'Rapportage als document'),
  /** Only in the desktop app (printPdf + saveFile); elsewhere 'unavailable' and the renderer prints reports.document. */
  'reports.exportPdf': operation(reportRequestSchema, z.object({ saved: z.boolean(), path: z.string().nullable() }), 'Rapportage als PDF'),
} as const;
