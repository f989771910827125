// The Electron binary is not available here, so this runs the real bundled main.cjs in plain
// Node against a recording fake of the electron module (fixtures/fake-electron.cjs). It proves
// the wiring: store opened, IPC checked and dispatched, protocol serving with the CSP,
// permissions and remote requests denied, navigation hardened, and a refused database shown
// in Dutch and left byte-for-byte untouched.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../shared/csp.ts';

const root = path.resolve(import.meta.dirname, '../..');
const fixtures = path.join(import.meta.dirname, 'fixtures');
let work: string;
let mainBundle: string;
let appPath: string;

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'arrangeur-main-'));
  const outdir = path.join(work, 'dist', 'electron');
  execFileSync(process.execPath, [path.join(root, 'scripts', 'build-electron.mjs'), '--outdir', outdir], {
    cwd: root,
    stdio: 'pipe',
  });
  mainBundle = path.join(outdir, 'main.cjs');
  appPath = path.join(work, 'app');
  mkdirSync(path.join(appPath, 'dist', 'renderer'), { recursive: true });
  writeFileSync(path.join(appPath, 'dist', 'renderer', 'index.html'), '<title>Arrangeur test page</title>');
  writeFileSync(path.join(appPath, 'package.json'), '{"secret": true}');
}, 60_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

interface DriveResult {
  calls: unknown[][];
  errorBoxes: { title: string; body: string }[];
  windows: { options: Record<string, unknown> & { webPreferences: Record<string, unknown> }; loaded: string[] }[];
  ipcRegistered: boolean;
  ipcOwnFrame?: { ok: boolean; value?: { regions: unknown[] }; error?: { code: string } };
  ipcForeignFrame?: { ok: boolean; error?: { code: string } };
  ipcUnknownOp?: { ok: boolean; error?: { code: string } };
  protocolIndex?: { status: number; csp: string; body: string };
  protocolTraversal?: number;
  permissionGranted?: boolean;
  permissionCheck?: boolean;
  requestRemote?: { cancel: boolean };
  requestOwn?: { cancel: boolean };
  windowOpen?: { action: string };
  navigationPrevented?: boolean;
  opened?: string[];
  unload?: { answer: number; closed: boolean }[];
  messageBoxes?: Record<string, unknown>[];
  menuLabels: string[];
  dbBytesBefore: string | null;
  dbBytesAfter: string | null;
}

function drive(dataDir: string, dbFile?: string): DriveResult {
  const stdout = execFileSync(
    process.execPath,
    ['-r', path.join(fixtures, 'fake-electron.cjs'), path.join(fixtures, 'drive-main.cjs'), mainBundle, ...(dbFile ? [dbFile] : [])],
    {
      cwd: work,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        NODE_PATH: path.join(root, 'node_modules'),
        ARRANGEUR_DATA_DIR: dataDir,
        FAKE_APP_PATH: appPath,
        FAKE_USER_DATA: path.join(work, 'user-data'),
        FAKE_PACKAGED: '1',
      },
    },
  );
  const line = stdout.split('\n').find((l) => l.startsWith('DRIVE_RESULT '));
  if (!line) throw new Error(`driver printed no result:\n${stdout}`);
  return JSON.parse(line.slice('DRIVE_RESULT '.length)) as DriveResult;
}

describe('bundled main process (fake electron)', () => {
  let result: DriveResult;
  let dataDir: string;

  beforeAll(() => {
    dataDir = path.join(work, 'data');
    result = drive(dataDir);
  }, 60_000);

  it('registers app:// as a privileged standard scheme before ready and sandboxes everything', () => {
    const names = result.calls.map((c) => c[0]);
    expect(names).toContain('app.enableSandbox');
    const register = result.calls.find((c) => c[0] === 'protocol.registerSchemesAsPrivileged');
    expect(register?.[1]).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
  });

  it('moves Chromium’s profile along with ARRANGEUR_DATA_DIR', () => {
    expect(result.calls).toContainEqual(['app.setPath', 'userData', path.join(dataDir, 'electron-profile')]);
  });

  it('opens one hardened window on app://arrangeur/index.html', () => {
    expect(result.windows).toHaveLength(1);
    const [win] = result.windows;
    expect(win?.loaded).toEqual(['app://arrangeur/index.html']);
    expect(win?.options).toMatchObject({ width: 1280, height: 800, show: false, title: 'Arrangeur' });
    expect(win?.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webviewTag: false,
      devTools: false, // FAKE_PACKAGED=1
      preload: path.join(appPath, 'dist', 'electron', 'preload.cjs'),
    });
  });

  it('creates the store in the data folder and answers IPC from our own frame', () => {
    // Encrypted (no plain SQLite header), with its key sealed by the (fake) OS keychain.
    expect(readFileSync(path.join(dataDir, 'arrangeur.sqlite')).length).toBeGreaterThan(0);
    expect(readFileSync(path.join(dataDir, 'arrangeur.sqlite')).subarray(0, 15).toString()).not.toBe('SQLite format 3');
    expect(readFileSync(path.join(dataDir, 'arrangeur.key.protected'), 'utf8')).toMatch(/^fake-sealed:/);
    expect(existsSync(path.join(dataDir, 'arrangeur.key'))).toBe(false);
    expect(result.ipcRegistered).toBe(true);
    expect(result.ipcOwnFrame?.ok).toBe(true);
    expect(result.ipcOwnFrame?.value?.regions).toHaveLength(35);
    expect(result.ipcUnknownOp).toMatchObject({ ok: false, error: { code: 'unknown-operation' } });
  });

  it('refuses IPC from a foreign frame', () => {
    expect(result.ipcForeignFrame).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('serves the renderer with the CSP header and refuses traversal', () => {
    expect(result.protocolIndex).toEqual({
      status: 200,
      csp: CONTENT_SECURITY_POLICY,
      body: '<title>Arrangeur test page</title>',
    });
    expect(result.protocolTraversal).toBe(404);
  });

  it('denies every permission and every remote request', () => {
    expect(result.permissionGranted).toBe(false);
    expect(result.permissionCheck).toBe(false);
    expect(result.requestRemote).toEqual({ cancel: true });
    expect(result.requestOwn).toEqual({ cancel: false });
  });

  it('hardens web contents: window.open denied, outside navigation blocked, links to the browser', () => {
    expect(result.windowOpen).toEqual({ action: 'deny' });
    expect(result.navigationPrevented).toBe(true);
    expect(result.opened).toEqual(['https://www.stapbudget.nl/', 'https://evil.example/']);
  });

  it('runs Chromium in Dutch', () => {
    expect(result.calls).toContainEqual(['app.commandLine.appendSwitch', 'lang', 'nl']);
  });

  it('asks in Dutch before closing over unsaved input; only the second button closes', () => {
    expect(result.unload).toEqual([
      { answer: 0, closed: false },
      { answer: 1, closed: true },
    ]);
    expect(result.messageBoxes?.[0]).toMatchObject({ message: 'U heeft iets ingevuld dat nog niet is opgeslagen.', buttons: ['Terug naar Arrangeur', 'Sluiten zonder opslaan'], cancelId: 0 });
  });

  it('installs the Dutch menu', () => {
    expect(result.menuLabels).toEqual(expect.arrayContaining(['Bewerken', 'Beeld', 'Venster']));
  });
});

describe('bundled main process with a database from a newer Arrangeur', () => {
  it('shows a Dutch error box, quits, and leaves the file byte-for-byte untouched', () => {
    const dataDir = path.join(work, 'newer');
    mkdirSync(dataDir, { recursive: true });
    const dbFile = path.join(dataDir, 'arrangeur.sqlite');
    const db = new Database(dbFile);
    db.exec("CREATE TABLE arrangeur_migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL); INSERT INTO arrangeur_migrations VALUES ('9999-from-the-future', '2030-01-01T00:00:00Z');");
    db.close();
    const before = readFileSync(dbFile);

    const result = drive(dataDir, dbFile);

    expect(result.errorBoxes).toHaveLength(1);
    expect(result.errorBoxes[0]?.title).toBe('Arrangeur kan uw dossiers niet openen');
    expect(result.errorBoxes[0]?.body).toContain(dataDir);
    expect(result.calls.map((c) => c[0])).toContain('app.quit');
    expect(result.windows).toHaveLength(0);
    expect(result.ipcRegistered).toBe(false);
    expect(readFileSync(dbFile).equals(before)).toBe(true);
    expect(result.dbBytesAfter).toBe(before.toString('base64'));
  });
});
