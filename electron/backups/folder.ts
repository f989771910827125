// Where backups go, and a restore waiting for the next start. Both are small JSON files in the
// data folder, outside the database, on purpose: a restore replaces the database, and neither
// the choice of folder nor the request to restore may be rolled back by the restore itself.
//
// Why a restore waits for the next start: the services hold one open connection for the whole
// run (main.ts, serve.ts), the re-evaluation works in the background, and another Arrangeur
// (desktop app and browser mode) may have the same file open. Swapping the file under all of
// that is where data gets lost. At start nothing is open yet, so restoreBackup can take the file
// for itself, keep the current data as a 'voor-herstel' backup and swap in one rename.
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { restoreBackup } from '../../db/backup.ts';
import { PRIVATE_FILE_MODE } from '../../db/encryption.ts';
import type { RestoreOutcome } from '../../shared/contract/backups.ts';
import { AppFailure } from '../../shared/contract/result.ts';
import { writeFileAtomic } from '../packs/supply-store.ts';
import { dataFile } from '../paths.ts';
import { backupFolderMessages } from './messages.ts';

export const BACKUP_SETTINGS_FILE = 'backup-settings.json';
export const PENDING_RESTORE_FILE = 'restore-pending.json';
/** Inside the data folder (0700), so the default needs no choice and no extra permissions. */
export const DEFAULT_BACKUP_FOLDER_NAME = 'back-ups';

export const defaultBackupFolder = (dataDir: string): string => path.join(dataDir, DEFAULT_BACKUP_FOLDER_NAME);

const settingsFileSchema = z.object({ folder: z.string().min(1).nullable() });
const pendingSchema = z.object({ name: z.string(), folder: z.string(), madeAt: z.string(), requestedAt: z.string() });
export type PendingRestore = z.infer<typeof pendingSchema>;

const readJson = <T>(file: string, schema: z.ZodType<T>): T | null => {
  try {
    const parsed = schema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    // Missing or unreadable: as if there were none (the default folder; no restore waiting).
    return null;
  }
};

/** The folder backups go to now, and whether it is the default one. */
export function readBackupFolder(dataDir: string): { folder: string; isDefault: boolean } {
  const chosen = readJson(path.join(dataDir, BACKUP_SETTINGS_FILE), settingsFileSchema)?.folder ?? null;
  return chosen ? { folder: chosen, isDefault: false } : { folder: defaultBackupFolder(dataDir), isDefault: true };
}

/** null = back to the default folder. The folder must have passed checkBackupFolder. */
export function writeBackupFolder(dataDir: string, folder: string | null): void {
  writeFileAtomic(path.join(dataDir, BACKUP_SETTINGS_FILE), `${JSON.stringify({ folder }, null, 2)}\n`);
}

const issue = (message: string) => new AppFailure('invalid-input', message, [{ path: 'folder', message }]);

/**
 * A folder the adviser or administrator chose (a network share is common): a full path to an
 * existing folder this user can write to, checked by writing and removing a small test file.
 * Answers the folder as it will be stored; throws AppFailure with a Dutch message otherwise.
 * The folder is never created here: a share that is not mounted must not become a local folder.
 */
export function checkBackupFolder(folder: string): string {
  if (!path.isAbsolute(folder)) throw issue(backupFolderMessages.notAbsolute);
  const resolved = path.resolve(folder);
  let stat;
  try {
    stat = statSync(resolved);
  } catch {
    throw issue(backupFolderMessages.missing);
  }
  if (!stat.isDirectory()) throw issue(backupFolderMessages.notAFolder);
  const probe = path.join(resolved, `.arrangeur-schrijftest-${randomBytes(6).toString('hex')}`);
  try {
    writeFileSync(probe, 'Arrangeur controleert of het hier mag schrijven.\n', { mode: PRIVATE_FILE_MODE, flag: 'wx' });
  } catch {
    throw issue(backupFolderMessages.notWritable);
  } finally {
    rmSync(probe, { force: true });
  }
  return resolved;
}

export function readPendingRestore(dataDir: string): PendingRestore | null {
  return readJson(path.join(dataDir, PENDING_RESTORE_FILE), pendingSchema);
}

export function writePendingRestore(dataDir: string, pending: PendingRestore): void {
  writeFileAtomic(path.join(dataDir, PENDING_RESTORE_FILE), `${JSON.stringify(pendingSchema.parse(pending), null, 2)}\n`);
}

export function clearPendingRestore(dataDir: string): void {
  rmSync(path.join(dataDir, PENDING_RESTORE_FILE), { force: true });
}

/**
 * Puts a waiting restore in place. Call at start, with the data folder's key, BEFORE the store
 * is opened. The request is removed first, so a restore is tried once: a crash halfway leaves
 * the current data (restoreBackup swaps with one rename), never a loop of restores. A refusal
 * (wrong key, damaged, newer, another Arrangeur still open) leaves the current data as it was
 * and is answered in Dutch for the settings screen.
 */
export function applyPendingRestore(dataDir: string, key: Buffer | undefined, now: string = new Date().toISOString()): RestoreOutcome | null {
  const pending = readPendingRestore(dataDir);
  if (!existsSync(path.join(dataDir, PENDING_RESTORE_FILE))) return null;
  clearPendingRestore(dataDir);
  if (!pending) return { at: now, ok: false, name: '', message: backupFolderMessages.pendingUnreadable };
  try {
    restoreBackup(dataFile(dataDir), path.join(pending.folder, pending.name), key, pending.folder, now);
    return { at: now, ok: true, name: pending.name, message: backupFolderMessages.restored };
  } catch (error) {
    const reason = error instanceof AppFailure ? error.message : backupFolderMessages.restoreFailed;
    if (!(error instanceof AppFailure)) console.error('[arrangeur] restore at start failed', error);
    return { at: now, ok: false, name: pending.name, message: `${backupFolderMessages.notRestored} ${reason}` };
  }
}
