// Issue 13.10: the data folder 0700; the database, its WAL and shared-memory files and the key
// file 0600, set explicitly so neither the user's umask nor an older Arrangeur (0755 / 0644)
// decides who may read a client's data. POSIX modes: Linux and macOS only.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from '../../db/open.ts';
import { dataFile } from '../../electron/paths.ts';
import { openTestDataStore } from './fixtures/open-data-store.ts';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const newDataDir = () => {
  const root = mkdtempSync(path.join(tmpdir(), 'arr-perm-'));
  dirs.push(root);
  return path.join(root, 'data');
};
const mode = (f: string) => (statSync(f).mode & 0o777).toString(8);

describe.skipIf(process.platform === 'win32')('file permissions of the data folder', () => {
  it('are 0700 and 0600 even with umask 0, for every file SQLite makes while open', () => {
    const dataDir = newDataDir();
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'test/db/fixtures/open-with-umask.ts', dataDir], {
      cwd: repoRoot,
      encoding: 'utf8',
    });
    const { whileOpen, afterClose } = JSON.parse(out.trim().split('\n').at(-1)!) as Record<string, Record<string, string>>;
    expect(whileOpen).toEqual({
      '.': '700',
      'arrangeur.key': '600',
      'arrangeur.sqlite': '600',
      'arrangeur.sqlite-wal': '600',
      'arrangeur.sqlite-shm': '600',
    });
    expect(afterClose).toEqual({ '.': '700', 'arrangeur.key': '600', 'arrangeur.sqlite': '600' });
  });

  it('tightens a folder and files an older Arrangeur left at 0755 and 0644', () => {
    const dataDir = newDataDir();
    mkdirSync(dataDir, { recursive: true });
    openStore(dataFile(dataDir)).close();
    chmodSync(dataDir, 0o755);
    chmodSync(dataFile(dataDir), 0o644);

    const store = openTestDataStore(dataDir);
    try {
      expect(mode(dataDir)).toBe('700');
      expect(mode(dataFile(dataDir))).toBe('600');
      expect(mode(path.join(dataDir, 'arrangeur.key'))).toBe('600');
      expect(mode(`${dataFile(dataDir)}-wal`)).toBe('600');
    } finally {
      store.close();
    }
  });

  it('repairs a key file someone made readable for others', () => {
    const dataDir = newDataDir();
    openTestDataStore(dataDir).close();
    chmodSync(path.join(dataDir, 'arrangeur.key'), 0o644);
    openTestDataStore(dataDir).close();
    expect(mode(path.join(dataDir, 'arrangeur.key'))).toBe('600');
  });
});
