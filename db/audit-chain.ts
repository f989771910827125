// The audit trail's hash chain. Each entry's hash is SHA-256 over a canonical serialization of
// its content plus the previous entry's hash, so changing, removing or reordering any entry
// breaks every hash after it, and verify() names the first entry that does not fit.
//
// What the hash covers, and what not: the client references (client_id, record_id) are personal
// data while the dossier exists, and erasure (art. 17) must remove them. So the hash covers
// ref_digest = SHA-256(salt, client_id, record_id) instead of the references themselves.
// Erasure clears the references and the salt and keeps the digest: the chain still verifies,
// and a digest without its salt cannot be linked to the client again (not even with the client
// id from an old export). An entry whose references were changed, rather than erased, no longer
// matches its digest and is reported. Every erasure records how many references it cleared,
// so references cleared outside an erasure are reported too.
import { createHash, randomBytes } from 'node:crypto';
import type { AuditLogTable } from './schema.ts';
import { dbMessages } from './messages.ts';

export const GENESIS_HASH = '0'.repeat(64);
const FORMAT = 'arrangeur.audit/1';

const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/** JSON with object keys sorted at every level: the same content always gives the same bytes. */
export const canonicalJson = (value: unknown): string => JSON.stringify(sortKeys(value));
const sortKeys = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    return Object.fromEntries(Object.keys(record).sort().map((k) => [k, sortKeys(record[k])]));
  }
  return value;
};

export type ChainedContent = Pick<AuditLogTable, 'seq' | 'at' | 'actor' | 'action' | 'record_type' | 'ref_digest' | 'fields' | 'details' | 'prev_hash'>;

/** The entry's hash: everything in the row except the references, the salt and the hash itself. */
export function entryHash(e: ChainedContent): string {
  const fields: unknown = JSON.parse(e.fields);
  const details: unknown = JSON.parse(e.details);
  return sha256(canonicalJson([FORMAT, e.seq, e.at, e.actor, e.action, e.record_type, e.ref_digest, fields, details, e.prev_hash]));
}

export const newRefSalt = (): string => randomBytes(16).toString('hex');

export const refDigest = (salt: string, clientId: string | null, recordId: string | null): string =>
  sha256(JSON.stringify([salt, clientId, recordId]));

export interface ChainVerification {
  ok: boolean;
  entries: number;
  erasedReferences: number;
  brokenAt: number | null;
  message: string;
}

/** Reads the rows in seq order (a generator keeps a long trail out of memory). */
export function verifyChain(rows: Iterable<AuditLogTable>): ChainVerification {
  let previous = GENESIS_HASH;
  let expectedSeq = 1;
  let erased = 0;
  let declaredErased = 0;
  let firstErased: number | null = null;
  const broken = (seq: number, message: string): ChainVerification => ({
    ok: false,
    entries: expectedSeq - 1,
    erasedReferences: erased,
    brokenAt: seq,
    message,
  });

  for (const row of rows) {
    if (row.seq !== expectedSeq) return broken(row.seq, dbMessages.auditMissing(row.seq));
    if (row.prev_hash !== previous) return broken(row.seq, dbMessages.auditUnlinked(row.seq));
    let hash: string;
    try {
      hash = entryHash(row);
    } catch {
      return broken(row.seq, dbMessages.auditChanged(row.seq));
    }
    if (hash !== row.hash) return broken(row.seq, dbMessages.auditChanged(row.seq));
    if (row.ref_salt !== null) {
      if (row.ref_digest !== refDigest(row.ref_salt, row.client_id, row.record_id)) return broken(row.seq, dbMessages.auditReferenceChanged(row.seq));
    } else if (row.client_id !== null || row.record_id !== null) {
      return broken(row.seq, dbMessages.auditReferenceChanged(row.seq));
    } else if (row.ref_digest !== null) {
      erased += 1;
      firstErased ??= row.seq;
    }
    if (row.action === 'client.erase') {
      const count = (JSON.parse(row.details) as Record<string, unknown>).auditReferences;
      declaredErased += typeof count === 'number' ? count : 0;
    }
    previous = row.hash;
    expectedSeq += 1;
  }
  if (erased !== declaredErased && firstErased !== null) return broken(firstErased, dbMessages.auditReferenceChanged(firstErased));
  const entries = expectedSeq - 1;
  return { ok: true, entries, erasedReferences: erased, brokenAt: null, message: dbMessages.auditIntact(entries) };
}
