// Encryption at rest (issue 13.9) with SQLite3 Multiple Ciphers (better-sqlite3-multiple-ciphers).
//
// Cipher: SQLCipher 4 (AES-256-CBC, HMAC-SHA512 per page), not the library's default
// ChaCha20. Both are authenticated; SQLCipher is chosen because it is the format other tools
// read: an administrator or privacy officer holding the key can open the file with the
// sqlcipher shell or DB Browser for SQLite (`PRAGMA key = "x'…'"`, cipher_compatibility 4) for
// a recovery or an AVG request, without depending on this library.
// Key: 32 random bytes passed as a raw key (x'…'), so SQLCipher skips its PBKDF2 step: a KDF
// only helps a guessable passphrase, and 256k iterations per open would slow every start, the
// second process and the crash harness's reopen loop for nothing.
// The WAL is encrypted by the same codec (its frames are pages); backups are VACUUM INTO
// copies, which SQLite3MC writes with the source's cipher and key (db/backup.ts).
import { closeSync, existsSync, fsyncSync, openSync, readSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { AppFailure } from '../shared/contract/result.ts';
import { dbMessages } from './messages.ts';
import { encryptionMessages } from './encryption-messages.ts';

export const KEY_BYTES = 32;
const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');
/** Owner read/write only: the file holds personal data (issue 13.10). */
export const PRIVATE_FILE_MODE = 0o600;

export function assertKey(key: Buffer): void {
  if (key.length !== KEY_BYTES) throw new Error(`A database key has ${KEY_BYTES} bytes, got ${key.length}`);
}

/** Sets the cipher and the key; must run before anything reads the file. */
export function applyKey(sqlite: Database.Database, key: Buffer): void {
  assertKey(key);
  applyCipherSettings(sqlite);
  sqlite.pragma(`key = "x'${key.toString('hex')}'"`);
}

function applyCipherSettings(sqlite: Database.Database): void {
  sqlite.pragma(`cipher = 'sqlcipher'`);
  sqlite.pragma('legacy = 4');
}

export type FileKind = 'missing' | 'empty' | 'plain' | 'other';

/** What lies at `file`, from its first bytes only (nothing opened, nothing locked). */
export function inspectDatabaseFile(file: string): FileKind {
  if (!existsSync(file)) return 'missing';
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(16);
    const read = readSync(fd, head, 0, 16, 0);
    if (read === 0) return 'empty';
    return read === 16 && head.equals(SQLITE_HEADER) ? 'plain' : 'other';
  } finally {
    closeSync(fd);
  }
}

/**
 * Turns an unreadable-file error on a non-plain file into the right Dutch message: a file of
 * whole pages is almost surely ours under another key; anything else is not a database.
 */
export function refusalForUnreadable(file: string): AppFailure {
  const size = statSync(file).size;
  const looksEncrypted = size >= 1024 && size % 512 === 0;
  return new AppFailure('unsupported-database', looksEncrypted ? encryptionMessages.wrongKey : dbMessages.notADatabase);
}

export const isUnreadableError = (error: unknown): boolean => {
  const code = (error as { code?: unknown }).code;
  return code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT';
};

/** Creates an empty file with mode 0600 whatever the umask, unless it already exists. */
export function createPrivateFile(file: string): void {
  try {
    closeSync(openSync(file, 'wx', PRIVATE_FILE_MODE));
  } catch (error) {
    if ((error as { code?: unknown }).code !== 'EEXIST') throw error;
  }
}

const sidecars = (file: string) => ({ tmp: `${file}.encrypting`, backup: `${file}.plain-backup` });

/**
 * Finishes or undoes an encryption step that a crash or power cut interrupted. Safe to call
 * on every start; does nothing when there is nothing to repair.
 *   - file missing, plain backup there: the swap stopped halfway; the plain file goes back.
 *   - a half-written encrypted copy: removed (the plain original is still in place).
 *   - file encrypted, plain backup still there: the swap completed; the backup is wiped.
 */
export function repairInterruptedEncryption(file: string): void {
  const { tmp, backup } = sidecars(file);
  if (!existsSync(file) && existsSync(backup)) renameSync(backup, file);
  if (existsSync(tmp)) rmSync(tmp, { force: true });
  if (existsSync(backup) && inspectDatabaseFile(file) === 'other') wipeFile(backup);
  fsyncDir(path.dirname(file));
}

/**
 * Encrypts an existing plain database without ever losing a row:
 *  1. take the plain file for ourselves (rollback journal, exclusive lock; refused with a Dutch
 *     message while another process has it open, so none of its writes can go missing);
 *  2. copy it with VACUUM INTO to a new 0600 file and encrypt that copy in place (rekey);
 *  3. verify the copy with the key: integrity_check and the row count of every table;
 *  4. swap the files with renames (atomic on one file system) and wipe the plain original.
 * Until step 4 the original is untouched apart from its journal mode, and a crash at any point
 * is repaired by repairInterruptedEncryption on the next start.
 * Not wiped: blocks the file system or an SSD already freed (an earlier WAL, older copies);
 * full-disk encryption covers those, and the README says so.
 */
export function encryptPlainDatabase(file: string, key: Buffer): void {
  assertKey(key);
  const { tmp, backup } = sidecars(file);
  let plain: Database.Database | undefined;
  try {
    plain = new Database(file, { fileMustExist: true });
    plain.pragma('busy_timeout = 5000');
    try {
      // Leaving WAL needs the only connection: fails at once when another process has it open.
      plain.pragma('wal_checkpoint(TRUNCATE)');
      if (String(plain.pragma('journal_mode = DELETE', { simple: true })).toLowerCase() !== 'delete') {
        throw new AppFailure('unsupported-database', encryptionMessages.encryptBusy);
      }
      plain.pragma('locking_mode = EXCLUSIVE');
      plain.exec('BEGIN EXCLUSIVE; COMMIT');
    } catch (error) {
      if (error instanceof AppFailure) throw error;
      if ((error as { code?: unknown }).code === 'SQLITE_BUSY') {
        throw new AppFailure('unsupported-database', encryptionMessages.encryptBusy);
      }
      throw error;
    }
    const before = tableCounts(plain);

    rmSync(tmp, { force: true });
    createPrivateFile(tmp);
    plain.exec(`VACUUM INTO '${tmp.replaceAll("'", "''")}'`);

    const copy = new Database(tmp, { fileMustExist: true });
    try {
      applyCipherSettings(copy);
      const answer = copy.pragma(`rekey = "x'${key.toString('hex')}'"`) as unknown[];
      if (!Array.isArray(answer)) throw new Error('rekey gave no answer');
    } finally {
      copy.close();
    }

    verifyEncryptedCopy(tmp, key, before);
    fsyncFile(tmp);

    // The swap. The exclusive lock is still held, so nobody reads or writes meanwhile.
    renameSync(file, backup);
    renameSync(tmp, file);
    fsyncDir(path.dirname(file));
    plain.close();
    plain = undefined;
    wipeFile(backup);
    fsyncDir(path.dirname(file));
  } catch (error) {
    plain?.close();
    rmSync(tmp, { force: true });
    if (existsSync(backup) && !existsSync(file)) renameSync(backup, file);
    if (error instanceof AppFailure) throw error;
    throw new AppFailure('unsupported-database', encryptionMessages.encryptFailed);
  }
}

function verifyEncryptedCopy(file: string, key: Buffer, expected: Map<string, number>): void {
  if (inspectDatabaseFile(file) !== 'other') throw new Error('The encrypted copy still has a plain header');
  const check = new Database(file, { fileMustExist: true });
  try {
    applyKey(check, key);
    const integrity = check.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') throw new Error(`integrity_check of the encrypted copy: ${String(integrity)}`);
    const after = tableCounts(check);
    for (const [table, count] of expected) {
      if (after.get(table) !== count) throw new Error(`Row count of ${table} differs after encryption`);
    }
    if (after.size !== expected.size) throw new Error('The encrypted copy has other tables');
    // The live store runs in WAL mode; set it here so the first open writes nothing.
    check.pragma('journal_mode = WAL');
  } finally {
    check.close();
  }
}

/** Rows per table, virtual (FTS) tables included. */
export function tableCounts(sqlite: Database.Database): Map<string, number> {
  const tables = sqlite
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
    .pluck()
    .all() as string[];
  return new Map(
    tables.map((name) => [name, sqlite.prepare(`SELECT count(*) FROM "${name.replaceAll('"', '""')}"`).pluck().get() as number]),
  );
}

/**
 * Overwrites a file with zeros before removing it, so the plain copy's bytes do not simply
 * stay in the freed blocks. Best effort: on SSDs and copy-on-write file systems the old
 * blocks may survive elsewhere, which only full-disk encryption covers.
 */
export function wipeFile(file: string): void {
  if (!existsSync(file)) return;
  const size = statSync(file).size;
  const fd = openSync(file, 'r+');
  try {
    const zeros = Buffer.alloc(64 * 1024);
    for (let at = 0; at < size; at += zeros.length) writeSync(fd, zeros, 0, Math.min(zeros.length, size - at), at);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  rmSync(file, { force: true });
}

function fsyncFile(file: string): void {
  const fd = openSync(file, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function fsyncDir(dir: string): void {
  // Directory fsync makes the renames durable on Linux and macOS; Windows cannot open a
  // directory this way and journals renames itself.
  if (process.platform === 'win32') return;
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
