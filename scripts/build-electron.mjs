// Bundles the Electron main process and preload with esbuild.
//   node scripts/build-electron.mjs [--outdir <dir>]   (default dist/electron)
// main.cjs: everything but electron and better-sqlite3-multiple-ciphers (the native module must stay a real
// file on disk, unpacked from the asar). preload.cjs: a sandboxed preload may only
// require('electron'), so the build fails if anything else slipped in.
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdirArg = process.argv.indexOf('--outdir');
const outdir = path.resolve(root, outdirArg > 0 ? process.argv[outdirArg + 1] ?? '' : 'dist/electron');
mkdirSync(outdir, { recursive: true });

const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  // Electron 45 runs Node 22; syntax newer than that would fail at start-up, not at build time.
  target: 'node22',
  logLevel: 'warning',
  metafile: true,
  legalComments: 'none',
};

const main = await build({
  ...common,
  entryPoints: ['electron/main.ts'],
  outfile: path.join(outdir, 'main.cjs'),
  external: ['electron', 'better-sqlite3-multiple-ciphers'],
  sourcemap: true,
});

const preload = await build({
  ...common,
  entryPoints: ['electron/preload.ts'],
  outfile: path.join(outdir, 'preload.cjs'),
  external: ['electron'],
});

const problems = [];

// The preload may consist of itself and the channel-name constant, nothing more (no zod, no
// contract runtime): everything else would run with the page's privileges for no reason.
const allowedPreloadInputs = new Set(['electron/preload.ts', 'shared/contract/channel.ts']);
for (const input of Object.keys(preload.metafile.inputs)) {
  if (!allowedPreloadInputs.has(input)) problems.push(`preload bundles an unexpected module: ${input}`);
}
const preloadCode = readFileSync(path.join(outdir, 'preload.cjs'), 'utf8');
for (const match of preloadCode.matchAll(/\brequire\s*\(([^)]*)\)/g)) {
  const arg = (match[1] ?? '').trim();
  if (arg !== '"electron"' && arg !== "'electron'") problems.push(`preload requires ${arg}; only electron is allowed`);
}

// Main must never pull in renderer code (React, DOM) by accident.
for (const input of Object.keys(main.metafile.inputs)) {
  if (input.startsWith('renderer/')) problems.push(`main bundles renderer code: ${input}`);
}

if (problems.length > 0) {
  for (const problem of problems) console.error(`build-electron: ${problem}`);
  process.exit(1);
}

const size = (file) => `${(readFileSync(path.join(outdir, file)).length / 1024).toFixed(1)} KiB`;
console.log(
  `build-electron: ${path.relative(root, outdir)}/main.cjs (${size('main.cjs')}), preload.cjs (${size('preload.cjs')})`,
);
