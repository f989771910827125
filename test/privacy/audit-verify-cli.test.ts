// `npm run audit:verify`: checks the chain of a data folder opened the way the app opens it
// (encrypted, with the folder's key file), names the first broken entry, and never creates a
// folder or a database where there was none.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDataStore } from '../../electron/keys/open-data-store.ts';
import { runAuditVerify } from '../../scripts/audit-verify.ts';
import { fullDossier, privacyServices } from './helpers.ts';

const dirs: string[] = [];
afterEach(() => {
  while (dirs.length) rmSync(dirs.pop()!, { recursive: true, force: true });
});
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'arrangeur-audit-'));
  dirs.push(dir);
  return dir;
};

async function folderWithTrail(): Promise<string> {
  const dir = join(tempDir(), 'data');
  const store = openDataStore(dir);
  try {
    await fullDossier(privacyServices({ store }));
  } finally {
    store.close();
  }
  return dir;
}

describe('audit:verify', () => {
  it('says an intact chain is in order, with the last entry to note elsewhere', async () => {
    const dir = await folderWithTrail();
    const outcome = await runAuditVerify(['--data-dir', dir]);
    expect(outcome.stderr).toBe('');
    expect(outcome.code).toBe(0);
    expect(outcome.stdout).toMatch(/Het logboek is in orde: alle \d+ regels sluiten op elkaar aan/);
    expect(outcome.stdout).toMatch(/Laatste regel: \d+, hash [0-9a-f]{64}/);
  });

  it('names the first broken entry and exits 1', async () => {
    const dir = await folderWithTrail();
    const store = openDataStore(dir);
    store.sqlite.exec(`DROP TRIGGER audit_log_append_only_update; UPDATE audit_log SET fields = '[]' WHERE seq = 3;`);
    store.close();
    const outcome = await runAuditVerify([`--data-dir=${dir}`]);
    expect(outcome.code).toBe(1);
    expect(outcome.stdout).toContain('regel 3 is achteraf gewijzigd');
  });

  it('refuses a folder without a database, creating nothing, and an unknown argument', async () => {
    const dir = join(tempDir(), 'leeg');
    const outcome = await runAuditVerify(['--data-dir', dir]);
    expect(outcome).toMatchObject({ code: 2, stderr: expect.stringContaining('staat geen dossierbestand') });
    expect(existsSync(dir)).toBe(false);
    expect((await runAuditVerify(['--verbose'])).code).toBe(2);
  });

  it('runs as npm run audit:verify on ARRANGEUR_DATA_DIR', async () => {
    const dir = await folderWithTrail();
    const root = join(import.meta.dirname, '..', '..');
    const { code, stdout } = await new Promise<{ code: number | null; stdout: string }>((resolve, reject) => {
      const child = spawn('npm', ['run', '--silent', 'audit:verify'], { cwd: root, env: { ...process.env, ARRANGEUR_DATA_DIR: dir } });
      let out = '';
      child.stdout.on('data', (c: Buffer) => (out += c.toString('utf8')));
      child.on('error', reject);
      child.on('close', (c) => resolve({ code: c, stdout: out }));
    });
    expect(code).toBe(0);
    expect(stdout).toContain('Het logboek is in orde');
  }, 30_000);
});
