// Runs Electronegativity (Doyensec's Electron security linter) over electron/ and fails on any
// finding that docs/security/electronegativity.md does not list as a reviewed false positive.
//   node scripts/check-electron-security.mjs [--input <dir>]   (npm run security:electron)
// Full report: .cache/electronegativity.csv
//
// Why not the CLI: `electronegativity` always fetches translations (and, in one check, Electron's
// release list) from GitHub. Offline, its HTTP client's retry timer throws an uncaught error
// after the report is written, so the exit code says nothing. We call its runner directly with
// the bundled English texts and without the one check that needs the network (see the doc).
import { mkdirSync, readFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const allowListFile = path.join(root, 'docs', 'security', 'electronegativity.md');
const reportFile = path.join(root, '.cache', 'electronegativity.csv');
const inputArg = process.argv.indexOf('--input');
const input = path.resolve(root, inputArg > 0 ? (process.argv[inputArg + 1] ?? '') : 'electron');
/** Needs GitHub (Electron's release notes); Electron updates are tracked through npm instead. */
const NETWORK_CHECKS = ['AvailableSecurityFixesGlobalCheck'];

const rootRequire = createRequire(path.join(root, 'package.json'));
const pkgDir = path.dirname(rootRequire.resolve('@doyensec/electronegativity/package.json'));
const pkgRequire = createRequire(path.join(pkgDir, 'package.json'));
// The scanner reads package.json for the Electron version; electron/ has none, so pass the
// installed one (defaults such as contextIsolation depend on it).
const electronVersion = rootRequire('electron/package.json').version;

// Replace the module that downloads translations with one that uses the bundled English texts.
const i18n = pkgRequire('i18n');
const i18nModulePath = pkgRequire.resolve('./dist/locales/i18n.js');
const offlineI18n = new Module(i18nModulePath);
offlineI18n.filename = i18nModulePath;
offlineI18n.loaded = true;
offlineI18n.exports = async function localTranslations() {
  i18n.configure({
    locales: ['en-US'],
    defaultLocale: 'en-US',
    directory: path.dirname(i18nModulePath),
    updateFiles: false,
    objectNotation: true,
    retryInDefaultLocale: true,
    register: globalThis,
  });
  i18n.setLocale('en-US');
};
pkgRequire.cache[i18nModulePath] = offlineI18n;
const run = pkgRequire('./dist/runner.js');

mkdirSync(path.dirname(reportFile), { recursive: true });
const { issues, errors } = await run(
  {
    input,
    output: reportFile,
    isSarif: false,
    customScan: [],
    excludeFromScan: NETWORK_CHECKS.map((c) => c.toLowerCase()),
    isRelative: true,
    electronVersionOverride: electronVersion,
    parserPlugins: [],
  },
  false,
);

const problems = [];
for (const error of errors ?? []) problems.push(`scanner could not parse ${error.file ?? '?'}: ${error.message ?? error}`);

/** `| \`CHECK_ID\` | \`file\` | \`sample\` | why |` rows of the allow-list table. */
function readAllowList() {
  const rows = [];
  const rowPattern = /^\|\s*`([A-Z_]+)`\s*\|\s*`([^`]*)`\s*\|\s*`([^`]*)`\s*\|(.+)\|\s*$/;
  for (const line of readFileSync(allowListFile, 'utf8').split('\n')) {
    const match = rowPattern.exec(line.trim());
    if (match) rows.push({ id: match[1], file: match[2], sample: match[3], reason: match[4].trim(), used: false });
  }
  return rows;
}

const norm = (value) => String(value ?? 'N/A').replace(/\s+/g, ' ').trim();
const allowList = readAllowList();
const lines = [];
for (const issue of issues) {
  const file = norm(issue.file).split(path.sep).join('/');
  const sample = norm(issue.sample);
  // One row accepts one finding: a second, new occurrence of the same pattern must be reviewed.
  const entry = allowList.find((row) => !row.used && row.id === issue.id && row.file === file && norm(row.sample) === sample);
  const where = `${file}:${issue.location?.line ?? 0}`;
  if (entry) {
    entry.used = true;
    lines.push(`  reviewed  ${issue.id} ${where}`);
  } else {
    lines.push(`  NEW       ${issue.id} ${where}  ${sample}`);
    problems.push(`${issue.id} at ${where} (${issue.severity?.name}/${issue.confidence?.name}): ${issue.description}`);
  }
}
for (const row of allowList.filter((r) => !r.used)) {
  lines.push(`  stale     ${row.id} ${row.file}  (no longer found: remove it from docs/security/electronegativity.md)`);
}

console.log(`electronegativity (Electron ${electronVersion}) over ${path.relative(root, input) || '.'}/: ${issues.length} finding(s)`);
for (const line of lines) console.log(line);
if (problems.length > 0) {
  console.error('\ncheck-electron-security: findings not reviewed in docs/security/electronegativity.md:');
  for (const problem of problems) console.error(`  - ${problem}`);
  console.error('Fix them, or document why each is a false positive (one table row per finding).');
  process.exit(1);
}
console.log('check-electron-security: every finding is fixed or documented as a false positive');
