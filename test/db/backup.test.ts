// Backups (issue 13.14): encrypted copies with the store's own key, 0600 in a 0700 folder,
// rotating (7 daily, 4 weekly), and a restore that refuses a newer, damaged or foreign backup
// and anything while another window has the store open, without touching the current data.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { backupMessages } from '../../db/backup-messages.ts';
import { backupIfDue, backupsToKeep, createBackup, listBackups, restoreBackup, rotateBackups, type BackupInfo } from '../../db/backup.ts';
import { applyKey } from '../../db/encryption.ts';
import { migrate } from '../../db/migrate.ts';
import type { Store } from '../../db/open.ts';
import { loadOrCreateDataKey } from '../../electron/keys/data-key.ts';
import { openDataStore } from '../../electron/keys/open-data-store.ts';
import { dataFile } from '../../electron/paths.ts';
import { keep, refusal, sha256, tempRoot } from './fixtures/files.ts';
import { servicesOn } from './fixtures/services.ts';

const newRoot = () => {
  const root = tempRoot('arr-backup-');
  return { dataDir: path.join(root, 'data'), backupDir: path.join(root, 'share', 'backups') };
};
const mode = (f: string) => (statSync(f).mode & 0o777).toString(8);
const addClient = (store: Store, displayName: string) =>
  servicesOn(store).must('clients.create', { displayName, birthDate: '1980-04-12', region: 'groningen', adviserReference: 'B', note: null });
const names = (store: Store) => store.sqlite.prepare('SELECT display_name FROM clients ORDER BY display_name').pluck().all();

describe('createBackup', () => {
  it('writes an encrypted 0600 copy with the same key into a 0700 folder', async () => {
    const { dataDir, backupDir } = newRoot();
    const store = keep(openDataStore(dataDir));
    await addClient(store, 'Gerrit Hazewinkel');
    const backup = createBackup(store.sqlite, backupDir, '2026-03-02T09:00:00.000Z');

    expect(path.basename(backup.file)).toBe('arrangeur-backup-2026-03-02T09-00-00-000Z.sqlite');
    expect(mode(backup.file)).toBe('600');
    expect(mode(backupDir)).toBe('700');
    expect(readFileSync(backup.file).includes('Hazewinkel')).toBe(false);
    const plain = new DatabaseSync(backup.file, { readOnly: true });
    expect(() => plain.prepare('SELECT count(*) FROM clients').get()).toThrow(/not a database/);
    plain.close();

    const opened = new Database(backup.file, { readonly: true });
    applyKey(opened, loadOrCreateDataKey(dataDir));
    expect(opened.prepare('SELECT display_name FROM clients').pluck().all()).toEqual(['Gerrit Hazewinkel']);
    opened.close();
    expect(listBackups(backupDir)).toEqual([backup]);
  });

  it('makes one automatic backup per day', () => {
    const { dataDir, backupDir } = newRoot();
    const store = keep(openDataStore(dataDir));
    expect(backupIfDue(store, backupDir, '2026-03-02T09:00:00.000Z')).not.toBeNull();
    expect(backupIfDue(store, backupDir, '2026-03-02T17:00:00.000Z')).toBeNull();
    expect(backupIfDue(store, backupDir, '2026-03-03T08:00:00.000Z')).not.toBeNull();
    expect(listBackups(backupDir).map((b) => b.madeAt)).toEqual(['2026-03-03T08:00:00.000Z', '2026-03-02T09:00:00.000Z']);
  });
});

describe('rotation', () => {
  const at = (day: number, hour: number): BackupInfo => {
    const madeAt = new Date(Date.UTC(2026, 2, 31) - day * 86_400_000 + hour * 3_600_000).toISOString();
    return { file: `/b/${madeAt}`, madeAt };
  };

  it('keeps the newest of each of the last 7 days and of each of the 4 weeks before', () => {
    // Two backups a day for 60 days, newest first.
    const all = Array.from({ length: 60 }, (_, day) => [at(day, 18), at(day, 9)]).flat();
    const kept = backupsToKeep(all, at(0, 20).madeAt);
    expect(kept.map((b) => b.madeAt.slice(0, 13))).toEqual([
      '2026-03-31T18', '2026-03-30T18', '2026-03-29T18', '2026-03-28T18', '2026-03-27T18', '2026-03-26T18', '2026-03-25T18',
      '2026-03-24T18', '2026-03-17T18', '2026-03-10T18', '2026-03-03T18',
    ]);
  });

  it('never throws away the only backup, however old', () => {
    const old = at(400, 9);
    expect(backupsToKeep([old], at(0, 9).madeAt)).toEqual([old]);
  });

  it('removes the files rotation does not keep', () => {
    const { backupDir } = newRoot();
    const { dataDir } = newRoot();
    const store = keep(openDataStore(dataDir));
    for (let day = 0; day < 20; day++) createBackup(store.sqlite, backupDir, at(day, 9).madeAt);
    const removed = rotateBackups(backupDir, at(0, 10).madeAt);
    expect(removed).toHaveLength(20 - 7 - 2);
    expect(readdirSync(backupDir)).toHaveLength(9);
  });
});

describe('restoreBackup', () => {
  async function folderWithBackup() {
    const { dataDir, backupDir } = newRoot();
    const store = openDataStore(dataDir);
    await addClient(store, 'Voor de back-up');
    const backup = createBackup(store.sqlite, backupDir, '2026-03-02T09:00:00.000Z');
    await addClient(store, 'Na de back-up');
    store.close();
    return { dataDir, backupDir, backup, key: loadOrCreateDataKey(dataDir), file: dataFile(dataDir) };
  }

  it('puts the backup in place and keeps the replaced data as a voor-herstel backup', async () => {
    const { dataDir, backupDir, backup, key, file } = await folderWithBackup();
    restoreBackup(file, backup.file, key, backupDir, '2026-03-05T10:00:00.000Z');

    const store = keep(openDataStore(dataDir));
    expect(names(store)).toEqual(['Voor de back-up']);
    expect(store.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    const before = readdirSync(backupDir).find((f) => f.startsWith('arrangeur-voor-herstel-'))!;
    expect(mode(path.join(backupDir, before))).toBe('600');
    const saved = new Database(path.join(backupDir, before), { readonly: true });
    applyKey(saved, key);
    expect(saved.prepare('SELECT count(*) FROM clients').pluck().get()).toBe(2);
    saved.close();
    expect(readdirSync(dataDir).filter((f) => f.endsWith('.restoring'))).toEqual([]);
  });

  it('refuses a backup from a newer Arrangeur and leaves the current data as it was', async () => {
    const { backupDir, backup, key, file } = await folderWithBackup();
    const future = new Database(backup.file);
    applyKey(future, key);
    future.prepare(`INSERT INTO arrangeur_migrations (name, applied_at) VALUES ('0099_from_the_future', 'x')`).run();
    future.close();
    const before = sha256(file);

    const failure = refusal(() => restoreBackup(file, backup.file, key, backupDir));
    expect(failure.message).toBe(backupMessages.newer);
    expect(sha256(file)).toBe(before);
    expect(readdirSync(backupDir).some((f) => f.startsWith('arrangeur-voor-herstel-'))).toBe(false);
  });

  it('refuses a backup made with another key (another computer or data folder)', async () => {
    const { backupDir, key, file } = await folderWithBackup();
    const other = newRoot();
    const foreign = keep(openDataStore(other.dataDir));
    const foreignBackup = createBackup(foreign.sqlite, other.backupDir, '2026-03-02T09:00:00.000Z');
    const before = sha256(file);

    expect(refusal(() => restoreBackup(file, foreignBackup.file, key, backupDir)).message).toBe(backupMessages.wrongKey);
    expect(sha256(file)).toBe(before);
  });

  it('refuses a damaged backup', async () => {
    const { backupDir, backup, key, file } = await folderWithBackup();
    const bytes = readFileSync(backup.file);
    writeFileSync(backup.file, bytes.subarray(0, bytes.length - 4096));
    const before = sha256(file);
    expect(refusal(() => restoreBackup(file, backup.file, key, backupDir)).code).toBe('unsupported-database');
    expect(sha256(file)).toBe(before);
  });

  it('refuses while another window has the store open', async () => {
    const { dataDir, backupDir, backup, key, file } = await folderWithBackup();
    const open = keep(openDataStore(dataDir));
    expect(refusal(() => restoreBackup(file, backup.file, key, backupDir)).message).toBe(backupMessages.busy);
    expect(names(open)).toEqual(['Na de back-up', 'Voor de back-up']);
  });

  it('brings a backup from an older Arrangeur up to date when the store opens', async () => {
    const { dataDir, backupDir, key, file } = await folderWithBackup();
    const oldFile = path.join(backupDir, 'arrangeur-backup-2025-01-01T00-00-00-000Z.sqlite');
    const old = new Database(oldFile);
    applyKey(old, key);
    migrate(old, { upTo: '0001_clients' });
    old.close();

    restoreBackup(file, oldFile, key, backupDir);
    const store = keep(openDataStore(dataDir));
    expect(names(store)).toEqual([]);
    expect(existsSync(file)).toBe(true);
    expect(store.sqlite.prepare('SELECT count(*) FROM arrangeur_migrations').pluck().get()).toBeGreaterThan(1);
  });
});
