// A small synchronous migration runner instead of Kysely's Migrator, for two reasons:
// openStore() is synchronous (Electron main and the bridge need a ready store before they
// answer the first call), and Kysely's SQLite adapter does not wrap migrations in a
// transaction (supportsTransactionalDdl is false), while a half-applied step must never be
// left in an adviser's file. SQLite DDL is transactional, so here every pending step and its
// record commit together or not at all.
import type BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { AppFailure } from '../shared/contract/result.ts';
import { dbMessages } from './messages.ts';
import { migrations as knownMigrations, type Migration } from './migrations/index.ts';

export const MIGRATIONS_TABLE = 'arrangeur_migrations';


/** Names recorded as applied, in order. Read-only: works on a read-only connection too. */
export function readAppliedMigrations(db: BetterSqlite3.Database): string[] {
  const hasTable = db
    .prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`)
    .get(MIGRATIONS_TABLE);
  if (!hasTable) return [];
  return db.prepare(`SELECT name FROM ${MIGRATIONS_TABLE} ORDER BY name`).pluck().all() as string[];
}

/**
 * Refuses a database this build cannot safely open: one that recorded a step we do not know
 * (made by a newer Arrangeur; running our code on it could damage it), or whose steps are not
 * a prefix of ours (something went wrong earlier). Same guard as Actual's out-of-sync check.
 */
export function assertKnownMigrations(
  applied: readonly string[],
  known: readonly Migration[] = knownMigrations,
): void {
  const knownNames = known.map((m) => m.name);
  if (applied.some((name) => !knownNames.includes(name))) {
    throw new AppFailure('unsupported-database', dbMessages.newerDatabase);
  }
  if (!applied.every((name, i) => knownNames[i] === name)) {
    throw new AppFailure('unsupported-database', dbMessages.damagedDatabase);
  }
}

export interface MigrateOptions {
  migrations?: readonly Migration[];
  /** Stop after this step (tests seed data at version N-1, then migrate to N). */
  upTo?: string;
  now?: () => string;
}

/** Applies pending steps in one IMMEDIATE transaction; returns the names it applied. */
export function migrate(db: BetterSqlite3.Database, options: MigrateOptions = {}): string[] {
  const all = options.migrations ?? knownMigrations;
  const now = options.now ?? (() => new Date().toISOString());
  const target = options.upTo === undefined ? all.length : all.findIndex((m) => m.name === options.upTo) + 1;
  if (target === 0) throw new Error(`Unknown migration target: ${options.upTo}`);

  const run = db.transaction((): string[] => {
    db.exec(`CREATE TABLE IF NOT EXISTS ${MIGRATIONS_TABLE} (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL) STRICT`);
    // Checked again inside the write lock: another process may have migrated the file
    // between the caller's read-only check and this transaction.
    const applied = readAppliedMigrations(db);
    assertKnownMigrations(applied, all);
    const record = db.prepare(`INSERT INTO ${MIGRATIONS_TABLE} (name, applied_at) VALUES (?, ?)`);
    const pending = all.slice(applied.length, Math.max(target, applied.length));
    for (const step of pending) {
      step.up(db);
      record.run(step.name, now());
    }
    return pending.map((m) => m.name);
  });
  return run.immediate();
}
