// `npm run audit:verify [-- --data-dir MAP]`
// Checks the audit trail of a data folder (issue 13.13): every entry fits the hash chain, from
// the first to the last, and the first one that does not is named. It opens the folder the way
// browser mode does (electron/keys/open-data-store.ts: the key file of an encrypted folder), so
// it reads exactly what the app reads. A folder whose key is in the desktop app's keychain
// cannot be opened from plain Node; the app's own check (audit.verify) covers that case.
// The last line gives the last entry's number and hash: note it somewhere else (on paper, in the
// FG's file) and a later check can also prove that no entries were cut off at the end.
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { auditRepository } from '../db/repositories/audit.ts';
import { openDataStore } from '../electron/keys/open-data-store.ts';
import { dataFile, defaultDataDir } from '../electron/paths.ts';
import { AppFailure } from '../shared/contract/result.ts';

export const USAGE = 'Gebruik: npm run audit:verify [-- --data-dir MAP]';

/** Exit codes: 0 the chain is intact, 1 it is broken, 2 the folder could not be checked. */
export interface CliOutcome {
  readonly code: 0 | 1 | 2;
  readonly stdout: string;
  readonly stderr: string;
}

const usageError = (message: string): CliOutcome => ({ code: 2, stdout: '', stderr: `Fout: ${message}\n${USAGE}\n` });

export async function runAuditVerify(argv: readonly string[], env: Readonly<Record<string, string | undefined>> = process.env): Promise<CliOutcome> {
  let dataDir: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') return { code: 0, stdout: '', stderr: `${USAGE}\n` };
    if (arg === '--data-dir') dataDir = argv[++i] ?? null;
    else if (arg.startsWith('--data-dir=')) dataDir = arg.slice('--data-dir='.length);
    else return usageError(`onbekend argument "${arg}".`);
    if (dataDir === null || dataDir === '') return usageError('na --data-dir hoort een map.');
  }
  const dir = dataDir ?? defaultDataDir(env);
  // Never create a folder, a key or an empty database where there was none.
  if (!existsSync(dataFile(dir))) return { code: 2, stdout: '', stderr: `Fout: in ${dir} staat geen dossierbestand van Arrangeur.\n` };

  let store;
  try {
    store = openDataStore(dir);
  } catch (error) {
    const message = error instanceof AppFailure ? error.message : String(error);
    return { code: 2, stdout: '', stderr: `Fout: ${message}\nGegevensmap: ${dir}\n` };
  }
  try {
    const result = await auditRepository(store.db).verify();
    const last = store.sqlite.prepare('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() as { seq: number; hash: string } | undefined;
    const lines = [`Gegevensmap: ${dir}`, result.message];
    if (result.erasedReferences > 0) lines.push(`Bij ${result.erasedReferences} regels is de verwijzing naar een gewist dossier weggehaald, zoals het wissen vraagt.`);
    if (last) lines.push(`Laatste regel: ${last.seq}, hash ${last.hash}`);
    return { code: result.ok ? 0 : 1, stdout: `${lines.join('\n')}\n`, stderr: '' };
  } finally {
    await store.db.destroy();
    store.close();
  }
}

const isEntry = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isEntry) {
  const outcome = await runAuditVerify(process.argv.slice(2)).catch(
    (err: unknown): CliOutcome => ({ code: 2, stdout: '', stderr: `Interne fout bij het controleren: ${err instanceof Error ? err.message : String(err)}\n` }),
  );
  if (outcome.stdout) process.stdout.write(outcome.stdout);
  if (outcome.stderr) process.stderr.write(outcome.stderr);
  process.exitCode = outcome.code;
}
