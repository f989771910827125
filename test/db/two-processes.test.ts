// Issue 13.2: the desktop app and browser mode on one data folder. Two real processes save
// read-then-write transactions through the services at the same time; with deferred
// transactions some failed with SQLITE_BUSY_SNAPSHOT ('internal'), because a reader that wants
// to write cannot wait for the lock. With BEGIN IMMEDIATE every save waits its turn.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { openTestDataStore } from './fixtures/open-data-store.ts';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

interface WorkerReport {
  label: string;
  clientId: string;
  version: number;
  failures: string[];
}

function startWorker(dataDir: string, label: string, iterations: number) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/db/fixtures/contend-worker.ts', dataDir, label, String(iterations)], {
    cwd: repoRoot,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr.on('data', (c: Buffer) => (err += c.toString()));
  const ready = new Promise<void>((resolve, reject) => {
    const timer = setInterval(() => {
      if (out.includes('ready\n')) {
        clearInterval(timer);
        resolve();
      } else if (child.exitCode !== null) {
        clearInterval(timer);
        reject(new Error(`worker ${label} exited early: ${err}`));
      }
    }, 20);
  });
  const done = new Promise<WorkerReport>((resolve, reject) =>
    child.on('exit', (code) => {
      const line = out.trim().split('\n').at(-1) ?? '';
      if (code !== 0 || !line.startsWith('{')) reject(new Error(`worker ${label} exit ${code}: ${err}`));
      else resolve(JSON.parse(line) as WorkerReport);
    }),
  );
  return { child, ready, done };
}

describe('two processes on one data folder', () => {
  it('save read-then-write transactions concurrently without a single failure', async () => {
    const dataDir = path.join(mkdtempSync(path.join(tmpdir(), 'arr-two-')), 'data');
    dirs.push(path.dirname(dataDir));
    // Created once up front so both workers find a migrated store.
    openTestDataStore(dataDir).close();

    const iterations = 150;
    const workers = [startWorker(dataDir, 'a', iterations), startWorker(dataDir, 'b', iterations)];
    await Promise.all(workers.map((w) => w.ready));
    for (const w of workers) w.child.stdin.end('go\n');
    const reports = await Promise.all(workers.map((w) => w.done));

    const failures = reports.flatMap((r) => r.failures);
    expect(failures.length, `${failures.length} failed saves, e.g. ${failures[0]}`).toBe(0);
    const store = openTestDataStore(dataDir);
    try {
      for (const report of reports) {
        expect(report.version).toBe(iterations);
        const row = store.sqlite.prepare('SELECT version FROM intakes WHERE client_id = ?').get(report.clientId) as { version: number };
        expect(row.version).toBe(iterations);
      }
    } finally {
      store.close();
    }
  }, 60_000);
});
