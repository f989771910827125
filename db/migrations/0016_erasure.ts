import type { Migration } from './migration.ts';

// Erasure (AVG art. 17, issue 13.12): the one recorded exception to two append-only rules.
// Arrangement versions may be deleted, and audit entries may lose their client references, only
// while the erasure of that client holds a permit: a row in erasure_permits that the erasure
// inserts and removes inside its own transaction, so it is never visible outside it. Everything
// else stays refused as before: a version cannot be changed, an audit entry cannot be deleted,
// and clearing references changes nothing else (the hash chain covers the rest; db/audit-chain.ts).
export const m0016Erasure: Migration = {
  name: '0016_erasure',
  up(db) {
    db.exec(`
      CREATE TABLE erasure_permits (
        client_id TEXT PRIMARY KEY
      ) STRICT;

      DROP TRIGGER arrangement_versions_immutable_delete;
      CREATE TRIGGER arrangement_versions_immutable_delete BEFORE DELETE ON arrangement_versions
      WHEN NOT EXISTS (
        SELECT 1 FROM erasure_permits p JOIN arrangements a ON a.client_id = p.client_id WHERE a.id = old.arrangement_id
      )
      BEGIN
        SELECT RAISE(ABORT, 'arrangement versions are history and cannot be deleted');
      END;

      DROP TRIGGER audit_log_append_only_update;
      CREATE TRIGGER audit_log_append_only_update BEFORE UPDATE ON audit_log
      WHEN NOT (
        old.client_id IS NOT NULL
        AND EXISTS (SELECT 1 FROM erasure_permits p WHERE p.client_id = old.client_id)
        AND new.client_id IS NULL AND new.record_id IS NULL AND new.ref_salt IS NULL
        AND new.seq = old.seq AND new.at = old.at AND new.actor = old.actor AND new.action = old.action
        AND new.record_type = old.record_type AND new.ref_digest IS old.ref_digest
        AND new.fields = old.fields AND new.details = old.details
        AND new.prev_hash = old.prev_hash AND new.hash = old.hash
      )
      BEGIN
        SELECT RAISE(ABORT, 'audit entries are append-only and cannot be changed');
      END;
    `);
  },
};
