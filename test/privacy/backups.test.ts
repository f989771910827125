// Backups as operations (issue 13.14): the list, "Nu back-up maken" (audited), the backup folder
// (an existing, writable, full path; Dutch refusals that change nothing), and a restore that is
// checked when asked for and put in place at the next start, before the store is opened.
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { backupMessages } from '../../db/backup-messages.ts';
import type { Store } from '../../db/open.ts';
import { backupFolderMessages } from '../../electron/backups/messages.ts';
import { BACKUP_SETTINGS_FILE, PENDING_RESTORE_FILE } from '../../electron/backups/folder.ts';
import { openDataFolder, type OpenDataFolder } from '../../electron/keys/open-data-store.ts';
import { createServices } from '../../electron/services/index.ts';
import type { BackupSetup } from '../../electron/services/backups.ts';
import { opCalls } from '../helpers/ops.ts';
import { sampleFields } from '../helpers/store.ts';

const roots: string[] = [];
const stores: Store[] = [];
afterEach(() => {
  for (const s of stores.splice(0)) s.close();
  for (const r of roots.splice(0)) {
    if (existsSync(r)) chmodSync(r, 0o700);
    rmSync(r, { recursive: true, force: true });
  }
});

const newRoot = () => {
  const root = mkdtempSync(path.join(tmpdir(), 'arr-backups-'));
  roots.push(root);
  return root;
};

/** The app's way in: open the folder (applying a waiting restore), then the services with backups. */
function start(dataDir: string, options: { automatic?: boolean; clock?: () => string } = {}) {
  const opened: OpenDataFolder = openDataFolder(dataDir);
  stores.push(opened.store);
  let tick = 0;
  const now = options.clock ?? (() => new Date(Date.UTC(2026, 2, 2, 9, 0, tick++)).toISOString());
  let ids = 0;
  const setup: BackupSetup = { dataDir, key: opened.key, restoredAtStart: opened.restoredAtStart, automatic: options.automatic ?? false };
  const services = createServices(opened.store, { now, newId: () => `id${++ids}-${Math.random().toString(36).slice(2)}` }, {
    packs: { packs: [], problems: [] },
    dataDir,
    backups: setup,
    log: () => {},
  });
  const { call, must, refused } = opCalls(services);
  const names = () => opened.store.sqlite.prepare('SELECT display_name FROM clients ORDER BY display_name').pluck().all();
  const actions = () => opened.store.sqlite.prepare('SELECT action, fields FROM audit_log ORDER BY seq').all() as { action: string; fields: string }[];
  return { opened, services, call, must, refused, names, actions };
}

const addClient = (s: ReturnType<typeof start>, displayName: string) => s.must('clients.create', sampleFields({ displayName }));

describe('backups.list and backups.create', () => {
  it('starts with the default folder inside the data folder and no backups', async () => {
    const dataDir = path.join(newRoot(), 'data');
    const s = start(dataDir);
    const state = await s.must('backups.list', {});
    expect(state).toMatchObject({ folder: path.join(dataDir, 'back-ups'), defaultFolder: path.join(dataDir, 'back-ups'), isDefaultFolder: true, backups: [] });
    expect(state.pendingRestore).toBeNull();
    expect(state.lastRestore).toBeNull();
  });

  it('"Nu back-up maken" writes an encrypted copy, lists it and records who made it', async () => {
    const dataDir = path.join(newRoot(), 'data');
    const s = start(dataDir);
    await s.must('settings.update', { adviserName: 'Anna de Vries' });
    await addClient(s, 'Gerrit Hazewinkel');
    const made = await s.must('backups.create', {});
    expect(made.backup.kind).toBe('backup');
    expect(made.backup.sizeBytes).toBeGreaterThan(0);
    expect(made.state.backups.map((b) => b.name)).toEqual([made.backup.name]);
    expect(s.actions().at(-1)).toEqual({ action: 'backup.create', fields: '[]' });
    const row = s.opened.store.sqlite.prepare("SELECT actor FROM audit_log WHERE action = 'backup.create'").get() as { actor: string };
    expect(row.actor).toBe('Anna de Vries');
  });

  it('answers "unavailable" in Dutch where the services have no data folder', async () => {
    const dataDir = path.join(newRoot(), 'data');
    const opened = openDataFolder(dataDir);
    stores.push(opened.store);
    const services = createServices(opened.store, { now: () => '2026-03-02T09:00:00.000Z', newId: () => 'x' }, { packs: { packs: [], problems: [] }, log: () => {} });
    const r = await services.dispatch('backups.list', {});
    expect(r).toEqual({ ok: false, error: { code: 'unavailable', message: backupFolderMessages.notConfigured } });
  });
});

describe('backups.setFolder', () => {
  it('refuses a relative, missing, file or unwritable folder in Dutch and changes nothing', async () => {
    const root = newRoot();
    const dataDir = path.join(root, 'data');
    const s = start(dataDir);
    const before = s.actions().length;
    const refusal = async (folder: string) => {
      const e = await s.refused('backups.setFolder', { folder });
      expect(e.code).toBe('invalid-input');
      expect(e.issues?.[0]?.path).toBe('folder');
      return e.message;
    };
    expect(await refusal('back-ups')).toBe(backupFolderMessages.notAbsolute);
    expect(await refusal(path.join(root, 'bestaat-niet'))).toBe(backupFolderMessages.missing);
    writeFileSync(path.join(root, 'een-bestand'), 'x');
    expect(await refusal(path.join(root, 'een-bestand'))).toBe(backupFolderMessages.notAFolder);
    if (process.getuid?.() !== 0) {
      // root may write anywhere, so this refusal can only be shown as an ordinary user.
      const locked = path.join(root, 'alleen-lezen');
      mkdirSync(locked, { mode: 0o500 });
      expect(await refusal(locked)).toBe(backupFolderMessages.notWritable);
    }
    const empty = await s.refused('backups.setFolder', { folder: '   ' });
    expect(empty.code).toBe('invalid-input');

    expect((await s.must('backups.list', {})).isDefaultFolder).toBe(true);
    expect(existsSync(path.join(dataDir, BACKUP_SETTINGS_FILE))).toBe(false);
    expect(s.actions()).toHaveLength(before);
    // The write test leaves nothing behind.
    expect(readdirSync(root).filter((f) => f.startsWith('.arrangeur'))).toEqual([]);
  });

  it('uses a chosen folder (a share), records the change, and goes back to the default', async () => {
    const root = newRoot();
    const dataDir = path.join(root, 'data');
    const share = path.join(root, 'share');
    mkdirSync(share);
    const s = start(dataDir);
    const state = await s.must('backups.setFolder', { folder: `${share}/` });
    expect(state).toMatchObject({ folder: share, isDefaultFolder: false });
    expect(s.actions().at(-1)).toEqual({ action: 'settings.update', fields: '["backupFolder"]' });
    const made = await s.must('backups.create', {});
    expect(readdirSync(share)).toEqual([made.backup.name]);

    // The same folder again is no change (no entry).
    const entries = s.actions().length;
    await s.must('backups.setFolder', { folder: share });
    expect(s.actions()).toHaveLength(entries);

    const back = await s.must('backups.setFolder', { folder: null });
    expect(back).toMatchObject({ folder: path.join(dataDir, 'back-ups'), isDefaultFolder: true, backups: [] });
  });

  it('says so when the chosen folder is gone (a share offline), and never makes it locally', async () => {
    const root = newRoot();
    const share = path.join(root, 'share');
    mkdirSync(share);
    const s = start(path.join(root, 'data'));
    await s.must('backups.setFolder', { folder: share });
    rmSync(share, { recursive: true });
    const e = await s.refused('backups.create', {});
    expect(e).toEqual({ code: 'unavailable', message: backupFolderMessages.unreachable(share) });
    expect(existsSync(share)).toBe(false);
  });
});

describe('backups.restore (at the next start)', () => {
  async function folderWithBackup() {
    const root = newRoot();
    const dataDir = path.join(root, 'data');
    const s = start(dataDir);
    await s.must('settings.update', { adviserName: 'Anna de Vries' });
    await addClient(s, 'Voor de back-up');
    const { backup } = await s.must('backups.create', {});
    await addClient(s, 'Na de back-up');
    return { root, dataDir, s, backup };
  }

  it('checks the backup when asked, can be cancelled, and puts it back at the next start', async () => {
    const { dataDir, s, backup } = await folderWithBackup();
    const asked = await s.must('backups.restore', { name: backup.name, confirm: true });
    expect(asked.pendingRestore).toMatchObject({ name: backup.name, madeAt: backup.madeAt });
    // Nothing changes in the running app.
    expect(s.names()).toEqual(['Na de back-up', 'Voor de back-up']);

    const cancelled = await s.must('backups.cancelRestore', {});
    expect(cancelled.pendingRestore).toBeNull();
    await s.must('backups.restore', { name: backup.name, confirm: true });
    await s.services.stop();
    s.opened.store.close();

    const next = start(dataDir);
    expect(next.opened.restoredAtStart).toMatchObject({ ok: true, name: backup.name, message: backupFolderMessages.restored });
    expect(next.names()).toEqual(['Voor de back-up']);
    const state = await next.must('backups.list', {});
    expect(state.pendingRestore).toBeNull();
    expect(state.lastRestore).toMatchObject({ ok: true, name: backup.name });
    // The data it replaced is kept, and listed, as a 'voor herstel' backup.
    expect(state.backups.map((b) => b.kind).sort()).toEqual(['backup', 'voor-herstel']);
    // The restored store's own trail says a backup was put back, by whom it knew then.
    const last = next.actions().at(-1);
    expect(last?.action).toBe('backup.restore');
    expect((await next.must('audit.verify', {})).ok).toBe(true);

    // Once: the start after that restores nothing.
    await next.services.stop();
    next.opened.store.close();
    const third = start(dataDir);
    expect(third.opened.restoredAtStart).toBeNull();
  });

  it('refuses a name that is not in the list, a path, or a missing confirmation, and sets nothing up', async () => {
    const { dataDir, s } = await folderWithBackup();
    expect((await s.refused('backups.restore', { name: 'arrangeur-backup-2020-01-01T00-00-00-000Z.sqlite', confirm: true })).message).toBe(backupMessages.missing);
    expect((await s.refused('backups.restore', { name: '../arrangeur.sqlite', confirm: true })).code).toBe('invalid-input');
    expect((await s.refused('backups.restore', { name: 'arrangeur-backup-x.sqlite', confirm: false as unknown as true })).code).toBe('invalid-input');
    expect(existsSync(path.join(dataDir, PENDING_RESTORE_FILE))).toBe(false);
  });

  it('refuses a backup made with another key at once, and leaves everything as it was', async () => {
    const { root, dataDir, s } = await folderWithBackup();
    const other = start(path.join(root, 'andere-computer'));
    await addClient(other, 'Van een ander');
    const foreign = await other.must('backups.create', {});
    const stamp = 'arrangeur-backup-2026-03-01T08-00-00-000Z.sqlite';
    copyFileSync(path.join(root, 'andere-computer', 'back-ups', foreign.backup.name), path.join(dataDir, 'back-ups', stamp));
    const e = await s.refused('backups.restore', { name: stamp, confirm: true });
    expect(e).toEqual({ code: 'unsupported-database', message: backupMessages.wrongKey });
    expect(existsSync(path.join(dataDir, PENDING_RESTORE_FILE))).toBe(false);
    expect(s.names()).toEqual(['Na de back-up', 'Voor de back-up']);
  });

  it('at a start while another Arrangeur has the file open: not restored, says why, data unchanged', async () => {
    const { dataDir, s, backup } = await folderWithBackup();
    await s.must('backups.restore', { name: backup.name, confirm: true });
    // The running app stays open (as the desktop app would while browser mode starts).
    const outcome = openDataFolder(dataDir);
    stores.push(outcome.store);
    expect(outcome.restoredAtStart).toMatchObject({ ok: false, name: backup.name });
    expect(outcome.restoredAtStart?.message).toBe(`${backupFolderMessages.notRestored} ${backupMessages.busy}`);
    expect(s.names()).toEqual(['Na de back-up', 'Voor de back-up']);
    expect(outcome.store.sqlite.prepare('SELECT count(*) FROM clients').pluck().get()).toBe(2);
    // Tried once: the request is gone.
    expect(existsSync(path.join(dataDir, PENDING_RESTORE_FILE))).toBe(false);
  });
});

describe('automatic backups', () => {
  it('makes one at start (and not a second the same day), and reports a folder that is gone', async () => {
    const root = newRoot();
    const dataDir = path.join(root, 'data');
    const s = start(dataDir, { automatic: true, clock: () => '2026-03-02T09:00:00.000Z' });
    await addClient(s, 'Automatisch');
    await new Promise((resolve) => setTimeout(resolve, 50));
    const state = await s.must('backups.list', {});
    expect(state.backups).toHaveLength(1);
    expect(state.lastAutomatic).toMatchObject({ ok: true, message: backupFolderMessages.automaticMade });
    await s.services.stop();

    const share = path.join(root, 'share');
    mkdirSync(share);
    await s.must('backups.setFolder', { folder: share });
    rmSync(share, { recursive: true });
    s.opened.store.close();
    const later = start(dataDir, { automatic: true, clock: () => '2026-03-03T09:00:00.000Z' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const after = await later.must('backups.list', {});
    expect(after.lastAutomatic).toMatchObject({ ok: false, message: backupFolderMessages.unreachable(share) });
    await later.services.stop();
  });
});
