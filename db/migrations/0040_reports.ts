import { randomBytes } from 'node:crypto';
import type { Migration } from './migration.ts';

// Supervisor reports (issue 10). report_secret holds this installation's key for the report
// bundles' record ids (HMAC-SHA-256 of the arrangement id): the same arrangement always gets the
// same id, so a bundle imported again deduplicates, yet without the key nobody can tell which
// arrangement (or client) a record is. It is made once, here, inside the (encrypted) store, and
// never leaves it.
//
// The imported bundles: one row per bundle (digest UNIQUE: the same file twice counts once),
// one per record, with its funding lines and refused schemes. A record id can arrive in several
// bundles (an adviser exports an overlapping period again); `current` marks the one copy that
// counts, the highest version (then the latest import), kept in step on every import and
// removal, so the reports filter on one indexed column instead of ranking rows each time.
// Nothing here refers to a client: bundles hold no personal data and erasure has nothing to do.
export const m0040Reports: Migration = {
  name: '0040_reports',
  up(db) {
    db.exec(`
      CREATE TABLE report_secret (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        secret TEXT NOT NULL CHECK (length(secret) = 64),
        created_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE report_bundles (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        file_name TEXT NOT NULL,
        digest TEXT NOT NULL UNIQUE CHECK (length(digest) = 64),
        period_from TEXT NOT NULL,
        period_to TEXT NOT NULL,
        exported_on TEXT NOT NULL,
        packs TEXT NOT NULL CHECK (json_valid(packs)),
        record_count INTEGER NOT NULL CHECK (record_count >= 0),
        imported_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE report_records (
        seq INTEGER PRIMARY KEY,
        bundle_seq INTEGER NOT NULL REFERENCES report_bundles (seq) ON DELETE CASCADE,
        record_id TEXT NOT NULL CHECK (length(record_id) = 64),
        version INTEGER NOT NULL,
        current INTEGER NOT NULL DEFAULT 0 CHECK (current IN (0, 1)),
        reference_month TEXT NOT NULL,
        status_month TEXT NOT NULL,
        status TEXT NOT NULL,
        region TEXT NOT NULL,
        age_band TEXT NOT NULL,
        education_level TEXT NOT NULL,
        work_status TEXT NOT NULL,
        sector_fund TEXT,
        training_kind TEXT NOT NULL,
        training_level TEXT,
        training_purpose TEXT NOT NULL,
        total_cost_cents INTEGER NOT NULL,
        own_contribution_cents INTEGER NOT NULL,
        loan_cents INTEGER NOT NULL,
        UNIQUE (bundle_seq, record_id)
      ) STRICT;
      CREATE INDEX report_records_by_id ON report_records (record_id, version, bundle_seq);
      CREATE INDEX report_records_current ON report_records (reference_month) WHERE current = 1;

      CREATE TABLE report_lines (
        record_seq INTEGER NOT NULL REFERENCES report_records (seq) ON DELETE CASCADE,
        scheme_id TEXT NOT NULL,
        payer_kind TEXT NOT NULL,
        kind TEXT NOT NULL,
        amount_cents INTEGER NOT NULL
      ) STRICT;
      -- Covering: a report reads a record's lines from the index alone, never from the table.
      CREATE INDEX report_lines_by_record ON report_lines (record_seq, payer_kind, scheme_id, kind, amount_cents);

      -- One row per failed rule of a refused scheme; rule_id NULL when no rule id was given.
      -- first = 1 on one row per refused scheme, so "how many arrangements" is a sum, not a
      -- count(DISTINCT) that needs a sort per group. The index covers every column.
      CREATE TABLE report_refusals (
        record_seq INTEGER NOT NULL REFERENCES report_records (seq) ON DELETE CASCADE,
        scheme_id TEXT NOT NULL,
        rule_id TEXT,
        first INTEGER NOT NULL CHECK (first IN (0, 1))
      ) STRICT;
      CREATE INDEX report_refusals_by_record ON report_refusals (record_seq, scheme_id, rule_id, first);
    `);
    db.prepare('INSERT INTO report_secret (id, secret, created_at) VALUES (1, ?, ?)').run(randomBytes(32).toString('hex'), new Date().toISOString());
  },
};
