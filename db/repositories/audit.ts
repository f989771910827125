// The audit trail: appended inside the transaction of the change it records (so a change and
// its entry commit together or not at all), read per dossier, and checked as a whole.
import type { Kysely } from 'kysely';
import {
  describeAuditEntry,
  type AuditAction,
  type AuditDetails,
  type AuditEntry,
  type AuditRecordType,
} from '../../shared/contract/audit.ts';
import { entryHash, GENESIS_HASH, newRefSalt, refDigest, verifyChain, type ChainVerification } from '../audit-chain.ts';
import { fromJson } from '../json.ts';
import type { AuditLogTable, Database } from '../schema.ts';

export interface NewAuditEntry {
  at: string;
  actor: string;
  action: AuditAction;
  recordType: AuditRecordType;
  clientId: string | null;
  recordId: string | null;
  fields: readonly string[];
  details?: AuditDetails;
}

const toEntry = (row: AuditLogTable): AuditEntry => {
  const fields = fromJson<string[]>(row.fields);
  const action = row.action as AuditAction;
  return {
    seq: row.seq,
    at: row.at,
    actor: row.actor,
    action,
    recordType: row.record_type as AuditRecordType,
    recordId: row.record_id,
    fields,
    details: fromJson<AuditDetails>(row.details),
    description: describeAuditEntry(action, fields),
  };
};

export function auditRepository(db: Kysely<Database>) {
  return {
    /** Appends one entry at the end of the chain. Call inside the change's own write transaction. */
    async append(e: NewAuditEntry): Promise<number> {
      const last = await db.selectFrom('audit_log').select(['seq', 'hash']).orderBy('seq', 'desc').limit(1).executeTakeFirst();
      const hasRef = e.clientId !== null || e.recordId !== null;
      const salt = hasRef ? newRefSalt() : null;
      const content = {
        seq: (last?.seq ?? 0) + 1,
        at: e.at,
        actor: e.actor,
        action: e.action,
        record_type: e.recordType,
        ref_digest: salt === null ? null : refDigest(salt, e.clientId, e.recordId),
        // Sorted and without duplicates: the entry says which fields, not in which order.
        fields: JSON.stringify([...new Set(e.fields)].sort()),
        details: JSON.stringify(e.details ?? {}),
        prev_hash: last?.hash ?? GENESIS_HASH,
      };
      await db
        .insertInto('audit_log')
        .values({ ...content, client_id: e.clientId, record_id: e.recordId, ref_salt: salt, hash: entryHash(content) })
        .execute();
      return content.seq;
    },

    /** The entries about one dossier, newest first. */
    async forClient(clientId: string): Promise<AuditEntry[]> {
      const rows = await db.selectFrom('audit_log').selectAll().where('client_id', '=', clientId).orderBy('seq', 'desc').execute();
      return rows.map(toEntry);
    },

    /** The whole chain checked from the first entry; names the first that does not fit. */
    async verify(): Promise<ChainVerification> {
      const rows = await db.selectFrom('audit_log').selectAll().orderBy('seq').execute();
      return verifyChain(rows);
    },
  };
}
