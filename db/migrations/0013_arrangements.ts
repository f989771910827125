import type { Migration } from './migration.ts';

// An arrangement is a stable id with a chain of versions. A version is history: it holds the
// case snapshot, the pack versions, the overrides with who and when, the computed result and
// the action list exactly as they were saved, and triggers refuse any UPDATE or DELETE of it,
// so an earlier version stays readable whatever changes later (intake, training, packs).
// training_id has no foreign key on purpose: a candidate training may be removed later, the
// arrangement keeps its snapshot and loses only the link.
export const m0013Arrangements: Migration = {
  name: '0013_arrangements',
  up(db) {
    db.exec(`
      CREATE TABLE arrangements (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        client_id TEXT NOT NULL REFERENCES clients (id),
        training_id TEXT,
        latest_version INTEGER NOT NULL CHECK (latest_version >= 1),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX arrangements_by_client ON arrangements (client_id, updated_at);

      CREATE TABLE arrangement_versions (
        arrangement_id TEXT NOT NULL REFERENCES arrangements (id),
        version INTEGER NOT NULL CHECK (version >= 1),
        reference_date TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('concept', 'besproken', 'aangevraagd', 'toegekend', 'afgewezen')),
        line_statuses TEXT NOT NULL CHECK (json_valid(line_statuses)),
        overrides TEXT NOT NULL CHECK (json_valid(overrides)),
        case_snapshot TEXT NOT NULL CHECK (json_valid(case_snapshot)),
        packs TEXT NOT NULL CHECK (json_valid(packs)),
        result TEXT NOT NULL CHECK (json_valid(result)),
        actions TEXT NOT NULL CHECK (json_valid(actions)),
        total_cost_cents INTEGER NOT NULL,
        own_contribution_cents INTEGER NOT NULL,
        loan_cents INTEGER NOT NULL,
        saved_at TEXT NOT NULL,
        saved_by TEXT NOT NULL,
        origin TEXT NOT NULL CHECK (origin IN ('save', 'status', 'import')),
        PRIMARY KEY (arrangement_id, version)
      ) STRICT;

      CREATE TRIGGER arrangement_versions_immutable_update BEFORE UPDATE ON arrangement_versions BEGIN
        SELECT RAISE(ABORT, 'arrangement versions are history and cannot be changed');
      END;
      CREATE TRIGGER arrangement_versions_immutable_delete BEFORE DELETE ON arrangement_versions BEGIN
        SELECT RAISE(ABORT, 'arrangement versions are history and cannot be deleted');
      END;
    `);
  },
};
