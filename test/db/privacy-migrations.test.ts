// The migrations of the privacy work (issue 13): the audit trail (0015) and erasure (0016). As
// in work-migrations.test.ts: a database at step N-1 with data in it, step N applied, and what
// N must produce asserted (existing rows untouched, constraints and triggers in force).
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { entryHash, GENESIS_HASH } from '../../db/audit-chain.ts';
import { migrate, readAppliedMigrations } from '../../db/migrate.ts';
import { databaseAt as at } from './fixtures/migrations.ts';

const addClient = (db: Database.Database, id: string, name = 'Anna') =>
  db
    .prepare(
      `INSERT INTO clients (id, display_name, sort_name, birth_date, region, adviser_reference, note, created_at, updated_at)
       VALUES (?, ?, lower(?), '1980-01-01', 'twente', 'R1', NULL, 't', 't')`,
    )
    .run(id, name, name);

const all = (db: Database.Database, sql: string) => db.prepare(sql).all();

/** A valid first entry, hashed as the repository does. */
const firstEntry = (clientId: string | null) => {
  const content = {
    seq: 1,
    at: '2026-03-02T09:00:00.000Z',
    actor: 'Fatima',
    action: 'client.create',
    record_type: 'client',
    ref_digest: clientId === null ? null : 'd'.repeat(64),
    fields: '["displayName"]',
    details: '{}',
    prev_hash: GENESIS_HASH,
  };
  return { ...content, client_id: clientId, record_id: null, ref_salt: clientId === null ? null : 's', hash: entryHash(content) };
};
const insertEntry = (db: Database.Database, e: ReturnType<typeof firstEntry>) =>
  db
    .prepare(
      `INSERT INTO audit_log (seq, at, actor, action, record_type, client_id, record_id, ref_salt, ref_digest, fields, details, prev_hash, hash)
       VALUES (@seq, @at, @actor, @action, @record_type, @client_id, @record_id, @ref_salt, @ref_digest, @fields, @details, @prev_hash, @hash)`,
    )
    .run(e);

describe('0015_audit_log', () => {
  it('adds an empty, append-only audit trail next to existing dossiers and search', () => {
    const db = at('0014_clients_search_folding');
    addClient(db, 'c1', 'Yılmaz');
    migrate(db, { upTo: '0015_audit_log' });
    expect(readAppliedMigrations(db).at(-1)).toBe('0015_audit_log');
    expect(all(db, 'SELECT id FROM clients')).toEqual([{ id: 'c1' }]);
    expect(all(db, `SELECT rowid FROM clients_fts WHERE clients_fts MATCH 'yilmaz'`)).toHaveLength(1);
    expect(all(db, 'SELECT * FROM audit_log')).toEqual([]);

    insertEntry(db, firstEntry('c1'));
    expect(() => db.prepare(`UPDATE audit_log SET actor = 'x'`).run()).toThrow(/append-only/);
    expect(() => db.prepare(`DELETE FROM audit_log`).run()).toThrow(/append-only/);
    // Only at the end of the chain: seq 1 again, or a wrong previous hash, is refused.
    expect(() => insertEntry(db, firstEntry(null))).toThrow(/end of the chain/);
    expect(() => insertEntry(db, { ...firstEntry(null), seq: 2 })).toThrow(/end of the chain/);
    // References always come with their salt and digest; fields and details are JSON.
    expect(() => insertEntry(db, { ...firstEntry('c1'), seq: 2, prev_hash: firstEntry('c1').hash, ref_salt: null })).toThrow(/CHECK/);
    expect(() => insertEntry(db, { ...firstEntry(null), seq: 2, prev_hash: firstEntry('c1').hash, fields: '{}' })).toThrow(/CHECK/);
    expect(all(db, 'SELECT seq, client_id FROM audit_log')).toEqual([{ seq: 1, client_id: 'c1' }]);
  });
});

describe('0016_erasure', () => {
  const seeded = () => {
    const db = at('0015_audit_log');
    addClient(db, 'c1');
    addClient(db, 'c2', 'Bram');
    db.prepare(`INSERT INTO arrangements (id, client_id, training_id, latest_version, created_at, updated_at) VALUES ('a1', 'c1', NULL, 1, 't', 't')`).run();
    db.prepare(`INSERT INTO arrangements (id, client_id, training_id, latest_version, created_at, updated_at) VALUES ('a2', 'c2', NULL, 1, 't', 't')`).run();
    const version = db.prepare(`INSERT INTO arrangement_versions VALUES (?, 1, '2022-01-15', 'concept', '{}', '[]', '{}', '[]', '{}', '[]', 1, 0, 0, 't', 'F', 'save')`);
    version.run('a1');
    version.run('a2');
    insertEntry(db, firstEntry('c1'));
    migrate(db, { upTo: '0016_erasure' });
    return db;
  };

  it('keeps versions and audit entries as they were, and as protected as before without a permit', () => {
    const db = seeded();
    expect(readAppliedMigrations(db).at(-1)).toBe('0016_erasure');
    expect(all(db, 'SELECT arrangement_id FROM arrangement_versions ORDER BY 1')).toEqual([{ arrangement_id: 'a1' }, { arrangement_id: 'a2' }]);
    expect(all(db, 'SELECT * FROM erasure_permits')).toEqual([]);
    expect(() => db.prepare(`DELETE FROM arrangement_versions WHERE arrangement_id = 'a1'`).run()).toThrow(/history/);
    expect(() => db.prepare(`UPDATE arrangement_versions SET status = 'toegekend'`).run()).toThrow(/history/);
    expect(() => db.prepare(`UPDATE audit_log SET client_id = NULL, record_id = NULL, ref_salt = NULL`).run()).toThrow(/append-only/);
    expect(() => db.prepare(`DELETE FROM audit_log`).run()).toThrow(/append-only/);
  });

  it('with a permit for one client: deletes only that client\'s versions and clears only its references, nothing else', () => {
    const db = seeded();
    db.prepare(`INSERT INTO erasure_permits VALUES ('c1')`).run();
    expect(() => db.prepare(`DELETE FROM arrangement_versions WHERE arrangement_id = 'a2'`).run()).toThrow(/history/);
    expect(() => db.prepare(`UPDATE arrangement_versions SET status = 'toegekend' WHERE arrangement_id = 'a1'`).run()).toThrow(/history/);
    // Clearing the references may not change anything else in the entry, and deleting stays refused.
    expect(() => db.prepare(`UPDATE audit_log SET client_id = NULL, record_id = NULL, ref_salt = NULL, actor = 'x'`).run()).toThrow(/append-only/);
    expect(() => db.prepare(`UPDATE audit_log SET client_id = 'c2'`).run()).toThrow(/append-only/);
    expect(() => db.prepare(`DELETE FROM audit_log`).run()).toThrow(/append-only/);

    db.prepare(`DELETE FROM arrangement_versions WHERE arrangement_id = 'a1'`).run();
    db.prepare(`UPDATE audit_log SET client_id = NULL, record_id = NULL, ref_salt = NULL WHERE client_id = 'c1'`).run();
    db.prepare(`DELETE FROM erasure_permits`).run();
    expect(all(db, 'SELECT arrangement_id FROM arrangement_versions')).toEqual([{ arrangement_id: 'a2' }]);
    expect(all(db, 'SELECT seq, client_id, ref_salt, ref_digest FROM audit_log')).toEqual([{ seq: 1, client_id: null, ref_salt: null, ref_digest: 'd'.repeat(64) }]);
  });
});
