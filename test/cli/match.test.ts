// The match CLI as a user runs it: `npm run --silent match -- ...` with the Node 24 on PATH,
// no build step. Good runs print only the result JSON; bad runs print only a Dutch message on
// stderr and exit non-zero.
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { arrangementResultSchema } from '../../shared/matcher/index.ts';
import { runMatchCli } from '../../scripts/match.ts';

const root = resolve(import.meta.dirname, '../..');
const example = (name: string) => join(root, 'assets/examples', name);
const tmp = mkdtempSync(join(tmpdir(), 'arrangeur-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real npm script; the test's own Node (24) goes first on PATH. */
const npmMatch = (args: string[]): Promise<Run> =>
  new Promise((done, fail) => {
    const env = { ...process.env, PATH: `${dirname(process.execPath)}${delimiter}${process.env.PATH ?? ''}` };
    const child = spawn('npm', ['run', '--silent', 'match', '--', ...args], { cwd: root, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr: stderr.replace(/^npm warn .*\n/gm, '') }));
  });

describe('npm run match (spawned)', () => {
  it('prints the arrangement result of an example case as JSON, and nothing else', async () => {
    const r = await npmMatch(['--case', example('tel-mee-met-taal.json')]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const result = arrangementResultSchema.parse(JSON.parse(r.stdout));
    expect(result.referenceDate).toBe('2022-01-15');
    expect(result.lines.map((l) => [l.schemeId, l.kind, l.amountCents])).toEqual([
      ['nl.tel-mee-met-taal', 'grant', 100000],
      ['nl.tel-mee-met-taal', 'cofinancing', 49255],
    ]);
    expect(result.ownContributionCents).toBe(745);
    expect(result.evaluations.find((e) => e.schemeId === 'nl.stap')!.eligible).toBe(false);
  }, 60_000);

  it('evaluates on --date and with only the packs of --pack', async () => {
    const dir = join(tmp, 'alleen-nl');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir);
    copyFileSync(join(root, 'assets/packs/nl.json'), join(dir, 'nl.json'));
    const r = await npmMatch(['--case', example('2023-stap-met-oom.json'), '--date', '2026-03-02', '--pack', dir]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const result = arrangementResultSchema.parse(JSON.parse(r.stdout));
    expect(result.referenceDate).toBe('2026-03-02');
    expect(result.evaluations.every((e) => e.packId === 'nl')).toBe(true);
    expect(result.evaluations.find((e) => e.schemeId === 'nl.stap')!.status).toBe('outside-validity');
    expect(result.lines).toEqual([]);
    expect(result.ownContributionCents).toBe(200000);
  }, 60_000);

  it('refuses an invalid case: exit 1, the file and field on stderr, nothing on stdout', async () => {
    const bad = JSON.parse(readFileSync(example('tel-mee-met-taal.json'), 'utf8'));
    bad.work.status = 'werkend';
    const file = join(tmp, 'ongeldig.json');
    writeFileSync(file, JSON.stringify(bad));
    const r = await npmMatch(['--case', file]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('ongeldig.json');
    expect(r.stderr).toContain('$.work.status');
    expect(r.stderr).toContain('"werkend"');
  }, 60_000);

  it('refuses an invalid pack folder, naming the pack file and path', async () => {
    const dir = join(tmp, 'kapot-pakket');
    mkdirSync(dir, { recursive: true });
    const pack = JSON.parse(readFileSync(join(root, 'assets/packs/sector.json'), 'utf8'));
    pack.schemes[2].coverage.caps[0].per = 'per-week';
    writeFileSync(join(dir, 'sector.json'), JSON.stringify(pack));
    const r = await npmMatch(['--case', example('2023-stap-met-oom.json'), '--pack', dir]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('sector.json ($.schemes[2].coverage.caps[0].per)');
    expect(r.stderr).toContain('per-week');
  }, 60_000);

  it('refuses bad arguments with exit 2 and the usage line', async () => {
    const r = await npmMatch(['--case', example('tel-mee-met-taal.json'), '--date', '15-01-2022']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('--date verwacht een bestaande datum als JJJJ-MM-DD; gevonden "15-01-2022"');
    expect(r.stderr).toContain('Gebruik: npm run --silent match');
  }, 60_000);
});

describe('runMatchCli (in process)', () => {
  const ok = example('tel-mee-met-taal.json');
  const cases: Array<[string, string[], number, string]> = [
    ['no arguments', [], 2, '--case ontbreekt'],
    ['--case without a value', ['--case'], 2, '--case heeft een waarde nodig'],
    ['--case followed by another flag', ['--case', '--date', '2022-01-01'], 2, '--case heeft een waarde nodig'],
    ['two cases', ['--case', ok, '--case', ok], 2, 'geef --case maar één keer'],
    ['unknown flag', ['--case', ok, '--verbose'], 2, 'onbekend argument "--verbose"'],
    ['impossible date', ['--case', ok, '--date', '2023-02-29'], 2, 'gevonden "2023-02-29"'],
    ['missing case file', ['--case', join(tmp, 'weg.json')], 1, 'weg.json" bestaat niet'],
    ['case is a folder', ['--case', tmp], 1, 'is een map, geen bestand'],
    ['date before birth', ['--case', ok, '--date', '1970-01-01'], 1, 'ligt vóór de geboortedatum van de cliënt (client.birthDate'],
    ['missing pack folder', ['--case', ok, '--pack', join(tmp, 'geen-map')], 1, 'geen-map: Deze map bestaat niet.'],
  ];
  for (const [what, args, code, text] of cases) {
    it(`${what}: exit ${code}, stderr says so, stdout empty`, () => {
      const r = runMatchCli(args);
      expect(r.code).toBe(code);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(text);
    });
  }

  it('reports a JSON syntax error in the case with its line', () => {
    const file = join(tmp, 'syntax.json');
    writeFileSync(file, '{\n  "formatVersion": 1,\n  "referenceDate": "2022-01-15",\n}');
    const r = runMatchCli(['--case', file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('syntax.json');
    expect(r.stderr).toMatch(/regel 4|line 4|4:/);
  });

  it('accepts --flag=value and prints a result', () => {
    const r = runMatchCli([`--case=${ok}`, '--date=2022-01-20']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).referenceDate).toBe('2022-01-20');
  });
});
