// Opens (or creates) the dossier store. The order matters: we look at an existing file
// read-only first and refuse it before anything could write to it. Even switching the
// journal mode to WAL writes the file header, so no pragma runs until the file passed.
import { existsSync, readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { Kysely } from 'kysely';
import { AppFailure } from '../shared/contract/result.ts';
import { ImmediateSqliteDialect } from './immediate-dialect.ts';
import { dbMessages } from './messages.ts';
import { assertKnownMigrations, migrate, readAppliedMigrations } from './migrate.ts';
import type { Database as Schema } from './schema.ts';

export interface Store {
  db: Kysely<Schema>;
  sqlite: Database.Database;
  close(): void;
}

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

export function openStore(file: string): Store {
  if (file !== ':memory:') assertFileIsOpenable(file);

  const sqlite = new Database(file);
  try {
    // Another process (Electron and `npm run web` on one data folder) may hold a lock for a
    // moment; wait instead of failing the adviser's click.
    sqlite.pragma('busy_timeout = 5000');
    // WAL: readers never block the writer, and a crash mid-write cannot corrupt the file.
    if (file !== ':memory:') sqlite.pragma('journal_mode = WAL');
    // FULL, set explicitly: better-sqlite3 is compiled with NORMAL as the WAL default, which
    // may lose the last commits on a power cut. A saved dossier must survive one (issue 13.3).
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('foreign_keys = ON');
    migrate(sqlite);
  } catch (error) {
    sqlite.close();
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
    const code = (error as { code?: unknown }).code;
    if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
      throw new AppFailure('unsupported-database', dbMessages.notADatabase);
    }
    throw error;
  } finally {
    probe?.close();
  }
}
