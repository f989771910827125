// Erasure (issue 13.12, AVG art. 17): one client erased completely, through the services, with
// the adviser's confirmation; the bytes are gone from the database file and its WAL, the search
// index forgets the name, the audit trail keeps its entries without any reference to the client,
// and its hash chain still verifies.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../db/open.ts';
import { sampleFields } from '../helpers/store.ts';
import { fullDossier, privacyServices, type PrivacyServices } from './helpers.ts';

const cleanup: Array<() => void> = [];
afterEach(() => {
  while (cleanup.length) cleanup.pop()!();
});

function fileStore(): { store: Store; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'arrangeur-erase-'));
  const file = join(dir, 'arrangeur.sqlite');
  // No key: a plain file, so the test can look for the name in its bytes. (With the key the
  // file is encrypted anyway; secure_delete matters for whoever holds the key, e.g. a backup.)
  const store = openStore(file);
  cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
  cleanup.push(() => store.close());
  return { store, file };
}

/** Every byte SQLite keeps for this database: the file and, if there is one, its WAL. */
function bytesOnDisk(store: Store, file: string): Buffer {
  store.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  const parts = [readFileSync(file)];
  if (existsSync(`${file}-wal`)) parts.push(readFileSync(`${file}-wal`));
  return Buffer.concat(parts);
}

const NAME = 'Zwaantje Quaxelbroek';
/** What must not survive: the name as stored and as the search index folds it, the notes, a training only she had. */
const traces = ['Zwaantje', 'Quaxelbroek', 'zwaantje', 'quaxelbroek', 'Wil graag in de zorg werken', 'Ontslag aangezegd per 1 juni', 'Taal op het werk', 'Oude notitie over Zwaantje'];

async function seeded(s: PrivacyServices) {
  const her = await fullDossier(s, NAME);
  // A changed note: the old text must not linger in the page's free space either.
  const client = await s.must('clients.update', { id: her.client.id, expectedVersion: her.client.version, fields: sampleFields({ displayName: NAME, birthDate: '1975-06-01', region: 'twente', note: 'Oude notitie over Zwaantje' }) });
  const updated = await s.must('clients.update', { id: client.id, expectedVersion: client.version, fields: sampleFields({ displayName: NAME, birthDate: '1975-06-01', region: 'twente', note: 'Wil graag in de zorg werken.' }) });
  const other = await s.must('clients.create', sampleFields({ displayName: 'Bram Bakker', note: 'Blijft staan.' }));
  return { her: { ...her, client: updated }, other };
}

/** Every value in every table that equals the id: none may be left after the erasure. */
function rowsHolding(s: PrivacyServices, id: string): string[] {
  const tables = s.rows(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'clients_fts%'`).map((r) => String(r.name));
  return tables.flatMap((t) => {
    const columns = s.rows(`SELECT name FROM pragma_table_info(?)`, t).map((r) => String(r.name));
    return columns.flatMap((c) => (s.rows(`SELECT 1 FROM "${t}" WHERE "${c}" = ?`, id).length > 0 ? [`${t}.${c}`] : []));
  });
}

describe('clients.erase', () => {
  it('erases the client from the file and its WAL, byte for byte, and keeps everything else', async () => {
    const { store, file } = fileStore();
    const s = privacyServices({ store });
    const { her, other } = await seeded(s);
    const before = bytesOnDisk(store, file);
    for (const t of traces.filter((x) => !x.startsWith('Oude'))) expect(before.includes(Buffer.from(t, 'utf8')), `${t} before`).toBe(true);
    // The replaced note was overwritten when it was replaced, long before the erasure.
    expect(before.includes(Buffer.from('Oude notitie over Zwaantje', 'utf8'))).toBe(false);
    const herEntries = s.rows('SELECT count(*) AS n FROM audit_log WHERE client_id = ?', her.client.id)[0]!.n;

    const erased = await s.must('clients.erase', { id: her.client.id, expectedVersion: her.client.version, confirmName: '  zwaantje   QUAXELBROEK ' });
    expect(erased.records).toEqual({
      dossiers: 1,
      intakes: 1,
      trainings: 3,
      apkAnswers: 2,
      apkConfirmations: 1,
      arrangements: 2,
      arrangementVersions: 3,
      otherRecords: 0,
      auditReferences: herEntries,
    });

    const after = bytesOnDisk(store, file);
    for (const t of traces) expect(after.includes(Buffer.from(t, 'utf8')), `${t} after`).toBe(false);
    expect(existsSync(`${file}-wal`) ? readFileSync(`${file}-wal`).length : 0).toBe(0);
    expect(rowsHolding(s, her.client.id)).toEqual([]);

    // Gone from every list and the search, as a dossier and as a search term.
    expect((await s.refused('clients.get', { id: her.client.id })).code).toBe('not-found');
    for (const archived of [false, true]) {
      expect((await s.must('clients.list', { archived })).map((c) => c.displayName)).not.toContain(NAME);
      expect(await s.must('clients.search', { query: 'quaxel', archived })).toEqual([]);
    }
    expect((await s.must('clients.search', { query: 'bram' })).map((c) => c.id)).toEqual([other.id]);

    // The audit trail keeps its entries, without references, and one erasure entry without the client.
    const last = s.rows('SELECT * FROM audit_log ORDER BY seq DESC LIMIT 1')[0]!;
    expect(last).toMatchObject({ action: 'client.erase', actor: 'Fatima el Idrissi', client_id: null, record_id: null, ref_salt: null, ref_digest: null });
    expect(JSON.parse(String(last.details))).toEqual({ trigger: 'request', ...erased.records });
    expect(await s.must('audit.verify', {})).toMatchObject({ ok: true, erasedReferences: herEntries, brokenAt: null });
    expect((await s.must('audit.list', { clientId: other.id })).map((e) => e.action)).toEqual(['client.create']);
    expect(s.rows('SELECT * FROM erasure_permits')).toEqual([]);
    expect(store.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('needs secure_delete: without it the name stays in the file after the same erasure', async () => {
    const { store, file } = fileStore();
    const s = privacyServices({ store });
    const { her } = await seeded(s);
    store.sqlite.pragma('secure_delete = OFF');
    await s.must('clients.erase', { id: her.client.id, expectedVersion: her.client.version, confirmName: NAME });
    const after = bytesOnDisk(store, file);
    expect(traces.some((t) => after.includes(Buffer.from(t, 'utf8')))).toBe(true);
  });

  it('needs the name typed back and the version the adviser saw; otherwise nothing is erased', async () => {
    const s = privacyServices();
    const { her } = await seeded(s);
    const count = () => s.rows('SELECT (SELECT count(*) FROM clients) AS c, (SELECT count(*) FROM audit_log) AS a, (SELECT count(*) FROM arrangement_versions) AS v')[0];
    const start = count();

    const wrong = await s.refused('clients.erase', { id: her.client.id, expectedVersion: her.client.version, confirmName: 'Zwaantje Q.' });
    expect(wrong).toMatchObject({ code: 'invalid-input', message: expect.stringContaining('Er is niets gewist'), issues: [{ path: 'confirmName', message: expect.any(String) }] });
    const empty = await s.refused('clients.erase', { id: her.client.id, expectedVersion: her.client.version, confirmName: '   ' });
    expect(empty.issues).toEqual([{ path: 'confirmName', message: 'Typ de naam van de cliënt over om te bevestigen dat u het dossier wilt wissen.' }]);
    expect((await s.refused('clients.erase', { id: her.client.id, expectedVersion: her.client.version } as never)).code).toBe('invalid-input');
    const stale = await s.refused('clients.erase', { id: her.client.id, expectedVersion: her.client.version - 1, confirmName: NAME });
    expect(stale).toMatchObject({ code: 'conflict', message: expect.stringContaining('Er is niets gewist') });
    expect((await s.refused('clients.erase', { id: 'bestaat-niet', expectedVersion: 1, confirmName: NAME })).code).toBe('not-found');

    expect(count()).toEqual(start);
    expect((await s.must('clients.get', { id: her.client.id })).displayName).toBe(NAME);
  });

  it('also sweeps rows of other tables that hold the client id (re-evaluation items), and only hers', async () => {
    const s = privacyServices();
    const { her, other } = await seeded(s);
    const db = s.store.sqlite;
    db.prepare(`INSERT INTO reevaluation_runs (id, started_at, status, target_packs) VALUES ('r1', 't', 'done', '[]')`).run();
    const item = db.prepare(
      `INSERT INTO reevaluation_items (id, run_id, arrangement_id, client_id, from_version, target_key, training_title, detail, changed_packs, decision, created_at)
       VALUES (?, 'r1', ?, ?, 1, 'k', 'Taal op het werk', '{}', '[]', 'open', 't')`,
    );
    item.run('i1', her.arrangement.id, her.client.id);
    item.run('i2', 'a-bram', other.id);
    const erased = await s.must('clients.erase', { id: her.client.id, expectedVersion: her.client.version, confirmName: NAME });
    expect(erased.records.otherRecords).toBe(1);
    expect(s.rows('SELECT id FROM reevaluation_items')).toEqual([{ id: 'i2' }]);
    expect(rowsHolding(s, her.client.id)).toEqual([]);
  });

  it('erases an archived dossier too, and keeps the versions of other clients append-only', async () => {
    const s = privacyServices();
    const { her } = await seeded(s);
    const archived = await s.must('clients.archive', { id: her.client.id, expectedVersion: her.client.version });
    const bram = await fullDossier(s, 'Bram Bakker');
    await s.must('clients.erase', { id: archived.id, expectedVersion: archived.version, confirmName: NAME });
    expect(s.rows('SELECT count(*) AS n FROM arrangement_versions')[0]!.n).toBe(3);
    expect(() => s.store.sqlite.prepare('DELETE FROM arrangement_versions WHERE arrangement_id = ?').run(bram.arrangement.id)).toThrow(/history/);
    expect((await s.must('audit.verify', {})).ok).toBe(true);
  });
});
