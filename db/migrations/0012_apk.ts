import type { Migration } from './migration.ts';

// Loopbaan APK answers, one row per client and statement (saved as the adviser goes), and the
// adviser's confirmations of signals: what was applied to the case, by whom and when, so a
// changed intake field can always be traced back to the APK answer that proposed it.
export const m0012Apk: Migration = {
  name: '0012_apk',
  up(db) {
    db.exec(`
      CREATE TABLE apk_answers (
        client_id TEXT NOT NULL REFERENCES clients (id),
        checklist_id TEXT NOT NULL,
        statement_id TEXT NOT NULL,
        checklist_version TEXT NOT NULL,
        answer TEXT NOT NULL CHECK (answer IN ('ja', 'deels', 'nee', 'weet-niet')),
        note TEXT NOT NULL DEFAULT '',
        answered_at TEXT NOT NULL,
        PRIMARY KEY (client_id, checklist_id, statement_id)
      ) STRICT;

      CREATE TABLE apk_confirmations (
        seq INTEGER PRIMARY KEY,
        client_id TEXT NOT NULL REFERENCES clients (id),
        signal_id TEXT NOT NULL,
        changes TEXT NOT NULL CHECK (json_valid(changes)),
        training_id TEXT,
        confirmed_by TEXT NOT NULL,
        confirmed_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX apk_confirmations_by_client ON apk_confirmations (client_id, signal_id);
    `);
  },
};
