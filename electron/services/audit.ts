// Recording changes in the audit trail, and the trail's two operations. recordChange runs inside
// the change's own transaction, so there is never a change without its entry (or the reverse).
import type { Kysely } from 'kysely';
import { canonicalJson } from '../../db/audit-chain.ts';
import { auditRepository, type NewAuditEntry } from '../../db/repositories/audit.ts';
import { clientFacts } from '../../db/repositories/clients.ts';
import { settingsRepository } from '../../db/repositories/settings.ts';
import type { Database } from '../../db/schema.ts';
import type { auditOperations } from '../../shared/contract/audit.ts';
import type { Clock, ServiceContext } from './context.ts';
import type { HandlerTable } from './handlers.ts';

/** Who, when no adviser name is set yet (the first start, before the settings are filled in). */
export const UNKNOWN_ADVISER = 'onbekende adviseur';

export type Change = Omit<NewAuditEntry, 'at' | 'actor'> & {
  /** The time the change itself carries (updatedAt, savedAt); else the clock's now. */
  at?: string;
};

/** Appends one entry for a change; `db` must be the change's transaction. */
export async function recordChange(clock: Pick<Clock, 'now'>, db: Kysely<Database>, change: Change): Promise<void> {
  const { adviserName } = await settingsRepository(db).get();
  await auditRepository(db).append({ ...change, at: change.at ?? clock.now(), actor: adviserName.trim() || UNKNOWN_ADVISER });
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * The dotted names of the fields that differ ("work.hoursPerWeek", "costs"), never their
 * values. Objects are compared field by field; a list counts as one field. With nothing before
 * (a new record), every field of the new one is named.
 */
export function changedPaths(before: unknown, after: unknown, prefix = ''): string[] {
  const b = before === undefined && isPlainObject(after) ? {} : before;
  if (isPlainObject(b) && isPlainObject(after)) {
    const keys = [...new Set([...Object.keys(b), ...Object.keys(after)])].sort();
    return keys.flatMap((k) => changedPaths(b[k], after[k], prefix ? `${prefix}.${k}` : k));
  }
  return canonicalJson(b) === canonicalJson(after) ? [] : [prefix];
}

export function auditHandlers(ctx: ServiceContext): HandlerTable<keyof typeof auditOperations> {
  return {
    'audit.list': ({ clientId }) =>
      ctx.read(async (db) => {
        await clientFacts(db, clientId);
        return auditRepository(db).forClient(clientId);
      }),
    'audit.verify': () => ctx.read((db) => auditRepository(db).verify()),
  };
}
