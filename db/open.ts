// Opens (or creates) the dossier store. The order matters: we look at an existing file
// read-only first and refuse it before anything could write to it. Even switching the
// journal mode to WAL writes the file header, so no pragma runs until the file passed.
//
// With a key (the app and browser mode always pass one, electron/keys/) the file is encrypted
// (db/encryption.ts); a plain file from an older Arrangeur is encrypted first, verified, and
// only then swapped in. Without a key (unit tests, tools) the file stays plain SQLite.
import { chmodSync, existsSync, readFileSync } from 'node:fs';
import Database from 'better-sqlite3-multiple-ciphers';
import { Kysely } from 'kysely';
import { AppFailure } from '../shared/contract/result.ts';
import {
  applyKey,
  createPrivateFile,
  encryptPlainDatabase,
  inspectDatabaseFile,
  isUnreadableError,
  PRIVATE_FILE_MODE,
  refusalForUnreadable,
  repairInterruptedEncryption,
} from './encryption.ts';
import { ImmediateSqliteDialect } from './immediate-dialect.ts';
import { dbMessages } from './messages.ts';
import { assertKnownMigrations, migrate, readAppliedMigrations } from './migrate.ts';
import type { Database as Schema } from './schema.ts';

export interface Store {
  db: Kysely<Schema>;
  sqlite: Database.Database;
  close(): void;
}

export interface OpenStoreOptions {
  /** 32 random bytes; the file is encrypted with it. Ignored for ':memory:'. */
  key?: Buffer;
}

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

export function openStore(file: string, options: OpenStoreOptions = {}): Store {
  const inMemory = file === ':memory:';
  const key = inMemory ? undefined : options.key;
  if (!inMemory) {
    if (key) repairInterruptedEncryption(file);
    const kind = inspectDatabaseFile(file);
    if (kind === 'other' && key) assertKnownMigrations(readAppliedEncrypted(file, key));
    else assertFileIsOpenable(file);
    if (kind === 'plain' && key) encryptPlainDatabase(file, key);
    // Made by us with 0600 whatever the umask; SQLite gives the -wal and -shm files the mode
    // of the database file (issue 13.10).
    if (kind === 'missing') createPrivateFile(file);
  }

  const sqlite = new Database(file);
  try {
    if (key) applyKey(sqlite, key);
    // Another process (Electron and `npm run web` on one data folder) may hold a lock for a
    // moment; wait instead of failing the adviser's click.
    sqlite.pragma('busy_timeout = 5000');
    // WAL: readers never block the writer, and a crash mid-write cannot corrupt the file.
    if (!inMemory) sqlite.pragma('journal_mode = WAL');
    // FULL, set explicitly: better-sqlite3 is compiled with NORMAL as the WAL default, which
    // may lose the last commits on a power cut. A saved dossier must survive one (issue 13.3).
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('foreign_keys = ON');
    migrate(sqlite);
    if (!inMemory) keepPrivate(file);
  } catch (error) {
    sqlite.close();
    if (key && isUnreadableError(error)) throw refusalForUnreadable(file);
    throw error;
  }

  const db = new Kysely<Schema>({ dialect: new ImmediateSqliteDialect({ database: sqlite }) });
  return {
    db,
    sqlite,
    close() {
      // Closing the last connection checkpoints the WAL into the main file and removes it.
      if (sqlite.open) sqlite.close();
    },
  };
}

/** 0600 on the database and its WAL files, also when an older Arrangeur made them 0644. */
function keepPrivate(file: string): void {
  if (process.platform === 'win32') return; // NTFS ACLs of the user's profile folder apply
  for (const f of [file, `${file}-wal`, `${file}-shm`]) {
    try {
      chmodSync(f, PRIVATE_FILE_MODE);
    } catch (error) {
      if ((error as { code?: unknown }).code !== 'ENOENT') throw error;
    }
  }
}

/**
 * Migrations recorded in an encrypted file, read through a read-only connection with the key.
 * A wrong key fails on the first page, before SQLite looks at the WAL, so the file and its
 * folder stay exactly as they were. (With the right key SQLite may create an empty -wal/-shm
 * pair; the database file itself is not written.)
 */
function readAppliedEncrypted(file: string, key: Buffer): string[] {
  let probe: Database.Database | undefined;
  try {
    probe = new Database(file, { readonly: true, fileMustExist: true });
    applyKey(probe, key);
    return readAppliedMigrations(probe);
  } catch (error) {
    if (isUnreadableError(error)) throw refusalForUnreadable(file);
    throw error;
  } finally {
    probe?.close();
  }
}

/** Throws AppFailure('unsupported-database') without creating, changing or locking anything. */
function assertFileIsOpenable(file: string): void {
  if (!existsSync(file)) return;
  assertKnownMigrations(readAppliedWithoutSideEffects(file));
}

function readAppliedWithoutSideEffects(file: string): string[] {
  let probe: Database.Database | undefined;
  try {
    if (existsSync(`${file}-wal`)) {
      // A WAL file is already there (another instance is running, or the app stopped
      // abruptly) and may hold committed steps: read through SQLite so they count.
      probe = new Database(file, { readonly: true, fileMustExist: true });
    } else {
      // A read-only SQLite connection to a WAL-mode file still creates -wal and -shm files.
      // Reading a copy of the bytes in memory touches nothing on disk.
      const bytes = readFileSync(file);
      if (bytes.length === 0) return [];
      if (bytes.length < 100 || !bytes.subarray(0, 16).equals(SQLITE_HEADER)) {
        throw new AppFailure('unsupported-database', dbMessages.notADatabase);
      }
      // Header bytes 18/19 = 2 mark WAL mode, which an in-memory copy cannot open; in the
      // copy only, mark it as a rollback-journal file. The page data is identical.
      if (bytes[18] === 2) bytes[18] = 1;
      if (bytes[19] === 2) bytes[19] = 1;
      probe = new Database(bytes, { readonly: true });
    }
    return readAppliedMigrations(probe);
  } catch (error) {
    if (error instanceof AppFailure) throw error;
    if (isUnreadableError(error)) {
      throw new AppFailure('unsupported-database', dbMessages.notADatabase);
    }
    throw error;
  } finally {
    probe?.close();
  }
}
