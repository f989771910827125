import type { Migration } from './migration.ts';

// Settings are key/value (one row per setting) so a new setting needs no migration.
// The intake is one JSON document per client in its case file v1 shape: it is read and written
// whole by one form, never queried by field, and case v1 may gain optional fields without a
// schema change. json_valid keeps anything but JSON out.
export const m0010SettingsIntake: Migration = {
  name: '0010_settings_intake',
  up(db) {
    db.exec(`
      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE intakes (
        client_id TEXT PRIMARY KEY REFERENCES clients (id),
        fields TEXT NOT NULL CHECK (json_valid(fields)),
        version INTEGER NOT NULL CHECK (version >= 1),
        updated_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
