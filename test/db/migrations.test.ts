// One test per migration (Signal's pattern): bring a database to step N-1, put data in it the
// way that version would have, apply step N, and assert exactly what N must produce.
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, describe, expect, it } from 'vitest';
import { dbMessages } from '../../db/messages.ts';
import { MIGRATIONS_TABLE, migrate, readAppliedMigrations } from '../../db/migrate.ts';
import { migrations } from '../../db/migrations/index.ts';
import { openStore } from '../../db/open.ts';
import { SEARCH_FOLDS, foldSearchSql, foldSearchText } from '../../db/text.ts';
import { AppFailure } from '../../shared/contract/result.ts';

const dbs: Database.Database[] = [];
const dirs: string[] = [];
afterEach(() => {
  while (dbs.length) dbs.pop()!.close();
  while (dirs.length) rmSync(dirs.pop()!, { recursive: true, force: true });
});

const memoryAt = (step: string): Database.Database => {
  const db = new Database(':memory:');
  dbs.push(db);
  migrate(db, { upTo: step });
  return db;
};
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'arrangeur-migrations-'));
  dirs.push(dir);
  return dir;
};
const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const tables = (db: Database.Database) =>
  db.prepare(`SELECT name FROM sqlite_master WHERE type IN ('table','view') ORDER BY name`).pluck().all();

const catchFailure = (fn: () => unknown): AppFailure => {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppFailure) return error;
    throw error;
  }
  throw new Error('expected an AppFailure');
};

describe('migration list', () => {
  it('is ordered, uniquely named, and names sort in application order', () => {
    const names = migrations.map((m) => m.name);
    expect(new Set(names).size).toBe(names.length);
    expect([...names].sort()).toEqual(names);
    expect(names).toEqual(['0001_clients', '0002_clients_search', '0010_settings_intake', '0011_trainings', '0012_apk', '0013_arrangements', '0014_clients_search_folding', '0015_audit_log', '0016_erasure', '0030_reevaluation', '0040_reports', '0041_report_indexes']);
  });

  it('applies everything once and records it; a second run is a no-op', () => {
    const db = new Database(':memory:');
    dbs.push(db);
    expect(migrate(db, { now: () => '2026-01-01T00:00:00.000Z' })).toEqual(migrations.map((m) => m.name));
    expect(migrate(db)).toEqual([]);
    expect(db.prepare(`SELECT name, applied_at FROM ${MIGRATIONS_TABLE} ORDER BY name`).all()).toEqual(
      migrations.map((m) => ({ name: m.name, applied_at: '2026-01-01T00:00:00.000Z' })),
    );
  });

  it('rolls back a failing step completely, including earlier steps of the same run', () => {
    const db = new Database(':memory:');
    dbs.push(db);
    const broken = [
      ...migrations,
      { name: '0003_broken', up: (d: Database.Database) => d.exec('CREATE TABLE half (x); SELECT * FROM nope;') },
    ];
    expect(() => migrate(db, { migrations: broken })).toThrow(/nope/);
    expect(tables(db)).toEqual([]);
  });
});

describe('0001_clients', () => {
  it('creates an empty clients table with a version counter starting at 1', () => {
    const db = new Database(':memory:');
    dbs.push(db);
    migrate(db, { upTo: '0001_clients' });
    expect(readAppliedMigrations(db)).toEqual(['0001_clients']);
    db.prepare(
      `INSERT INTO clients (id, display_name, sort_name, birth_date, region, adviser_reference, created_at, updated_at)
       VALUES ('c1', 'Anna', 'anna', '1980-01-01', 'groningen', 'R1', 't', 't')`,
    ).run();
    expect(db.prepare('SELECT id, version, note, archived_at FROM clients').all()).toEqual([
      { id: 'c1', version: 1, note: null, archived_at: null },
    ]);
    expect(() => db.prepare(`UPDATE clients SET version = 0`).run()).toThrow(/CHECK/);
  });
});

describe('0002_clients_search', () => {
  it('indexes dossiers that existed before the step, and keeps the index in sync afterwards', () => {
    const db = memoryAt('0001_clients');
    const insert = db.prepare(
      `INSERT INTO clients (id, display_name, sort_name, birth_date, region, adviser_reference, note, created_at, updated_at)
       VALUES (?, ?, ?, '1980-01-01', 'groningen', ?, ?, 't', 't')`,
    );
    insert.run('c1', 'Jürgen Müller', 'jurgen muller', 'REF-7', null);
    insert.run('c2', 'Ayşe Ünal', 'ayse unal', 'X-1', 'wil graag de zorg in');

    migrate(db, { upTo: '0002_clients_search' });
    expect(readAppliedMigrations(db)).toEqual(['0001_clients', '0002_clients_search']);

    const hits = (q: string) =>
      db
        .prepare(`SELECT c.id FROM clients_fts JOIN clients c ON c.seq = clients_fts.rowid WHERE clients_fts MATCH ? ORDER BY c.id`)
        .pluck()
        .all(q);
    expect(hits('muller')).toEqual(['c1']);
    expect(hits('unal')).toEqual(['c2']);
    expect(hits('zorg')).toEqual(['c2']);
    expect(hits('ref')).toEqual(['c1']);

    db.prepare(`UPDATE clients SET display_name = 'Jürgen Schmidt' WHERE id = 'c1'`).run();
    expect(hits('muller')).toEqual([]);
    expect(hits('schmidt')).toEqual(['c1']);
    db.prepare(`DELETE FROM clients WHERE id = 'c2'`).run();
    expect(hits('unal')).toEqual([]);
    // FTS5 throws SQLITE_CORRUPT_VTAB here if the index and the table disagree.
    expect(() => db.prepare(`INSERT INTO clients_fts(clients_fts, rank) VALUES ('integrity-check', 1)`).run()).not.toThrow();
  });
});

describe('0014_clients_search_folding', () => {
  it('re-indexes existing dossiers with folded text, so "yilmaz" finds Yılmaz; later changes stay in sync', () => {
    const db = memoryAt('0013_arrangements');
    const insert = db.prepare(
      `INSERT INTO clients (id, display_name, sort_name, birth_date, region, adviser_reference, note, created_at, updated_at)
       VALUES (?, ?, ?, '1980-01-01', 'twente', ?, ?, 't', 't')`,
    );
    insert.run('c1', 'Emre Yılmaz', 'emre yılmaz', 'LWL-1', null);
    insert.run('c2', 'Mette Sørensen', 'mette sørensen', 'REF-2', 'wil de zorg in');
    insert.run('c3', 'Jürgen Müller', 'jurgen muller', 'X-3', null);
    const hits = (q: string) =>
      db.prepare(`SELECT c.id FROM clients_fts JOIN clients c ON c.seq = clients_fts.rowid WHERE clients_fts MATCH ? ORDER BY c.id`).pluck().all(q);
    expect(hits('yilmaz')).toEqual([]); // what 0002 could not do

    migrate(db, { upTo: '0014_clients_search_folding' });
    expect(readAppliedMigrations(db).at(-1)).toBe('0014_clients_search_folding');
    expect(hits('yilmaz')).toEqual(['c1']);
    expect(hits('sorensen')).toEqual(['c2']);
    expect(hits('muller')).toEqual(['c3']);
    expect(hits('zorg')).toEqual(['c2']);
    expect(hits('lwl')).toEqual(['c1']);

    db.prepare(`UPDATE clients SET display_name = 'Emre Øztürk' WHERE id = 'c1'`).run();
    expect(hits('yilmaz')).toEqual([]);
    expect(hits('ozturk')).toEqual(['c1']);
    db.prepare(`DELETE FROM clients WHERE id = 'c2'`).run();
    expect(hits('sorensen')).toEqual([]);
    expect(() => db.prepare(`INSERT INTO clients_fts(clients_fts, rank) VALUES ('integrity-check', 1)`).run()).not.toThrow();
  });

  it('folds in SQL exactly as the query is folded in code (pinned: a change needs a new migration)', () => {
    const db = memoryAt('0014_clients_search_folding');
    for (const [from, to] of SEARCH_FOLDS) {
      expect(db.prepare(`SELECT ${foldSearchSql('?')}`).pluck().get(`a${from}b`)).toBe(foldSearchText(`a${from}b`));
      expect(foldSearchText(from)).toBe(to);
    }
    expect(SEARCH_FOLDS.map(([from]) => from).join('')).toBe('ıİøØæÆœŒßłŁđĐðÐþÞħĦ');
  });
});

describe('opening a database made by a newer Arrangeur', () => {
  const makeNewerFile = (dir: string): string => {
    const file = join(dir, 'arrangeur.sqlite');
    const store = openStore(file);
    store.sqlite.prepare(`INSERT INTO ${MIGRATIONS_TABLE} (name, applied_at) VALUES ('0099_from_the_future', 'x')`).run();
    store.close();
    return file;
  };

  it('refuses with a Dutch message and leaves the file byte for byte unchanged', () => {
    const file = makeNewerFile(tempDir());
    expect(existsSync(`${file}-wal`)).toBe(false);
    const before = sha256(file);

    const failure = catchFailure(() => openStore(file));
    expect(failure.code).toBe('unsupported-database');
    expect(failure.message).toBe(dbMessages.newerDatabase);
    expect(failure.message).toMatch(/nieuwere versie van Arrangeur/);

    expect(sha256(file)).toBe(before);
    expect(existsSync(`${file}-wal`)).toBe(false);
    expect(existsSync(`${file}-shm`)).toBe(false);
  });

  it('also refuses when the newer step is still in a WAL file left by a running or crashed app', () => {
    const file = join(tempDir(), 'arrangeur.sqlite');
    openStore(file).close();
    // Keep a writer open so its committed step stays in the -wal file.
    const other = new Database(file);
    dbs.push(other);
    other.pragma('wal_autocheckpoint = 0');
    other.prepare(`INSERT INTO ${MIGRATIONS_TABLE} (name, applied_at) VALUES ('0099_from_the_future', 'x')`).run();
    expect(existsSync(`${file}-wal`)).toBe(true);
    const before = sha256(file);

    expect(catchFailure(() => openStore(file)).message).toBe(dbMessages.newerDatabase);
    expect(sha256(file)).toBe(before);
  });

  it('refuses a database whose steps have a gap', () => {
    const file = join(tempDir(), 'arrangeur.sqlite');
    openStore(file).close();
    const raw = new Database(file);
    raw.prepare(`DELETE FROM ${MIGRATIONS_TABLE} WHERE name = '0001_clients'`).run();
    raw.close();
    const before = sha256(file);
    expect(catchFailure(() => openStore(file)).message).toBe(dbMessages.damagedDatabase);
    expect(sha256(file)).toBe(before);
  });

  it('refuses a file that is not a database, without touching it', () => {
    const file = join(tempDir(), 'arrangeur.sqlite');
    writeFileSync(file, 'dit is geen database '.repeat(20));
    const before = sha256(file);
    const failure = catchFailure(() => openStore(file));
    expect(failure.code).toBe('unsupported-database');
    expect(failure.message).toBe(dbMessages.notADatabase);
    expect(sha256(file)).toBe(before);
    expect(existsSync(`${file}-wal`)).toBe(false);
  });
});

describe('openStore on a file', () => {
  it('creates the file in WAL mode with foreign keys and a busy timeout, and reopens it', () => {
    const file = join(tempDir(), 'arrangeur.sqlite');
    const store = openStore(file);
    expect(store.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(store.sqlite.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(readAppliedMigrations(store.sqlite)).toEqual(migrations.map((m) => m.name));
    store.close();
    store.close(); // closing twice is harmless (shutdown paths may overlap)
    expect(existsSync(`${file}-wal`)).toBe(false);

    const again = openStore(file);
    expect(readAppliedMigrations(again.sqlite)).toEqual(migrations.map((m) => m.name));
    again.close();
  });

  it('brings a file made at an older version up to date', () => {
    const file = join(tempDir(), 'arrangeur.sqlite');
    const old = new Database(file);
    migrate(old, { upTo: '0001_clients' });
    old.close();
    const store = openStore(file);
    expect(readAppliedMigrations(store.sqlite)).toEqual(migrations.map((m) => m.name));
    store.close();
  });
});
