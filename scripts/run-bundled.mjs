// Runs a TypeScript entry the way the app ships it: bundled by esbuild, without tsx's
// keepNames wrappers. tsx wraps every arrow function created in a hot loop with a
// defineProperty call, which made the matcher look two to three times slower than the code the
// renderer and main actually run. Packages stay external (better-sqlite3-multiple-ciphers is native, highs loads
// its wasm from node_modules).
//   node scripts/run-bundled.mjs bench/run.ts [args...]
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const entry = process.argv[2];
if (!entry) {
  process.stderr.write('Gebruik: node scripts/run-bundled.mjs <bestand.ts> [argumenten]\n');
  process.exit(2);
}
const outdir = path.join(root, '.cache', 'bundled');
mkdirSync(outdir, { recursive: true });
const outfile = path.join(outdir, `${path.basename(entry).replace(/\.[cm]?tsx?$/, '')}.mjs`);
await build({
  absWorkingDir: root,
  entryPoints: [path.resolve(entry)],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node22',
  packages: 'external',
  sourcemap: 'inline',
  logLevel: 'error',
});
process.argv.splice(1, 2, outfile);
await import(pathToFileURL(outfile).href);
