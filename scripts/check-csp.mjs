// Asserts that the built renderer (dist/renderer/index.html, or the file given as argument)
// carries exactly the app's Content-Security-Policy in a meta http-equiv tag. Run after the
// renderer build: a plugin or a Vite upgrade that drops or rewrites the tag must fail CI.
//   node scripts/check-csp.mjs [path/to/index.html]
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// shared/csp.ts is the single source; read the literal instead of importing TypeScript so the
// script runs on any Node without a loader.
const cspSource = readFileSync(path.join(root, 'shared', 'csp.ts'), 'utf8');
const expected = /CONTENT_SECURITY_POLICY\s*=\s*"([^"]+)"/.exec(cspSource)?.[1];
if (!expected) {
  console.error('check-csp: could not read CONTENT_SECURITY_POLICY from shared/csp.ts');
  process.exit(1);
}

const htmlFile = path.resolve(root, process.argv[2] ?? 'dist/renderer/index.html');
if (!existsSync(htmlFile)) {
  console.error(`check-csp: ${path.relative(root, htmlFile)} does not exist; build the renderer first (npm run build:renderer)`);
  process.exit(1);
}

const html = readFileSync(htmlFile, 'utf8');
const found = [];
for (const [tag] of html.matchAll(/<meta\b[^>]*>/gi)) {
  if (!/http-equiv\s*=\s*["']content-security-policy["']/i.test(tag)) continue;
  const content = /content\s*=\s*"([^"]*)"/i.exec(tag)?.[1];
  if (content !== undefined) found.push(content.replaceAll('&#39;', "'").replaceAll('&apos;', "'"));
}

if (found.length !== 1 || found[0] !== expected) {
  console.error(`check-csp: ${path.relative(root, htmlFile)} must carry exactly one CSP meta tag equal to shared/csp.ts`);
  console.error(`  expected: ${expected}`);
  console.error(`  found:    ${found.length === 0 ? '(none)' : found.join('\n            ')}`);
  process.exit(1);
}
console.log(`check-csp: ${path.relative(root, htmlFile)} carries the app's CSP`);
