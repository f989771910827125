import type { Migration } from './migration.ts';

// Re-evaluation after a pack change (issue 9, items 7-8). A run is one pass over the open
// arrangements against one set of active pack versions; an item is one arrangement whose outcome
// changed, with before and after, and the adviser's decision (accept: a new arrangement version;
// keep: the reason, who and when). Items are unique per arrangement version and target pack set,
// so a run repeated after a restart does not ask the same question twice.
// No foreign keys to arrangements or clients: erasing a dossier (art. 17) deletes its items by
// client_id and must not be blocked by them. The detail holds amounts and scheme names only.
export const m0030Reevaluation: Migration = {
  name: '0030_reevaluation',
  up(db) {
    db.exec(`
      CREATE TABLE reevaluation_runs (
        id TEXT PRIMARY KEY,
        started_at TEXT NOT NULL,
        finished_at TEXT,
        status TEXT NOT NULL CHECK (status IN ('running', 'done', 'stopped')),
        target_packs TEXT NOT NULL CHECK (json_valid(target_packs)),
        checked INTEGER NOT NULL DEFAULT 0,
        total INTEGER NOT NULL DEFAULT 0
      ) STRICT;

      CREATE TABLE reevaluation_items (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        run_id TEXT NOT NULL REFERENCES reevaluation_runs (id),
        arrangement_id TEXT NOT NULL,
        client_id TEXT NOT NULL,
        from_version INTEGER NOT NULL CHECK (from_version >= 1),
        target_key TEXT NOT NULL,
        training_title TEXT NOT NULL,
        detail TEXT NOT NULL CHECK (json_valid(detail)),
        changed_packs TEXT NOT NULL CHECK (json_valid(changed_packs)),
        decision TEXT NOT NULL CHECK (decision IN ('open', 'accepted', 'kept', 'superseded')),
        decided_by TEXT,
        decided_at TEXT,
        reason TEXT,
        new_version INTEGER,
        created_at TEXT NOT NULL,
        UNIQUE (arrangement_id, from_version, target_key)
      ) STRICT;
      CREATE INDEX reevaluation_items_by_run ON reevaluation_items (run_id, seq);
      CREATE INDEX reevaluation_items_open ON reevaluation_items (arrangement_id) WHERE decision = 'open';
      CREATE INDEX reevaluation_items_by_client ON reevaluation_items (client_id);
    `);
  },
};
