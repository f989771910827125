// Export format `arrangeur.arrangement` v1: one arrangement version with its case, so another
// adviser (or the same one, later) can import it and get the same arrangement back. Only
// content travels: no database ids, no timestamps of the export itself, so exporting,
// importing and exporting again gives the same bytes.
import { z } from 'zod';
import { caseFileSchema } from '../case/schema.ts';
import { arrangementStatuses, type ArrangementVersion, recordedOverrideSchema } from '../contract/arrangements.ts';
import type { Issue } from '../contract/result.ts';
import { isoDateSchema } from '../dates/index.ts';
import { arrangementResultSchema } from '../matcher/result.ts';

export const EXPORT_FORMAT = 'arrangeur.arrangement';
export const EXPORT_FORMAT_VERSION = 1;

const statusSchema = z.enum(arrangementStatuses);
const bounded = (max: number) => z.string().max(max);

export const exportSchema = z.strictObject({
  format: z.literal(EXPORT_FORMAT, { error: 'Dit is geen exportbestand van een Arrangeur-arrangement.' }),
  formatVersion: z.literal(EXPORT_FORMAT_VERSION, { error: 'Deze versie van het exportbestand kent Arrangeur niet.' }),
  arrangement: z.strictObject({
    referenceDate: isoDateSchema,
    status: statusSchema,
    lineStatuses: z.record(bounded(120), statusSchema),
    overrides: z.array(
      // Strict on the way in: an export carries exactly what we wrote.
      recordedOverrideSchema.superRefine((o, ctx) => {
        if (o.reason.trim().length < 5) ctx.addIssue({ code: 'custom', path: ['reason'], message: 'Geef een reden voor deze aanpassing.' });
        if (o.by.length > 120 || o.at.length > 40 || o.reason.length > 500) ctx.addIssue({ code: 'custom', path: [], message: 'Deze aanpassing is te lang.' });
      }),
    ).max(50),
    case: caseFileSchema,
    packs: z.array(z.strictObject({ id: bounded(120), version: bounded(40) })).max(100),
    result: arrangementResultSchema,
  }),
});
export type ArrangementExport = z.infer<typeof exportSchema>;

export function toExport(v: ArrangementVersion): ArrangementExport {
  return {
    format: EXPORT_FORMAT,
    formatVersion: EXPORT_FORMAT_VERSION,
    arrangement: {
      referenceDate: v.referenceDate,
      status: v.status,
      lineStatuses: sortKeys(v.lineStatuses),
      overrides: v.overrides,
      case: v.case,
      packs: v.packs,
      result: v.result,
    },
  };
}

const sortKeys = <T>(r: Record<string, T>): Record<string, T> =>
  Object.fromEntries(Object.entries(r).sort(([a], [b]) => a.localeCompare(b)));

export const serializeExport = (e: ArrangementExport): string => `${JSON.stringify(e, null, 2)}\n`;

export type ParsedExport = { ok: true; value: ArrangementExport } | { ok: false; message: string; issues: Issue[] };

export function parseExport(json: string): ParsedExport {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return { ok: false, message: 'Dit bestand is geen geldig JSON-bestand. Kies een exportbestand van Arrangeur.', issues: [] };
  }
  const parsed = exportSchema.safeParse(raw);
  if (parsed.success) return { ok: true, value: parsed.data };
  return {
    ok: false,
    message: 'Dit exportbestand klopt niet. Er is niets geïmporteerd.',
    issues: parsed.error.issues.slice(0, 20).map((i) => ({ path: i.path.map(String).join('.'), message: i.message })),
  };
}

/** A file name without personal data: the training and the peildatum. */
export function exportFileName(v: Pick<ArrangementVersion, 'case' | 'referenceDate' | 'version'>, ext: 'json' | 'pdf' | 'html'): string {
  const slug = v.case.training.title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40) || 'opleiding';
  return `arrangement-${slug}-${v.referenceDate}-v${v.version}.${ext}`;
}
