// Loading a pack or case file: JSON text (or an already parsed value) in, a validated pack or
// case out, or the full list of problems. A pack that does not validate is refused whole:
// half a pack could silently drop a scheme an adviser relies on. Pure: the caller reads files.
import type { z } from 'zod';
import { caseFileSchema, type CaseFile } from '../case/schema.ts';
import { packSchema, PACK_FORMAT_VERSION, type Pack } from './format.ts';
import { describeFound } from '../validation/dutch.ts';
import { fileIssuesFromZod, markDefaultMessages, type FileIssue } from './issues.ts';
import { findJsonSyntaxProblem } from './json-syntax.ts';
import { APP_VERSION, compareVersions } from '../app-version.ts';

export { formatIssues, jsonPath, type FileIssue } from './issues.ts';

export type ParsePackResult = { ok: true; pack: Pack } | { ok: false; issues: FileIssue[] };
export type ParseCaseResult = { ok: true; caseFile: CaseFile } | { ok: false; issues: FileIssue[] };

const MAX_DEPTH = 100;
const CASE_FORMAT_VERSION = 1;

const issue = (file: string, message: string, found: string, expected: string, extra: Partial<FileIssue> = {}): FileIssue => ({
  file,
  path: '$',
  found,
  expected,
  message,
  ...extra,
});

/** JSON text → value, or a syntax issue with line and column. */
const readJson = (input: unknown, file: string): { ok: true; value: unknown } | { ok: false; issues: FileIssue[] } => {
  if (typeof input !== 'string') return { ok: true, value: input };
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input; // a BOM from Windows editors is harmless
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    const p = findJsonSyntaxProblem(text);
    if (p) {
      return { ok: false, issues: [issue(file, `Geen geldige JSON op regel ${p.line}, kolom ${p.column}: ${p.message}`, p.found, p.expected, { line: p.line, column: p.column })] };
    }
    return { ok: false, issues: [issue(file, 'Dit is geen geldige JSON.', e instanceof Error ? e.message.slice(0, 80) : 'onleesbare tekst', 'geldige JSON')] };
  }
};

/**
 * Refuses values zod would recurse into without end: very deep nesting (a stack overflow is a
 * crash, not a message) and, for values handed over in memory, cycles.
 */
const checkShape = (value: unknown, file: string): FileIssue[] => {
  const stack: Array<{ v: unknown; depth: number }> = [{ v: value, depth: 0 }];
  // Iterative depth-first walk. A cycle needs no bookkeeping: it makes the depth pass MAX_DEPTH.
  for (let budget = 0; stack.length > 0; budget++) {
    const { v, depth } = stack.pop()!;
    if (depth > MAX_DEPTH) {
      return [issue(file, `Het bestand is te diep genest (meer dan ${MAX_DEPTH} niveaus) of verwijst naar zichzelf.`, `meer dan ${MAX_DEPTH} niveaus`, `hoogstens ${MAX_DEPTH} niveaus`)];
    }
    if (v === null || typeof v !== 'object') continue;
    for (const child of Object.values(v as object)) if (child !== null && typeof child === 'object') stack.push({ v: child, depth: depth + 1 });
    if (budget > 5_000_000) break;
  }
  return [];
};

const versionIssue = (value: unknown, file: string, expected: number, what: string): FileIssue[] => {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [];
  const v = (value as Record<string, unknown>).formatVersion;
  if (typeof v === 'number' && v !== expected) {
    return [
      {
        file,
        path: '$.formatVersion',
        found: describeFound(v),
        expected: String(expected),
        message:
          v > expected
            ? `Dit ${what} heeft formatVersion ${v}; deze versie van Arrangeur leest versie ${expected}. Werk Arrangeur bij.`
            : `Dit ${what} heeft formatVersion ${v}; deze versie van Arrangeur leest versie ${expected}.`,
      },
    ];
  }
  return [];
};

const validate = <T>(schema: z.ZodType<T>, value: unknown, file: string): { ok: true; data: T } | { ok: false; issues: FileIssue[] } => {
  try {
    const r = schema.safeParse(value, { reportInput: true, error: markDefaultMessages });
    if (r.success) return { ok: true, data: r.data };
    return { ok: false, issues: fileIssuesFromZod(r.error.issues, file, schema, value) };
  } catch (e) {
    // Zod does not throw on bad data; this is a last line so a bug shows as a message, not a crash.
    const detail = e instanceof Error ? e.message.slice(0, 80) : 'onbekend';
    return { ok: false, issues: [issue(file, `Dit bestand kon niet worden gecontroleerd door een interne fout (${detail}).`, describeFound(value), 'een geldig bestand')] };
  }
};

/**
 * Any other JSON data file (the Loopbaan APK checklist) read with the same guards and the same
 * kind of messages as packs and cases: syntax errors with line and column, depth limits, and
 * schema problems naming the JSON path, what was found and what was expected.
 */
export const parseJsonWith = <T>(schema: z.ZodType<T>, input: string | unknown, fileName: string): { ok: true; data: T } | { ok: false; issues: FileIssue[] } => {
  const json = readJson(input, fileName);
  if (!json.ok) return json;
  const shape = checkShape(json.value, fileName);
  return shape.length > 0 ? { ok: false, issues: shape } : validate(schema, json.value, fileName);
};

/**
 * A pack may use rule facts or coverage a newer Arrangeur understands; the regional team says so
 * with minAppVersion. An older build refuses it whole rather than evaluate it half-understood.
 */
const appVersionIssue = (pack: Pack, fileName: string, appVersion: string): FileIssue[] =>
  compareVersions(pack.minAppVersion, appVersion) > 0
    ? [
        issue(
          fileName,
          `Dit pakket vraagt Arrangeur ${pack.minAppVersion} of nieuwer; dit is versie ${appVersion}. Werk Arrangeur bij, of gebruik een oudere versie van het pakket.`,
          pack.minAppVersion,
          `${appVersion} of lager`,
          { path: '$.minAppVersion' },
        ),
      ]
    : [];

export const parsePack = (input: string | unknown, fileName: string, options: { appVersion?: string } = {}): ParsePackResult => {
  const json = readJson(input, fileName);
  if (!json.ok) return json;
  const early = [...checkShape(json.value, fileName), ...versionIssue(json.value, fileName, PACK_FORMAT_VERSION, 'pakket')];
  if (early.length > 0) return { ok: false, issues: early };
  const r = validate(packSchema, json.value, fileName);
  if (!r.ok) return r;
  const tooNew = appVersionIssue(r.data, fileName, options.appVersion ?? APP_VERSION);
  return tooNew.length > 0 ? { ok: false, issues: tooNew } : { ok: true, pack: r.data };
};

export const parseCase = (input: string | unknown, fileName: string): ParseCaseResult => {
  const json = readJson(input, fileName);
  if (!json.ok) return json;
  const early = [...checkShape(json.value, fileName), ...versionIssue(json.value, fileName, CASE_FORMAT_VERSION, 'casusbestand')];
  if (early.length > 0) return { ok: false, issues: early };
  const r = validate(caseFileSchema, json.value, fileName);
  return r.ok ? { ok: true, caseFile: r.data } : r;
};
