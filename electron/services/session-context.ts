// What the session handlers share: the store (with the session tables), the clock and ids,
// the packs loaded once at start, the Loopbaan APK checklist, and the desktop-only
// capabilities. Packs and checklist are injected so tests run on inline data.
import { sql } from 'kysely';
import type { Store } from '../../db/open.ts';
import { sessionDb, type SessionDb } from '../../db/repositories/session-db.ts';
import type { ApkChecklist } from '../../shared/apk/checklist.ts';
import type { PackLoadProblem } from '../../shared/contract/packs.ts';
import type { Pack } from '../../shared/packs/format.ts';
import type { ServiceCapabilities } from './capabilities.ts';
import type { ServiceContext } from './context.ts';

export interface PacksSnapshot {
  packs: Pack[];
  problems: PackLoadProblem[];
}

export interface SessionContext {
  db: SessionDb;
  ctx: ServiceContext;
  packs: PacksSnapshot;
  checklist: ApkChecklist;
  /** Why the intended (regional) checklist is not the one in use; null when it is. */
  checklistNotice: string | null;
  capabilities: ServiceCapabilities;
  /** Runs fn in one transaction: every multi-row change commits whole or not at all. */
  transaction<T>(fn: (db: SessionDb) => Promise<T>): Promise<T>;
  /** Runs reads in one snapshot, without taking the write lock (a reader must never wait for a writer). */
  read<T>(fn: (db: SessionDb) => Promise<T>): Promise<T>;
}

export function sessionContext(
  store: Store,
  ctx: ServiceContext,
  packs: PacksSnapshot,
  checklist: ApkChecklist,
  capabilities: ServiceCapabilities,
  checklistNotice: string | null = null,
): SessionContext {
  const db = sessionDb(store.db);
  return {
    db,
    ctx,
    packs,
    checklist,
    checklistNotice,
    capabilities,
    transaction: (fn) => db.transaction().execute((trx) => fn(trx)),
    read: (fn) => readSnapshot(db, fn),
  };
}

/**
 * A deferred (plain BEGIN) transaction on the one reserved connection: in WAL mode it reads from
 * the snapshot taken at its first read, so several reads see one moment, and unlike the
 * IMMEDIATE write transactions it does not wait for another process's write lock.
 */
async function readSnapshot<T>(db: SessionDb, fn: (db: SessionDb) => Promise<T>): Promise<T> {
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
