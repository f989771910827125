import type { Migration } from './migration.ts';

// Full-text search over the dossier fields an adviser remembers. unicode61 with
// remove_diacritics 2 folds case and diacritics on both sides, so "muller" finds "Müller" and
// "unal" finds "Ünal". Prefix indexes keep type-ahead queries ("mu", "mül") fast.
export const m0002ClientsSearch: Migration = {
  name: '0002_clients_search',
  up(db) {
    db.exec(`
      CREATE VIRTUAL TABLE clients_fts USING fts5(
        display_name, adviser_reference, note,
        content='clients', content_rowid='seq',
        tokenize='unicode61 remove_diacritics 2',
        prefix='2 3'
      );
      -- A hit in the name matters more than one in the reference, which beats one in the note.
      INSERT INTO clients_fts(clients_fts, rank) VALUES ('rank', 'bm25(10.0, 5.0, 1.0)');

      -- Triggers keep the index inside the same statement (and so the same transaction) as
      -- the row change: the index can never lag behind a committed dossier.
      CREATE TRIGGER clients_fts_after_insert AFTER INSERT ON clients BEGIN
        INSERT INTO clients_fts(rowid, display_name, adviser_reference, note)
        VALUES (new.seq, new.display_name, new.adviser_reference, new.note);
      END;
      CREATE TRIGGER clients_fts_after_delete AFTER DELETE ON clients BEGIN
        INSERT INTO clients_fts(clients_fts, rowid, display_name, adviser_reference, note)
        VALUES ('delete', old.seq, old.display_name, old.adviser_reference, old.note);
      END;
      CREATE TRIGGER clients_fts_after_update AFTER UPDATE OF display_name, adviser_reference, note ON clients BEGIN
        INSERT INTO clients_fts(clients_fts, rowid, display_name, adviser_reference, note)
        VALUES ('delete', old.seq, old.display_name, old.adviser_reference, old.note);
        INSERT INTO clients_fts(rowid, display_name, adviser_reference, note)
        VALUES (new.seq, new.display_name, new.adviser_reference, new.note);
      END;

      -- Dossiers created before this step get indexed too.
      INSERT INTO clients_fts(clients_fts) VALUES ('rebuild');
    `);
  },
};
