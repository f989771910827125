// `npm run test:electron`: the smoke and security tests of the real Electron app
// (playwright.electron.config.ts, test/electron-e2e/). They need the Electron binary, which
// machines with ELECTRON_SKIP_BINARY_DOWNLOAD (CI here) do not have: then this says so on one
// line and exits 0 without building, instead of failing or pretending to have tested.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');

// Same lookup as test/electron-e2e/app.spec.ts: path.txt, not require('electron'), which would
// try to download the binary.
function electronExecutable() {
  const packageDir = path.join(root, 'node_modules', 'electron');
  const pathFile = path.join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const relative = readFileSync(pathFile, 'utf8').trim();
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? path.join(packageDir, 'dist');
  const executable = path.join(distDir, relative);
  return relative !== '' && existsSync(executable) ? executable : null;
}

if (electronExecutable() === null) {
  console.log('test:electron SKIPPED: the Electron binary is not installed (node_modules/electron/path.txt or dist/ missing). Run on a machine where `npm ci` could download Electron.');
  process.exit(0);
}

const run = (command, args) => {
  const r = spawnSync(command, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
run('npm', ['run', 'build']);
run('npx', ['playwright', 'test', '-c', 'playwright.electron.config.ts', ...process.argv.slice(2)]);
