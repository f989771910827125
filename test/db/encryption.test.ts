// Encryption at rest (issue 13.9): the dossier file and its WAL are unreadable without the key,
// a plain file from an older Arrangeur is encrypted without losing a row, and a wrong or
// missing key is refused in Dutch without touching the file.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { encryptionMessages } from '../../db/encryption-messages.ts';
import { applyKey, inspectDatabaseFile, tableCounts } from '../../db/encryption.ts';
import { openStore, type Store } from '../../db/open.ts';
import { loadOrCreateDataKey, type KeyProtector } from '../../electron/keys/data-key.ts';
import { openDataStore } from '../../electron/keys/open-data-store.ts';
import { dataFile, KEY_FILE_NAME, PROTECTED_KEY_FILE_NAME } from '../../electron/paths.ts';
import { defaultIntakeFields } from '../../shared/contract/intake.ts';
import { keep, refusal, sha256, tempRoot } from './fixtures/files.ts';
import { servicesOn } from './fixtures/services.ts';

const NAME = 'Fenna Zwartkruis-Oudeboom';
const newDataDir = () => path.join(tempRoot('arr-enc-'), 'data');

async function writeDossier(store: Store, name = NAME) {
  const { must } = servicesOn(store);
  const client = await must('clients.create', {
    displayName: name,
    birthDate: '1975-09-30',
    region: 'twente',
    adviserReference: 'LWL-778',
    note: `Notitie over ${name}`,
  });
  const fields = defaultIntakeFields();
  fields.work.hoursPerWeek = 24;
  await must('intake.save', { clientId: client.id, expectedVersion: 0, fields });
  return client;
}

/** Every row of every table, for before/after comparisons. */
function dump(sqlite: Database.Database): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {};
  for (const table of tableCounts(sqlite).keys()) {
    out[table] = sqlite.prepare(`SELECT * FROM "${table}"`).raw().all();
  }
  return out;
}

describe('an encrypted data folder', () => {
  it('cannot be read by plain SQLite, and neither the file nor its WAL holds the client name', async () => {
    const dataDir = newDataDir();
    const store = keep(openDataStore(dataDir));
    // Keep the commits in the WAL while we look at it.
    store.sqlite.pragma('wal_autocheckpoint = 0');
    await writeDossier(store);
    const file = dataFile(dataDir);
    expect(statSync(`${file}-wal`).size).toBeGreaterThan(0);
    for (const f of [file, `${file}-wal`]) {
      const bytes = readFileSync(f);
      expect(bytes.includes(NAME)).toBe(false);
      expect(bytes.includes('Zwartkruis')).toBe(false);
      expect(bytes.includes(Buffer.from('Zwartkruis', 'utf16le'))).toBe(false);
    }
    store.close();
    expect(readFileSync(file).includes('Zwartkruis')).toBe(false);
    expect(inspectDatabaseFile(file)).toBe('other');

    // Plain SQLite (Node's built-in, no cipher) cannot read it.
    const plain = new DatabaseSync(file, { readOnly: true });
    expect(() => plain.prepare('SELECT count(*) FROM clients').get()).toThrow(/not a database/);
    plain.close();
    // Nor can this library without the key.
    const noKey = new Database(file, { readonly: true });
    expect(() => noKey.prepare('SELECT count(*) FROM clients').get()).toThrow(/not a database/);
    noKey.close();

    // With the key it reopens with everything in it.
    const again = keep(openDataStore(dataDir));
    expect(again.sqlite.prepare('SELECT display_name FROM clients').pluck().all()).toEqual([NAME]);
  });

  it('keeps the key in a 0600 key file in browser mode and tests, and reuses it', () => {
    const dataDir = newDataDir();
    openDataStore(dataDir).close();
    const keyFile = path.join(dataDir, KEY_FILE_NAME);
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    expect(readFileSync(keyFile, 'utf8')).toMatch(/^[0-9a-f]{64}\n$/);
    expect(loadOrCreateDataKey(dataDir).toString('hex')).toBe(readFileSync(keyFile, 'utf8').trim());
  });

  it('keeps the key sealed by the keychain when one is given, and browser mode is told to use the app', () => {
    const dataDir = newDataDir();
    const sealed: string[] = [];
    const keychain: KeyProtector = {
      isAvailable: () => true,
      encrypt: (plain) => (sealed.push(plain), Buffer.from(`sealed:${Buffer.from(plain).toString('base64')}`)),
      decrypt: (blob) => Buffer.from(blob.toString().slice('sealed:'.length), 'base64').toString(),
    };
    const store = keep(openDataStore(dataDir, keychain));
    store.close();
    expect(existsSync(path.join(dataDir, KEY_FILE_NAME))).toBe(false);
    const blob = readFileSync(path.join(dataDir, PROTECTED_KEY_FILE_NAME));
    expect(blob.includes(sealed[0]!)).toBe(false);
    expect(statSync(path.join(dataDir, PROTECTED_KEY_FILE_NAME)).mode & 0o777).toBe(0o600);
    keep(openDataStore(dataDir, keychain)).close();

    const before = sha256(dataFile(dataDir));
    expect(refusal(() => openDataStore(dataDir)).message).toBe(encryptionMessages.keyInKeychain);
    expect(refusal(() => openDataStore(dataDir, { ...keychain, isAvailable: () => false })).message).toBe(
      encryptionMessages.keychainUnavailable,
    );
    expect(sha256(dataFile(dataDir))).toBe(before);
  });

  it('refuses a wrong key with a Dutch message and leaves the folder exactly as it was', async () => {
    const dataDir = newDataDir();
    const store = openDataStore(dataDir);
    await writeDossier(store);
    store.close();
    writeFileSync(path.join(dataDir, KEY_FILE_NAME), `${randomBytes(32).toString('hex')}\n`, { mode: 0o600 });
    const file = dataFile(dataDir);
    const before = sha256(file);
    const listing = readdirSync(dataDir).sort();

    const failure = refusal(() => openDataStore(dataDir));
    expect(failure.code).toBe('unsupported-database');
    expect(failure.message).toBe(encryptionMessages.wrongKey);
    expect(failure.message).toMatch(/andere sleutel/);
    expect(sha256(file)).toBe(before);
    expect(readdirSync(dataDir).sort()).toEqual(listing);
  });

  it('refuses to make a new key for an encrypted file whose key file is gone', async () => {
    const dataDir = newDataDir();
    openDataStore(dataDir).close();
    rmSync(path.join(dataDir, KEY_FILE_NAME));
    const before = sha256(dataFile(dataDir));
    expect(refusal(() => openDataStore(dataDir)).message).toBe(encryptionMessages.keyMissing);
    expect(existsSync(path.join(dataDir, KEY_FILE_NAME))).toBe(false);
    expect(sha256(dataFile(dataDir))).toBe(before);
  });

  it('refuses a damaged key file', () => {
    const dataDir = newDataDir();
    openDataStore(dataDir).close();
    writeFileSync(path.join(dataDir, KEY_FILE_NAME), 'geen sleutel');
    expect(refusal(() => openDataStore(dataDir)).message).toBe(encryptionMessages.keyUnreadable);
  });
});

describe('encrypting a plain database from an older Arrangeur', () => {
  async function plainFolderWithData() {
    const dataDir = newDataDir();
    mkdirSync(dataDir, { recursive: true });
    const plain = openStore(dataFile(dataDir));
    for (let i = 0; i < 25; i++) await writeDossier(plain, `${NAME} ${i}`);
    const before = dump(plain.sqlite);
    plain.close();
    return { dataDir, before };
  }

  it('keeps every row and leaves no plain copy behind', async () => {
    const { dataDir, before } = await plainFolderWithData();
    const file = dataFile(dataDir);
    expect(inspectDatabaseFile(file)).toBe('plain');
    expect(readFileSync(file).includes('Zwartkruis')).toBe(true);

    const store = keep(openDataStore(dataDir));
    expect(dump(store.sqlite)).toEqual(before);
    expect(store.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    const hits = store.sqlite.prepare(`SELECT count(*) FROM clients_fts WHERE clients_fts MATCH 'zwartkruis'`).pluck().get();
    expect(hits).toBe(25);
    store.close();

    expect(inspectDatabaseFile(file)).toBe('other');
    expect(readFileSync(file).includes('Zwartkruis')).toBe(false);
    expect(readdirSync(dataDir).filter((f) => /plain-backup|encrypting/.test(f))).toEqual([]);
  });

  it('refuses while another process has the plain file open, and changes nothing', async () => {
    const { dataDir, before } = await plainFolderWithData();
    const file = dataFile(dataDir);
    const other = new Database(file);
    other.prepare('SELECT count(*) FROM clients').get();
    try {
      expect(refusal(() => openDataStore(dataDir)).message).toBe(encryptionMessages.encryptBusy);
    } finally {
      other.close();
    }
    expect(inspectDatabaseFile(file)).toBe('plain');
    const plain = keep(openStore(file));
    expect(dump(plain.sqlite)).toEqual(before);
  });

  it('finishes after a crash between the two renames: the plain original comes back and is encrypted whole', async () => {
    const { dataDir, before } = await plainFolderWithData();
    const file = dataFile(dataDir);
    // The state a power cut leaves after "file -> backup" and before "copy -> file".
    renameSync(file, `${file}.plain-backup`);
    writeFileSync(`${file}.encrypting`, randomBytes(8192));

    const store = keep(openDataStore(dataDir));
    expect(dump(store.sqlite)).toEqual(before);
    expect(readdirSync(dataDir).filter((f) => /plain-backup|encrypting/.test(f))).toEqual([]);
  });
});

describe('the raw key', () => {
  it('opens the file with SQLCipher 4 settings, as the sqlcipher tools would', async () => {
    const dataDir = newDataDir();
    const store = openDataStore(dataDir);
    await writeDossier(store);
    store.close();
    const key = Buffer.from(readFileSync(path.join(dataDir, KEY_FILE_NAME), 'utf8').trim(), 'hex');
    const raw = new Database(dataFile(dataDir), { readonly: true });
    raw.pragma(`cipher = 'sqlcipher'`);
    raw.pragma('legacy = 4');
    raw.pragma(`key = "x'${key.toString('hex')}'"`);
    expect(raw.prepare('SELECT display_name FROM clients').pluck().all()).toEqual([NAME]);
    raw.close();
    const viaHelper = new Database(dataFile(dataDir), { readonly: true });
    applyKey(viaHelper, key);
    expect(viaHelper.prepare('SELECT count(*) FROM clients').pluck().get()).toBe(1);
    viaHelper.close();
  });

  it('is not needed for in-memory stores', () => {
    const store = keep(openStore(':memory:', { key: randomBytes(32) }));
    expect(store.sqlite.prepare('SELECT count(*) FROM clients').pluck().get()).toBe(0);
  });
});
