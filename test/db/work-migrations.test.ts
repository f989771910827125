// One test per migration of the adviser's work on a dossier (0010-0013: settings, intake,
// trainings, Loopbaan APK, arrangements): a database at step N-1 with data in it, step N applied,
// and exactly what N must produce asserted (existing rows untouched, constraints in force).
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { migrate, readAppliedMigrations } from '../../db/migrate.ts';
import { databaseAt as at } from './fixtures/migrations.ts';

const addClient = (db: Database.Database, id: string) =>
  db
    .prepare(
      `INSERT INTO clients (id, display_name, sort_name, birth_date, region, adviser_reference, note, created_at, updated_at)
       VALUES (?, 'Anna', 'anna', '1980-01-01', 'twente', 'R1', NULL, 't', 't')`,
    )
    .run(id);

const all = (db: Database.Database, sql: string) => db.prepare(sql).all();

describe('0010_settings_intake', () => {
  it('adds settings and intakes next to existing dossiers, with JSON and version checks', () => {
    const db = at('0002_clients_search');
    addClient(db, 'c1');
    migrate(db, { upTo: '0010_settings_intake' });
    expect(readAppliedMigrations(db).at(-1)).toBe('0010_settings_intake');
    expect(all(db, 'SELECT id FROM clients')).toEqual([{ id: 'c1' }]);
    expect(all(db, 'SELECT * FROM settings')).toEqual([]);
    expect(all(db, 'SELECT * FROM intakes')).toEqual([]);

    db.prepare(`INSERT INTO intakes VALUES ('c1', '{"educationLevel":"mbo2"}', 1, 't')`).run();
    expect(() => db.prepare(`INSERT INTO intakes VALUES ('c1', '{}', 1, 't')`).run()).toThrow(/UNIQUE|PRIMARY/);
    expect(() => db.prepare(`INSERT INTO intakes VALUES ('nobody', '{}', 1, 't')`).run()).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare(`UPDATE intakes SET fields = 'niet json'`).run()).toThrow(/CHECK/);
    expect(() => db.prepare(`UPDATE intakes SET version = 0`).run()).toThrow(/CHECK/);
  });
});

describe('0011_trainings', () => {
  it('adds trainings per client, kept in the order they were added', () => {
    const db = at('0010_settings_intake');
    addClient(db, 'c1');
    db.prepare(`INSERT INTO intakes VALUES ('c1', '{}', 1, 't')`).run();
    migrate(db, { upTo: '0011_trainings' });
    expect(all(db, 'SELECT client_id, version FROM intakes')).toEqual([{ client_id: 'c1', version: 1 }]);

    const insert = db.prepare(`INSERT INTO trainings (id, client_id, training, created_at, updated_at) VALUES (?, 'c1', '{}', 't', 't')`);
    insert.run('t2');
    insert.run('t1');
    expect(all(db, `SELECT id, version FROM trainings WHERE client_id = 'c1' ORDER BY seq`)).toEqual([
      { id: 't2', version: 1 },
      { id: 't1', version: 1 },
    ]);
    expect(() => db.prepare(`INSERT INTO trainings (id, client_id, training, created_at, updated_at) VALUES ('t3', 'nobody', '{}', 't', 't')`).run()).toThrow(/FOREIGN KEY/);
    expect(() => insert.run('t1')).toThrow(/UNIQUE/);
  });
});

describe('0012_apk', () => {
  it('adds one answer per client and statement, with only the four answers allowed', () => {
    const db = at('0011_trainings');
    addClient(db, 'c1');
    db.prepare(`INSERT INTO trainings (id, client_id, training, created_at, updated_at) VALUES ('t1', 'c1', '{}', 't', 't')`).run();
    migrate(db, { upTo: '0012_apk' });
    expect(all(db, 'SELECT id FROM trainings')).toEqual([{ id: 't1' }]);

    const answer = db.prepare(`INSERT INTO apk_answers VALUES ('c1', 'loopbaan-apk', ?, '1.0.0', ?, '', 't')`);
    answer.run('ps-werk-nu', 'weet-niet');
    expect(() => answer.run('ps-werk-nu', 'ja')).toThrow(/UNIQUE|PRIMARY/);
    expect(() => answer.run('ps-tijd', 'misschien')).toThrow(/CHECK/);
    db.prepare(`INSERT INTO apk_confirmations (client_id, signal_id, changes, training_id, confirmed_by, confirmed_at) VALUES ('c1', 'dismissal-notice', '[]', NULL, '', 't')`).run();
    expect(all(db, 'SELECT signal_id FROM apk_confirmations')).toEqual([{ signal_id: 'dismissal-notice' }]);
  });
});

describe('0013_arrangements', () => {
  it('adds arrangements whose versions cannot be changed or deleted', () => {
    const db = at('0012_apk');
    addClient(db, 'c1');
    db.prepare(`INSERT INTO apk_answers VALUES ('c1', 'loopbaan-apk', 'ps-werk-nu', '1.0.0', 'ja', '', 't')`).run();
    migrate(db, { upTo: '0013_arrangements' });
    expect(all(db, 'SELECT statement_id, answer FROM apk_answers')).toEqual([{ statement_id: 'ps-werk-nu', answer: 'ja' }]);

    db.prepare(`INSERT INTO arrangements (id, client_id, training_id, latest_version, created_at, updated_at) VALUES ('a1', 'c1', 't-gone', 1, 't', 't')`).run();
    const version = db.prepare(
      `INSERT INTO arrangement_versions VALUES ('a1', ?, '2022-01-15', ?, '{}', '[]', '{}', '[]', '{}', '[]', 150000, 0, 0, 't', 'F', 'save')`,
    );
    version.run(1, 'concept');
    expect(() => version.run(1, 'concept')).toThrow(/UNIQUE|PRIMARY/);
    expect(() => version.run(2, 'klaar')).toThrow(/CHECK/);
    expect(() => db.prepare(`UPDATE arrangement_versions SET status = 'toegekend'`).run()).toThrow(/history/);
    expect(() => db.prepare(`DELETE FROM arrangement_versions`).run()).toThrow(/history/);
    expect(() =>
      db.prepare(`INSERT INTO arrangements (id, client_id, training_id, latest_version, created_at, updated_at) VALUES ('a2', 'nobody', NULL, 1, 't', 't')`).run(),
    ).toThrow(/FOREIGN KEY/);
    expect(all(db, 'SELECT arrangement_id, version, status FROM arrangement_versions')).toEqual([{ arrangement_id: 'a1', version: 1, status: 'concept' }]);
  });
});
