// The Electronegativity gate itself: it passes on our electron/ folder (every finding fixed or
// documented) and fails on a window that turns the protections off.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const script = path.join(root, 'scripts', 'check-electron-security.mjs');
const run = (...args: string[]) => spawnSync(process.execPath, [script, ...args], { cwd: root, encoding: 'utf8' });

describe('scripts/check-electron-security.mjs', () => {
  it('passes on electron/: every finding is fixed or documented', () => {
    const result = run();
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/every finding is fixed or documented/);
  }, 60_000);

  it('fails on an insecure window that is not documented', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'arrangeur-eneg-'));
    try {
      writeFileSync(
        path.join(dir, 'main.js'),
        "const { BrowserWindow } = require('electron');\n" +
          'new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false, webSecurity: false } });\n',
      );
      const result = run('--input', dir);
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(/CONTEXT_ISOLATION_JS_CHECK at main.js/);
      expect(result.stderr).toMatch(/WEB_SECURITY_JS_CHECK/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
