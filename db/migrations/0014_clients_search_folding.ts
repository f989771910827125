import { foldSearchSql } from '../text.ts';
import type { Migration } from './migration.ts';

// 0002's index could not find "Yılmaz" by typing "yilmaz": unicode61's remove_diacritics only
// strips marks from letters that decompose, and ı, ø, æ, ß and friends do not. The index is now
// contentless and filled by triggers with folded text (db/text.ts SEARCH_FOLDS), and the query
// is folded the same way. Contentless with contentless_delete, because an external-content
// index would re-read the raw columns on 'rebuild' and lose the folding. Search results are
// read from `clients` by rowid, so nothing needs the index to give its text back.
const fold = (col: string) => foldSearchSql(col);
const values = (row: 'new' | 'clients') =>
  `${fold(`${row}.display_name`)}, ${fold(`${row}.adviser_reference`)}, ${fold(`coalesce(${row}.note, '')`)}`;

export const m0014ClientsSearchFolding: Migration = {
  name: '0014_clients_search_folding',
  up(db) {
    db.exec(`
      DROP TRIGGER clients_fts_after_insert;
      DROP TRIGGER clients_fts_after_delete;
      DROP TRIGGER clients_fts_after_update;
      DROP TABLE clients_fts;

      CREATE VIRTUAL TABLE clients_fts USING fts5(
        display_name, adviser_reference, note,
        content='', contentless_delete=1,
        tokenize='unicode61 remove_diacritics 2',
        prefix='2 3'
      );
      INSERT INTO clients_fts(clients_fts, rank) VALUES ('rank', 'bm25(10.0, 5.0, 1.0)');

      CREATE TRIGGER clients_fts_after_insert AFTER INSERT ON clients BEGIN
        INSERT INTO clients_fts(rowid, display_name, adviser_reference, note) VALUES (new.seq, ${values('new')});
      END;
      CREATE TRIGGER clients_fts_after_delete AFTER DELETE ON clients BEGIN
        DELETE FROM clients_fts WHERE rowid = old.seq;
      END;
      CREATE TRIGGER clients_fts_after_update AFTER UPDATE OF display_name, adviser_reference, note ON clients BEGIN
        DELETE FROM clients_fts WHERE rowid = old.seq;
        INSERT INTO clients_fts(rowid, display_name, adviser_reference, note) VALUES (new.seq, ${values('new')});
      END;

      INSERT INTO clients_fts(rowid, display_name, adviser_reference, note)
      SELECT clients.seq, ${values('clients')} FROM clients;
    `);
  },
};
