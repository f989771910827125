import type { Migration } from './migration.ts';

// The audit trail (issue 13.13): who changed what kind of record, when, and which fields, never
// the values. Append-only in SQLite itself: an entry can only be added at the end of the chain
// (seq = last + 1, prev_hash = the last entry's hash), and UPDATE and DELETE are refused.
// Each entry's hash covers its content and the previous hash (db/audit-chain.ts), so an entry
// changed with the triggers dropped is found by `npm run audit:verify`.
//
// The references to a client (client_id, record_id) are personal data as long as the dossier
// exists, so they sit outside the hash: the hash covers ref_digest, a salted SHA-256 of the
// references, and erasure (migration 0016) clears the references and the salt but keeps the
// digest. The chain stays verifiable after an erasure, and the digest without its salt no
// longer points at anyone. No foreign key on client_id: entries outlive the dossier.
export const m0015AuditLog: Migration = {
  name: '0015_audit_log',
  up(db) {
    db.exec(`
      CREATE TABLE audit_log (
        seq INTEGER PRIMARY KEY CHECK (seq >= 1),
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        record_type TEXT NOT NULL,
        client_id TEXT,
        record_id TEXT,
        ref_salt TEXT,
        ref_digest TEXT CHECK (ref_digest IS NULL OR length(ref_digest) = 64),
        fields TEXT NOT NULL CHECK (json_valid(fields) AND json_type(fields) = 'array'),
        details TEXT NOT NULL CHECK (json_valid(details) AND json_type(details) = 'object'),
        prev_hash TEXT NOT NULL CHECK (length(prev_hash) = 64),
        hash TEXT NOT NULL UNIQUE CHECK (length(hash) = 64),
        -- References always come with their salt and digest.
        CHECK ((client_id IS NULL AND record_id IS NULL) OR (ref_salt IS NOT NULL AND ref_digest IS NOT NULL))
      ) STRICT;
      CREATE INDEX audit_log_by_client ON audit_log (client_id, seq) WHERE client_id IS NOT NULL;

      CREATE TRIGGER audit_log_append_at_end BEFORE INSERT ON audit_log
      WHEN new.seq IS NOT coalesce((SELECT max(seq) FROM audit_log), 0) + 1
        OR new.prev_hash IS NOT coalesce((SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1), '${'0'.repeat(64)}')
      BEGIN
        SELECT RAISE(ABORT, 'audit entries are appended at the end of the chain only');
      END;
      CREATE TRIGGER audit_log_append_only_update BEFORE UPDATE ON audit_log BEGIN
        SELECT RAISE(ABORT, 'audit entries are append-only and cannot be changed');
      END;
      CREATE TRIGGER audit_log_append_only_delete BEFORE DELETE ON audit_log BEGIN
        SELECT RAISE(ABORT, 'audit entries are append-only and cannot be deleted');
      END;
    `);
  },
};
