// What every handler shares: the store, the clock and fresh ids, the scheme packs loaded once at
// start, the Loopbaan APK checklist, and the desktop-only capabilities. The clock, packs and
// checklist are injected so tests run with a fake clock, ids id1, id2, ... and inline data.
import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { Store } from '../../db/open.ts';
import type { Database } from '../../db/schema.ts';
import type { ApkChecklist } from '../../shared/apk/checklist.ts';
import type { ServiceCapabilities } from './capabilities.ts';
import type { LivePacks } from './packs-at-start.ts';

/** The time and fresh ids: the only outside world a handler sees besides the store. */
export interface Clock {
  /** ISO 8601 timestamp (UTC). */
  now(): string;
  newId(): string;
}

export const systemClock = (): Clock => ({
  now: () => new Date().toISOString(),
  newId: () => randomUUID(),
});

export interface ServiceContext extends Clock {
  db: Kysely<Database>;
  /** The packs in use; take `current()` once per operation (they can change at run time). */
  packs: LivePacks;
  checklist: ApkChecklist;
  /** Why the intended (regional) checklist is not the one in use; null when it is. */
  checklistNotice: string | null;
  capabilities: ServiceCapabilities;
  /**
   * The data folder this store lives in, shown read-only in the settings (where is my data?).
   * Given by whoever opened the store (main.ts, the bridge), never by the renderer; null in tests.
   */
  dataLocation: string | null;
  /**
   * Runs fn in one write transaction (BEGIN IMMEDIATE, see db/immediate-dialect.ts): one adviser
   * action commits whole or not at all. Repositories take the transaction as their db.
   */
  transaction<T>(fn: (db: Kysely<Database>) => Promise<T>): Promise<T>;
  /** Runs reads in one snapshot, without taking the write lock (a reader must never wait for a writer). */
  read<T>(fn: (db: Kysely<Database>) => Promise<T>): Promise<T>;
}

export interface ContextParts {
  packs: LivePacks;
  checklist: ApkChecklist;
  checklistNotice: string | null;
  capabilities: ServiceCapabilities;
  dataLocation: string | null;
}

export function serviceContext(store: Store, clock: Clock, parts: ContextParts): ServiceContext {
  const db = store.db;
  return {
    // Bound: handlers call ctx.now() detached from the object the caller passed in.
    now: () => clock.now(),
    newId: () => clock.newId(),
    db,
    ...parts,
    transaction: (fn) => db.transaction().execute((trx) => fn(trx)),
    read: (fn) => readSnapshot(db, fn),
  };
}

/**
 * A deferred (plain BEGIN) transaction on the one reserved connection: in WAL mode it reads from
 * the snapshot taken at its first read, so several reads see one moment, and unlike the
 * IMMEDIATE write transactions it does not wait for another process's write lock.
 */
async function readSnapshot<T>(db: Kysely<Database>, fn: (db: Kysely<Database>) => Promise<T>): Promise<T> {
  return db.connection().execute(async (conn) => {
    await sql`begin`.execute(conn);
    try {
      return await fn(conn);
    } finally {
      // Nothing was written; ending the transaction only releases the snapshot.
      await sql`rollback`.execute(conn);
    }
  });
}
