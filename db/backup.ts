// Backups of the dossier store (issue 13.14): encrypted, rotating, and a restore that refuses
// what it cannot safely use without touching the current data.
//
// Copy method: VACUUM INTO, not the online backup API (`db.backup()`). Both take a consistent
// snapshot while the app keeps working (WAL: the copy reads one snapshot, writers go on), but
// better-sqlite3's backup() opens the target without a key, and SQLite3 Multiple Ciphers
// refuses to copy an encrypted database page by page into it ("backup is not supported with
// incompatible source and target databases"). VACUUM INTO writes the copy through the source's
// codec, so a backup is encrypted with the same cipher and key, and compacted as a bonus.
//
// Rotation: the newest backup of each of the last 7 days, and the newest of each of the 4
// weeks before that (about a month in all); everything older is removed.
import { chmodSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { AppFailure } from '../shared/contract/result.ts';
import { backupMessages } from './backup-messages.ts';
import { applyKey, createPrivateFile, isUnreadableError, PRIVATE_FILE_MODE } from './encryption.ts';
import { assertKnownMigrations, readAppliedMigrations } from './migrate.ts';
import type { Store } from './open.ts';
import { migrations as knownMigrations } from './migrations/index.ts';

const PREFIX = 'arrangeur-backup-';
const SUFFIX = '.sqlite';
/** Made just before a restore, so the data it replaced can always be got back. */
export const BEFORE_RESTORE = 'arrangeur-voor-herstel-';
const DAY_MS = 86_400_000;

export interface BackupInfo {
  file: string;
  /** When the backup was made (ISO, UTC), from its name. */
  madeAt: string;
}

const stamp = (iso: string) => iso.replace(/[:.]/g, '-');
const unstamp = (s: string) => s.replace(/^(\d{4}-\d{2}-\d{2}T\d{2})-(\d{2})-(\d{2})-(\d{3})Z$/, '$1:$2:$3.$4Z');

function ensurePrivateDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  if (process.platform === 'win32') return;
  try {
    chmodSync(dir, 0o700);
  } catch (error) {
    // A network share chosen by an administrator may not allow chmod (CIFS, NFS with root
    // squash); the copies are encrypted, so the share's own permissions are enough there.
    const code = (error as { code?: unknown }).code;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EACCES') throw error;
  }
}

/** A consistent, encrypted (same key as the store) copy in `dir`, mode 0600. */
export function createBackup(sqlite: Database.Database, dir: string, now: string = new Date().toISOString(), prefix = PREFIX): BackupInfo {
  ensurePrivateDir(dir);
  const file = path.join(dir, `${prefix}${stamp(now)}${SUFFIX}`);
  const partial = `${file}.partial`;
  rmSync(partial, { force: true });
  // Created empty and 0600 first: VACUUM INTO accepts an empty file and keeps its mode.
  createPrivateFile(partial);
  try {
    sqlite.exec(`VACUUM INTO '${partial.replaceAll("'", "''")}'`);
    // Only a complete copy gets the backup's name; a crash leaves a .partial, never a bad backup.
    renameSync(partial, file);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
  if (process.platform !== 'win32') chmodSync(file, PRIVATE_FILE_MODE);
  return { file, madeAt: now };
}

/** The backups in `dir`, newest first; `prefix` BEFORE_RESTORE lists the 'voor-herstel' copies instead. */
export function listBackups(dir: string, prefix = PREFIX): BackupInfo[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.startsWith(prefix) && name.endsWith(SUFFIX))
    .map((name) => ({ file: path.join(dir, name), madeAt: unstamp(name.slice(prefix.length, -SUFFIX.length)) }))
    .filter((b) => !Number.isNaN(Date.parse(b.madeAt)))
    .sort((a, b) => b.madeAt.localeCompare(a.madeAt));
}

/** Which backups the rotation keeps at `now` (newest first). */
export function backupsToKeep(backups: readonly BackupInfo[], now: string): BackupInfo[] {
  const today = Math.floor(Date.parse(now) / DAY_MS);
  const keep = new Set<BackupInfo>();
  const seenDays = new Set<number>();
  const seenWeeks = new Set<number>();
  for (const b of [...backups].sort((x, y) => y.madeAt.localeCompare(x.madeAt))) {
    const age = today - Math.floor(Date.parse(b.madeAt) / DAY_MS);
    if (age < 0) {
      keep.add(b); // from the future (a clock set wrong): never ours to throw away
    } else if (age < 7) {
      if (!seenDays.has(age)) keep.add(b);
      seenDays.add(age);
    } else if (age < 7 + 28) {
      const week = Math.floor((age - 7) / 7);
      if (!seenWeeks.has(week)) keep.add(b);
      seenWeeks.add(week);
    }
  }
  if (backups.length > 0 && keep.size === 0) keep.add(backups[0]!); // never remove the last one
  return backups.filter((b) => keep.has(b));
}

export function rotateBackups(dir: string, now: string = new Date().toISOString()): BackupInfo[] {
  const all = listBackups(dir);
  const keep = new Set(backupsToKeep(all, now));
  const removed = all.filter((b) => !keep.has(b));
  for (const b of removed) rmSync(b.file, { force: true });
  return removed;
}

/** The automatic backup: one per day at most, then rotate. Returns the new backup, if any. */
export function backupIfDue(store: Store, dir: string, now: string = new Date().toISOString()): BackupInfo | null {
  const latest = listBackups(dir)[0];
  const made = latest && latest.madeAt.slice(0, 10) === now.slice(0, 10) ? null : createBackup(store.sqlite, dir, now);
  rotateBackups(dir, now);
  return made;
}

/**
 * Checks a backup without changing it: readable with this key, whole, and made by this version
 * of Arrangeur or an older one. Throws AppFailure with a Dutch message otherwise.
 */
export function verifyBackup(file: string, key: Buffer | undefined): string[] {
  if (!existsSync(file)) throw new AppFailure('not-found', backupMessages.missing);
  let probe: Database.Database | undefined;
  try {
    probe = new Database(file, { readonly: true, fileMustExist: true });
    if (key) applyKey(probe, key);
    if (probe.pragma('quick_check', { simple: true }) !== 'ok') {
      throw new AppFailure('unsupported-database', backupMessages.damaged);
    }
    const applied = readAppliedMigrations(probe);
    try {
      assertKnownMigrations(applied, knownMigrations);
    } catch (error) {
      if (error instanceof AppFailure && applied.some((name) => !knownMigrations.some((m) => m.name === name))) {
        throw new AppFailure('unsupported-database', backupMessages.newer);
      }
      throw new AppFailure('unsupported-database', backupMessages.damaged);
    }
    return applied;
  } catch (error) {
    if (error instanceof AppFailure) throw error;
    if (isUnreadableError(error)) throw new AppFailure('unsupported-database', backupMessages.wrongKey);
    throw error;
  } finally {
    probe?.close();
  }
}

/**
 * Puts a backup in place of the database file. The caller has closed its own store (the app
 * reopens it afterwards, which brings an older backup up to date with the migrations).
 * Order: verify the backup; take the current file for ourselves (refused while another
 * Arrangeur has it open); save the current data as a 'voor-herstel' backup; copy the backup
 * beside the database and swap it in with one rename. A refusal at any point leaves the
 * current data as it was.
 */
export function restoreBackup(databaseFile: string, backupFile: string, key: Buffer | undefined, backupDir: string, now: string = new Date().toISOString()): void {
  verifyBackup(backupFile, key);

  const current = existsSync(databaseFile) ? new Database(databaseFile, { fileMustExist: true }) : undefined;
  const incoming = `${databaseFile}.restoring`;
  try {
    if (current) {
      if (key) applyKey(current, key);
      try {
        // Only possible as the only connection: it folds the WAL in and removes it, so no
        // stale WAL can be applied to the restored file later.
        if (String(current.pragma('journal_mode = DELETE', { simple: true })).toLowerCase() !== 'delete') {
          throw new AppFailure('unsupported-database', backupMessages.busy);
        }
        current.pragma('locking_mode = EXCLUSIVE');
        current.exec('BEGIN EXCLUSIVE; COMMIT');
      } catch (error) {
        if (error instanceof AppFailure) throw error;
        if ((error as { code?: unknown }).code === 'SQLITE_BUSY') throw new AppFailure('unsupported-database', backupMessages.busy);
        throw error;
      }
      createBackup(current, backupDir, now, BEFORE_RESTORE);
    }
    rmSync(incoming, { force: true });
    createPrivateFile(incoming);
    const source = new Database(backupFile, { readonly: true, fileMustExist: true });
    try {
      if (key) applyKey(source, key);
      source.exec(`VACUUM INTO '${incoming.replaceAll("'", "''")}'`);
    } finally {
      source.close();
    }
    renameSync(incoming, databaseFile);
  } catch (error) {
    rmSync(incoming, { force: true });
    throw error;
  } finally {
    current?.close();
  }
}
