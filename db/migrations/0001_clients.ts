import type { Migration } from './migration.ts';

export const m0001Clients: Migration = {
  name: '0001_clients',
  up(db) {
    db.exec(`
      CREATE TABLE clients (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        display_name TEXT NOT NULL,
        sort_name TEXT NOT NULL,
        birth_date TEXT NOT NULL,
        region TEXT NOT NULL,
        adviser_reference TEXT NOT NULL,
        note TEXT,
        version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        archived_at TEXT
      );
      -- The list screen pages through active or archived dossiers in name order.
      CREATE INDEX clients_active_by_name ON clients (sort_name, id) WHERE archived_at IS NULL;
      CREATE INDEX clients_archived_by_name ON clients (sort_name, id) WHERE archived_at IS NOT NULL;
    `);
  },
};
