// Reads scheme packs from disk (plain Node; no electron import, so the CLI, the bench and the
// services share it). Loading is all-or-nothing: one pack that does not validate refuses the
// whole set, because an arrangement computed without one of the adviser's packs would look
// complete while missing money. Every problem names the file, the JSON path, what was found
// and what was expected.
import { closeSync, fstatSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PackLoadProblem } from '../../shared/contract/packs.ts';
import type { Pack } from '../../shared/packs/format.ts';
import { parsePack } from '../../shared/packs/parse.ts';

export type PackLoadResult =
  | { readonly ok: true; readonly packs: Pack[]; readonly files: string[] }
  | { readonly ok: false; readonly problems: PackLoadProblem[]; readonly message: string };

/** Thrown by the *OrThrow helpers; `message` is the Dutch text to show, one problem a line. */
export class PackLoadError extends Error {
  constructor(readonly problems: PackLoadProblem[], message: string) {
    super(message);
    this.name = 'PackLoadError';
  }
}

/** The reference packs shipped with the app: <repo or app root>/assets/packs. */
export const defaultPacksDir = (): string => {
  // This file lives in electron/packs/ in the repo; a bundled main.cjs lives in dist/electron/.
  // Both are two levels below the root that holds assets/.
  const here = typeof __dirname === 'string' ? __dirname : dirname(fileURLToPath(import.meta.url));
  return resolve(here, '..', '..', 'assets', 'packs');
};

const problem = (file: string, path: string, message: string): PackLoadProblem => ({ file: basename(file), path, message });

const describe = (problems: readonly PackLoadProblem[]): string =>
  problems.map((p) => `${p.file}${p.path ? ` (${p.path})` : ''}: ${p.message}`).join('\n');

const refuse = (problems: PackLoadProblem[], extra?: string): PackLoadResult => ({
  ok: false,
  problems,
  message: [extra ?? 'De regelingenpakketten zijn niet geladen: er is een fout gevonden.', describe(problems)].join('\n'),
});

const readErrorText = (err: unknown): string => {
  const code = (err as { code?: string } | null)?.code;
  if (code === 'ENOENT') return 'Het bestand bestaat niet.';
  if (code === 'EACCES' || code === 'EPERM') return 'Het bestand kan niet worden gelezen (geen toegang).';
  if (code === 'EISDIR') return 'Dit is een map, geen bestand.';
  return 'Het bestand kan niet worden gelezen.';
};

/**
 * The largest pack file we read. The national pack with every national scheme is about 50 KB;
 * a hundred times that is no scheme pack but a mistake or an attack, and a 105 MB file took 8 s
 * to parse and refuse, at every start. Checked on the file's size before one byte is read.
 */
export const MAX_PACK_FILE_BYTES = 5 * 1024 * 1024;

const megabytes = (bytes: number): string => `${(bytes / (1024 * 1024)).toFixed(1).replace('.', ',')} MB`;

export const packTooLargeText = (size: number): string =>
  `Het bestand is ${megabytes(size)}; een pakketbestand mag hoogstens ${megabytes(MAX_PACK_FILE_BYTES).replace(',0', '')} zijn. Het is niet gelezen.`;

type PackRead = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly message: string };

/**
 * Reads one pack file: the size (and that it is a regular file, not a device or pipe that never
 * ends) is checked on the open file first, so an oversized file costs one stat, not a read.
 */
export const readPackFile = (path: string): PackRead => {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (err) {
    return { ok: false, message: readErrorText(err) };
  }
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) return { ok: false, message: readErrorText({ code: 'EISDIR' }) };
    if (!st.isFile()) return { ok: false, message: 'Dit is geen gewoon bestand.' };
    if (st.size > MAX_PACK_FILE_BYTES) return { ok: false, message: packTooLargeText(st.size) };
    // Read at most one byte more than the size we checked: a file still growing (being copied)
    // cannot make this read more than the limit either, and is refused rather than half read.
    const buffer = Buffer.alloc(st.size + 1);
    let length = 0;
    while (length < buffer.length) {
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
    }
    if (length > st.size) return { ok: false, message: 'Het bestand veranderde tijdens het lezen. Probeer het opnieuw als het helemaal gekopieerd is.' };
    return { ok: true, text: buffer.toString('utf8', 0, length) };
  } catch (err) {
    return { ok: false, message: readErrorText(err) };
  } finally {
    closeSync(fd);
  }
};

/** Loads the given pack files; refuses the whole set if any one of them is wrong. */
export const loadPackFiles = (paths: readonly string[]): PackLoadResult => {
  const problems: PackLoadProblem[] = [];
  const packs: Pack[] = [];
  const fileOf = new Map<string, string>();
  for (const path of paths) {
    const read = readPackFile(path);
    if (!read.ok) {
      problems.push(problem(path, '', read.message));
      continue;
    }
    const parsed = parsePack(read.text, basename(path));
    if (!parsed.ok) {
      for (const i of parsed.issues) {
        const where = i.line !== undefined ? ` (regel ${i.line}${i.column !== undefined ? `, kolom ${i.column}` : ''})` : '';
        problems.push(problem(path, i.path, `${i.message}${where} Gevonden: ${i.found}; verwacht: ${i.expected}.`));
      }
      continue;
    }
    const earlier = fileOf.get(parsed.pack.id);
    if (earlier !== undefined) {
      problems.push(problem(path, '$.id', `Pakket-id "${parsed.pack.id}" staat ook in ${earlier}. Elk pakket mag maar één keer geladen worden.`));
      continue;
    }
    fileOf.set(parsed.pack.id, basename(path));
    packs.push(parsed.pack);
  }
  if (problems.length > 0) return refuse(problems);
  return { ok: true, packs, files: paths.map((p) => resolve(p)) };
};

/** All *.json files of each folder (sorted by name, so the order is the same everywhere). */
export const packFilesIn = (dirs: readonly string[]): { files: string[]; problems: PackLoadProblem[] } => {
  const files: string[] = [];
  const problems: PackLoadProblem[] = [];
  for (const dir of dirs) {
    let names: string[];
    try {
      if (!statSync(dir).isDirectory()) {
        problems.push(problem(dir, '', 'Dit is geen map. Geef een map met pakketbestanden (.json).'));
        continue;
      }
      names = readdirSync(dir);
    } catch (err) {
      const code = (err as { code?: string } | null)?.code;
      problems.push(problem(dir, '', code === 'ENOENT' ? 'Deze map bestaat niet.' : 'Deze map kan niet worden gelezen.'));
      continue;
    }
    const json = names.filter((n) => n.toLowerCase().endsWith('.json')).sort();
    if (json.length === 0) problems.push(problem(dir, '', 'In deze map staan geen pakketbestanden (.json).'));
    files.push(...json.map((n) => join(dir, n)));
  }
  return { files, problems };
};

export const loadPackDirs = (dirs: readonly string[]): PackLoadResult => {
  const { files, problems } = packFilesIn(dirs);
  if (problems.length > 0) return refuse(problems);
  return loadPackFiles(files);
};

export const loadPackDirsOrThrow = (dirs: readonly string[]): Pack[] => {
  const r = loadPackDirs(dirs);
  if (!r.ok) throw new PackLoadError(r.problems, r.message);
  return r.packs;
};

/** The shipped reference packs; throws PackLoadError (a build defect) if one is broken. */
export const loadReferencePacks = (): Pack[] => loadPackDirsOrThrow([defaultPacksDir()]);
