// Differential check for speed work on the matcher: the matcher of a git revision (default HEAD)
// against the one in the working tree, on the same inputs in one process, result for result.
// A change made only for speed must give byte-identical results (same JSON, same key order) and
// deep-equal objects (no property that is there but undefined), explanations included.
//   npx tsx scripts/matcher-diff.ts [REV]
// REV's shared/matcher/ is written to .cache/matcher-diff/<sha>/shared/matcher/; every other
// entry of shared/ there is a symlink to the working tree, so only the matcher differs and both
// read the very same pack and case objects.
// Inputs: the shipped packs with every example case on its own peildatum and on eight others,
// generated cases against the shipped packs and against generated packs of 50, 500 and 5,000
// schemes (the bench's), and a 500-scheme pack with extra not/any/all nesting and unknown
// figures, so undecidable rules inside every kind of group are compared too; plus the shipped
// packs' own scheme tests and their rule coverage.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { loadReferencePacks } from '../electron/packs/load-dir.ts';
import { generateCases, generatePack, prng } from '../bench/generate.ts';
import type { CaseFile } from '../shared/case/schema.ts';
import type { Pack } from '../shared/packs/format.ts';
import { formatIssues, parseCase, parsePack } from '../shared/packs/parse.ts';
import * as current from '../shared/matcher/index.ts';
import * as currentPackTests from '../shared/matcher/pack-tests.ts';
import * as currentCoverage from '../shared/matcher/pack-test-coverage.ts';

const root = resolve(import.meta.dirname, '..');
const rev = process.argv[2] ?? 'HEAD';
const git = (...args: string[]): string => execFileSync('git', args, { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 });

const oldMatcherDir = (): string => {
  const sha = git('rev-parse', `${rev}^{commit}`).trim();
  const base = join(root, '.cache', 'matcher-diff', sha, 'shared');
  const dir = join(base, 'matcher');
  if (!existsSync(dir)) {
    mkdirSync(dir, { recursive: true });
    for (const file of git('ls-tree', '--name-only', `${sha}:shared/matcher`).split('\n').filter(Boolean)) {
      writeFileSync(join(dir, file), git('show', `${sha}:shared/matcher/${file}`));
    }
    for (const entry of readdirSync(join(root, 'shared'))) {
      if (entry !== 'matcher') symlinkSync(join(root, 'shared', entry), join(base, entry));
    }
  }
  return dir;
};

type MatcherApi = typeof current;
type Compared = { label: string; count: number };

let mismatches = 0;
const firstDifference = (a: unknown, b: unknown, path = '$'): string => {
  if (isDeepStrictEqual(a, b)) return '';
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return `${path}: ${JSON.stringify(a)} != ${JSON.stringify(b)}`;
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  for (const k of keys) {
    const d = firstDifference((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`);
    if (d) return d;
  }
  return `${path}: same values, different key order or undefined properties`;
};
const same = (what: string, a: unknown, b: unknown): void => {
  if (JSON.stringify(a) === JSON.stringify(b) && isDeepStrictEqual(a, b)) return;
  mismatches++;
  if (mismatches <= 10) process.stderr.write(`VERSCHIL ${what}\n  ${firstDifference(a, b)}\n`);
};

const loadPack = (json: unknown, name: string): Pack => {
  const parsed = parsePack(json, name);
  if (!parsed.ok) throw new Error(formatIssues(parsed.issues));
  return parsed.pack;
};

/** The bench's 500-scheme pack with more nesting (not over groups, any/all pairs) and unknown figures. */
const nestedPack = (): Pack => {
  const json = generatePack(500, 7) as { schemes: Array<{ eligibility: unknown; parameters: Record<string, { values: Array<{ value: number | null }>; verified: boolean }> }> };
  const r = prng(42);
  const reshape = (node: unknown): unknown => {
    const n = node as Record<string, unknown>;
    if (Array.isArray(n.all) || Array.isArray(n.any)) {
      const key = Array.isArray(n.all) ? 'all' : 'any';
      const kids = (n[key] as unknown[]).map(reshape);
      const out: unknown[] = [];
      for (let i = 0; i < kids.length; i++) {
        const roll = r();
        if (roll < 0.2 && i + 1 < kids.length) {
          out.push({ [r() < 0.5 ? 'any' : 'all']: [kids[i], kids[i + 1]] });
          i++;
        } else if (roll < 0.3) out.push({ not: kids[i] });
        else if (roll < 0.35 && i + 1 < kids.length) {
          out.push({ not: { [r() < 0.5 ? 'any' : 'all']: [kids[i], kids[i + 1]] } });
          i++;
        } else out.push(kids[i]);
      }
      return { [key]: out };
    }
    if (n.not !== undefined) return { not: reshape(n.not) };
    return n;
  };
  for (const s of json.schemes) {
    s.eligibility = reshape(s.eligibility);
    for (const p of Object.values(s.parameters)) {
      if (r() < 0.12) {
        for (const v of p.values) v.value = null;
        p.verified = false;
      }
    }
  }
  return loadPack(json, 'bench-nested.json');
};

const run = async (): Promise<void> => {
  const oldDir = oldMatcherDir();
  const old = (await import(pathToFileURL(join(oldDir, 'index.ts')).href)) as MatcherApi;
  const oldPackTests = (await import(pathToFileURL(join(oldDir, 'pack-tests.ts')).href)) as typeof currentPackTests;
  const oldCoverage = (await import(pathToFileURL(join(oldDir, 'pack-test-coverage.ts')).href)) as typeof currentCoverage;
  if (old.match === current.match) throw new Error('de oude en de nieuwe matcher zijn dezelfde module');

  const compared: Compared[] = [];
  const compare = (label: string, cases: readonly CaseFile[], packs: readonly Pack[], dates: ReadonlyArray<string | undefined> = [undefined]): void => {
    let count = 0;
    for (let i = 0; i < cases.length; i++) {
      for (const referenceDate of dates) {
        const options = referenceDate ? { referenceDate } : {};
        same(`${label} #${i} ${referenceDate ?? ''}`, old.match(cases[i]!, packs, options), current.match(cases[i]!, packs, options));
        count++;
      }
    }
    compared.push({ label, count });
  };

  const shipped = loadReferencePacks();
  const examplesDir = join(root, 'assets', 'examples');
  const examples = readdirSync(examplesDir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => {
      const parsed = parseCase(JSON.parse(readFileSync(join(examplesDir, f), 'utf8')), f);
      if (!parsed.ok) throw new Error(formatIssues(parsed.issues));
      return parsed.caseFile;
    });
  const dates = [undefined, '2019-03-01', '2021-07-15', '2022-12-31', '2023-01-01', '2024-06-30', '2025-09-01', '2026-01-01', '2027-05-20'];
  compare('voorbeelden x verzonden pakketten x 9 peildata', examples, shipped, dates);
  for (const pack of shipped) compare(`voorbeelden x ${pack.id}`, examples, [pack], dates);

  const generated = generateCases(2000, 3);
  compare('gegenereerde casussen x verzonden pakketten', generated, shipped);
  const g50 = loadPack(generatePack(50), 'bench-50.json');
  const g500 = loadPack(generatePack(500), 'bench-500.json');
  const g5000 = loadPack(generatePack(5000), 'bench-5000.json');
  compare('gegenereerde casussen x 50 regelingen', generated, [g50]);
  compare('gegenereerde casussen x 500 regelingen (bench)', generated, [g500]);
  compare('gegenereerde casussen x 5.000 regelingen', generated.slice(0, 200), [g5000]);
  compare('gegenereerde casussen x 500 geneste regelingen met onbekende getallen', generated, [nestedPack()]);
  compare('gegenereerde casussen x verzonden + 500 regelingen', generated.slice(0, 300), [...shipped, g500]);

  let packChecks = 0;
  for (const pack of shipped) {
    same(`scheme tests ${pack.id}`, oldPackTests.runPackTests(pack), currentPackTests.runPackTests(pack));
    same(`coverage ${pack.id}`, oldCoverage.packTestCoverage(pack), currentCoverage.packTestCoverage(pack));
    packChecks += 2;
  }
  compared.push({ label: 'schemetests en dekking van de verzonden pakketten', count: packChecks });

  const total = compared.reduce((n, c) => n + c.count, 0);
  for (const c of compared) if (c.count > 0) process.stdout.write(`${String(c.count).padStart(7)}  ${c.label}\n`);
  process.stdout.write(`${String(total).padStart(7)}  vergeleken met ${rev}; verschillen: ${mismatches}\n`);
  if (mismatches > 0) process.exitCode = 1;
};

run().catch((err) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exitCode = 2;
});
