// `npm run web` and the end-to-end tests start electron/bridge/serve.ts as its own process;
// this runs it exactly that way: ready line, the login address printed last, a real call
// with the session from that address, clean shutdown on SIGTERM (WAL folded back into the
// file), a fixed port, and a refused database that stays untouched.
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, describe, expect, it } from 'vitest';
import { dbMessages } from '../../db/messages.ts';
import { openStore } from '../../db/open.ts';
import { openDataStore } from '../../electron/keys/open-data-store.ts';
import { sampleFields } from '../helpers/store.ts';
import { rawRequest } from '../helpers/http.ts';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const dirs: string[] = [];
const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const setupDirs = () => {
  const root = mkdtempSync(join(tmpdir(), 'arrangeur-serve-'));
  dirs.push(root);
  const staticDir = join(root, 'renderer');
  mkdirSync(staticDir);
  writeFileSync(join(staticDir, 'index.html'), '<html><head><title>Arrangeur</title></head></html>');
  return { dataDir: join(root, 'data'), staticDir };
};

interface Running {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
}

const startServe = (dataDir: string, staticDir: string, args: string[] = []): Running => {
  const child = spawn(process.execPath, ['--import', 'tsx', 'electron/bridge/serve.ts', ...args], {
    cwd: repoRoot,
    env: { ...process.env, ARRANGEUR_DATA_DIR: dataDir, ARRANGEUR_STATIC_DIR: staticDir, ARRANGEUR_BRIDGE_PORT: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let out = '';
  let err = '';
  child.stdout!.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (err += c.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, stdout: () => out, stderr: () => err, exited };
};

interface Ready {
  url: string;
  port: number;
  loginUrl: string;
}

const waitForReady = async (running: Running): Promise<Ready> => {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    const line = running.stdout().split('\n').find((l) => l.startsWith('ARRANGEUR_BRIDGE_READY '));
    // The human lines come after the ready line; wait for the last one too.
    if (line && running.stdout().includes('/login?key=')) return JSON.parse(line.slice('ARRANGEUR_BRIDGE_READY '.length)) as Ready;
    if (running.child.exitCode !== null) throw new Error(`serve exited early: ${running.stderr()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('serve did not become ready');
};

describe('serve.ts', () => {
  it('prints the ready lines, serves calls, and closes the store cleanly on SIGTERM', async () => {
    const { dataDir, staticDir } = setupDirs();
    const running = startServe(dataDir, staticDir);
    const { url, port, loginUrl } = await waitForReady(running);
    expect(url).toBe(`http://127.0.0.1:${port}/`);
    expect(loginUrl.startsWith(`${url}login?key=`)).toBe(true);
    // For people, last: where the data is, how to stop, and the login address as the final line.
    const lines = running.stdout().trimEnd().split('\n');
    expect(lines.at(-1)).toBe(`    ${loginUrl}`);
    expect(running.stdout()).toContain(`Uw gegevens staan in: ${dataDir}`);
    expect(running.stdout()).toContain('Stop met Ctrl+C');

    const login = await rawRequest({ port, path: new URL(loginUrl).pathname + new URL(loginUrl).search });
    const cookie = (login.headers['set-cookie'] as string[])[0]!.split(';', 1)[0]!;
    const created = await rawRequest({
      port,
      method: 'POST',
      path: '/api/call',
      headers: { 'Content-Type': 'application/json', Cookie: cookie },
      body: JSON.stringify({ op: 'clients.create', input: sampleFields({ displayName: 'Ayşe Ünal' }) }),
    });
    expect(created.json()).toMatchObject({ ok: true, value: { displayName: 'Ayşe Ünal' } });

    running.child.kill('SIGTERM');
    expect(await running.exited).toBe(0);
    expect(running.stdout()).toContain('Arrangeur is gestopt.');
    const file = join(dataDir, 'arrangeur.sqlite');
    expect(existsSync(`${file}-wal`)).toBe(false);

    // Browser mode keeps the key in a 0600 key file in the data folder (electron/keys/).
    const reopened = openDataStore(dataDir);
    expect(reopened.sqlite.prepare('SELECT display_name FROM clients').pluck().all()).toEqual(['Ayşe Ünal']);
    reopened.close();
  }, 30_000);

  it('listens on the port given with --port, and says so in Dutch when it is taken', async () => {
    const { dataDir, staticDir } = setupDirs();
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const free = (probe.address() as AddressInfo).port;
    await new Promise<void>((resolve) => probe.close(() => resolve()));

    const first = startServe(dataDir, staticDir, ['--port', String(free)]);
    const ready = await waitForReady(first);
    expect(ready.port).toBe(free);
    expect(first.stdout()).not.toContain('vaste poort');

    const second = startServe(join(dataDir, '..', 'data2'), staticDir, [`--port=${free}`]);
    expect(await second.exited).toBe(1);
    expect(second.stderr()).toContain(`Poort ${free} is al in gebruik.`);
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
  }, 30_000);

  it('refuses a bad --port with a Dutch message and exit code 2, before touching the data folder', async () => {
    const { dataDir, staticDir } = setupDirs();
    const running = startServe(dataDir, staticDir, ['--port', 'acht']);
    expect(await running.exited).toBe(2);
    expect(running.stderr()).toContain('--port verwacht een poortnummer van 1 tot en met 65535, niet "acht".');
    expect(existsSync(dataDir)).toBe(false);
  }, 30_000);

  it('refuses a database from a newer Arrangeur: Dutch message, exit code 1, file unchanged', async () => {
    const { dataDir, staticDir } = setupDirs();
    mkdirSync(dataDir);
    const file = join(dataDir, 'arrangeur.sqlite');
    openStore(file).close();
    const raw = new Database(file);
    raw.prepare(`INSERT INTO arrangeur_migrations (name, applied_at) VALUES ('0099_future', 'x')`).run();
    raw.close();
    const hash = () => createHash('sha256').update(readFileSync(file)).digest('hex');
    const before = hash();

    const running = startServe(dataDir, staticDir);
    expect(await running.exited).toBe(1);
    expect(running.stderr()).toContain(dbMessages.newerDatabase);
    expect(running.stdout()).not.toContain('ARRANGEUR_BRIDGE_READY');
    expect(hash()).toBe(before);
    expect(existsSync(`${file}-wal`)).toBe(false);
  }, 30_000);
});
