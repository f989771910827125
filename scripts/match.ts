// `npm run --silent match -- --case FILE [--date YYYY-MM-DD] [--pack DIR ...]`
// Prints the arrangement result (section 5 of the domain brief) as JSON on stdout. Anything
// wrong (arguments, a missing or invalid case, a pack that does not validate) gives a Dutch
// message on stderr that names the file and field, a non-zero exit code, and nothing on stdout,
// so a script that pipes the output never mistakes an error for a result.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isIsoDate } from '../shared/dates/index.ts';
import { match } from '../shared/matcher/index.ts';
import { formatIssues, parseCase } from '../shared/packs/parse.ts';
import { defaultPacksDir, loadPackDirs } from '../electron/packs/load-dir.ts';

export const USAGE = 'Gebruik: npm run --silent match -- --case BESTAND [--date JJJJ-MM-DD] [--pack MAP ...]';

/** Exit codes: 0 result printed (or help asked), 1 invalid case or pack, 2 wrong arguments. */
export interface CliOutcome {
  readonly code: 0 | 1 | 2;
  readonly stdout: string;
  readonly stderr: string;
}

interface Args {
  casePath: string;
  date: string | null;
  packDirs: string[];
}

const usageError = (message: string): CliOutcome => ({ code: 2, stdout: '', stderr: `Fout: ${message}\n${USAGE}\n` });
const inputError = (lines: readonly string[]): CliOutcome => ({ code: 1, stdout: '', stderr: `${lines.join('\n')}\n` });

const parseArgs = (argv: readonly string[]): Args | CliOutcome => {
  let casePath: string | null = null;
  let date: string | null = null;
  const packDirs: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const eq = arg.indexOf('=');
    const [name, inline] = arg.startsWith('--') && eq > 0 ? [arg.slice(0, eq), arg.slice(eq + 1)] : [arg, undefined];
    if (name === '--help' || name === '-h') return { code: 0, stdout: '', stderr: `${USAGE}\n` };
    if (name !== '--case' && name !== '--date' && name !== '--pack') {
      return usageError(`onbekend argument "${arg}".`);
    }
    const value = inline ?? argv[++i];
    if (value === undefined || value === '' || (inline === undefined && value.startsWith('--'))) {
      return usageError(`${name} heeft een waarde nodig.`);
    }
    if (name === '--case') {
      if (casePath !== null) return usageError('geef --case maar één keer.');
      casePath = value;
    } else if (name === '--date') {
      if (date !== null) return usageError('geef --date maar één keer.');
      if (!isIsoDate(value)) return usageError(`--date verwacht een bestaande datum als JJJJ-MM-DD; gevonden "${value}".`);
      date = value;
    } else packDirs.push(value);
  }
  if (casePath === null) return usageError('--case ontbreekt: geef het casusbestand (JSON) op.');
  return { casePath, date, packDirs };
};

const readText = (path: string, what: string): { ok: true; text: string } | { ok: false; error: CliOutcome } => {
  try {
    return { ok: true, text: readFileSync(path, 'utf8') };
  } catch (err) {
    const code = (err as { code?: string } | null)?.code;
    const why = code === 'ENOENT' ? 'bestaat niet' : code === 'EISDIR' ? 'is een map, geen bestand' : 'kan niet worden gelezen';
    return { ok: false, error: inputError([`Fout: ${what} "${path}" ${why}.`]) };
  }
};

export const runMatchCli = (argv: readonly string[]): CliOutcome => {
  const args = parseArgs(argv);
  if ('code' in args) return args;

  const read = readText(args.casePath, 'het casusbestand');
  if (!read.ok) return read.error;
  const parsed = parseCase(read.text, basename(args.casePath));
  if (!parsed.ok) {
    return inputError([`Fout: het casusbestand "${args.casePath}" is ongeldig.`, formatIssues(parsed.issues)]);
  }
  const caseFile = parsed.caseFile;
  if (args.date !== null && args.date < caseFile.client.birthDate) {
    return inputError([`Fout: --date ${args.date} ligt vóór de geboortedatum van de cliënt (client.birthDate ${caseFile.client.birthDate} in "${args.casePath}").`]);
  }

  const loaded = loadPackDirs(args.packDirs.length > 0 ? args.packDirs : [defaultPacksDir()]);
  if (!loaded.ok) return inputError([`Fout: ${loaded.message}`]);

  const result = match(caseFile, loaded.packs, args.date === null ? {} : { referenceDate: args.date });
  return { code: 0, stdout: `${JSON.stringify(result, null, 2)}\n`, stderr: '' };
};

const isEntry = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isEntry) {
  let outcome: CliOutcome;
  try {
    outcome = runMatchCli(process.argv.slice(2));
  } catch (err) {
    // A defect, not bad input: say so plainly rather than print a half result.
    const detail = err instanceof Error ? err.message : String(err);
    outcome = { code: 1, stdout: '', stderr: `Interne fout bij het berekenen: ${detail}\n` };
  }
  if (outcome.stdout) process.stdout.write(outcome.stdout);
  if (outcome.stderr) process.stderr.write(outcome.stderr);
  process.exitCode = outcome.code;
}
