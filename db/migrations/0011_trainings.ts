import type { Migration } from './migration.ts';

// Candidate trainings per client, each a case v1 training as JSON (with its cost items), with
// the same optimistic version counter as dossiers. seq keeps the order they were added in.
export const m0011Trainings: Migration = {
  name: '0011_trainings',
  up(db) {
    db.exec(`
      CREATE TABLE trainings (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        client_id TEXT NOT NULL REFERENCES clients (id),
        training TEXT NOT NULL CHECK (json_valid(training)),
        version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX trainings_by_client ON trainings (client_id, seq);
    `);
  },
};
