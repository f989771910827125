// The pack author's CLI (`npm run pack -- ...`, scripts/pack.ts): init, test, keygen, sign,
// verify, diff and publish, with Dutch errors that name the file, JSON path and expectation.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runPackCli } from '../../scripts/pack.ts';

const root = resolve(import.meta.dirname, '../..');
const tmp = mkdtempSync(join(tmpdir(), 'arrangeur-pack-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const at = (...p: string[]) => join(tmp, ...p);

const editPack = (dir: string, edit: (p: Record<string, any>) => void) => { // eslint-disable-line @typescript-eslint/no-explicit-any
  const file = join(dir, 'pack.json');
  const p = JSON.parse(readFileSync(file, 'utf8'));
  edit(p);
  writeFileSync(file, JSON.stringify(p, null, 2));
};

describe('npm run pack', () => {
  it('init writes a template pack whose own tests pass, and never overwrites', async () => {
    const r = await runPackCli(['init', at('v1'), '--id', 'regio.oost', '--region', 'twente']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Nieuw pakket "regio.oost"');
    const t = await runPackCli(['test', at('v1')]);
    expect(t.stdout).toContain('2 van 2 tests geslaagd');
    expect(t.stdout).toContain('Regels die de tests zowel gehaald als niet gehaald zien: 1 van 1.');
    expect(t.code).toBe(0);
    expect((await runPackCli(['init', at('v1'), '--id', 'regio.oost'])).code).toBe(1);
    expect((await runPackCli(['init', at('x'), '--id', 'Regio Oost'])).code).toBe(2);
  });

  it('keygen writes a private key only the owner can read and prints the key id in groups', async () => {
    const r = await runPackCli(['keygen', at('team'), '--name', 'Team Oost']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Sleutel-id: [0-9A-F]{4} [0-9A-F]{4} [0-9A-F]{4} [0-9A-F]{4}/);
    expect(statSync(at('team.key')).mode & 0o777).toBe(0o600);
    expect((await runPackCli(['keygen', at('team'), '--name', 'X'])).code).toBe(1);
  });

  it('publish writes signed versions into a folder feed; diff says the change in Dutch; verify checks it', async () => {
    const p1 = await runPackCli(['publish', at('v1'), '--feed', at('feed'), '--key', at('team.key'), '--today', '2026-06-01']);
    expect(p1.stderr).toBe('');
    expect(p1.code).toBe(0);
    mkdirSync(at('v2'));
    writeFileSync(at('v2', 'pack.json'), readFileSync(at('v1', 'pack.json')));
    editPack(at('v2'), (p) => {
      p.version = '0.2.0';
      p.schemes[0].parameters.maximum.values.push({ from: '2027-01-01', value: 75000 });
    });
    const d = await runPackCli(['diff', at('v1'), at('v2')]);
    expect(d.stdout).toBe(
      'Wijzigingen in pakket "regio.oost" van versie 0.1.0 naar 0.2.0:\n- Voorbeeldregeling (vervang mij) (regio.oost.voorbeeld): Maximum per opleiding verlaagd van € 1.000,00 naar € 750,00, geldig vanaf 01-01-2027.\n',
    );
    const p2 = await runPackCli(['publish', at('v2'), '--feed', at('feed'), '--key', at('team.key'), '--today', '2026-06-02']);
    expect(p2.stdout).toContain('volgt op 0.1.0');
    expect(readdirSync(at('feed', 'regio.oost')).sort()).toEqual(['0.1.0', '0.2.0']);
    expect(JSON.parse(readFileSync(at('feed', 'index.json'), 'utf8')).packs).toEqual([
      { packId: 'regio.oost', version: '0.1.0' },
      { packId: 'regio.oost', version: '0.2.0' },
    ]);
    // Publishing the same version again is refused.
    expect((await runPackCli(['publish', at('v2'), '--feed', at('feed'), '--key', at('team.key')])).stderr).toContain('heeft al versie 0.2.0');

    const v = await runPackCli(['verify', at('feed', 'regio.oost', '0.2.0'), '--pub', at('team.pub.json'), '--scope', 'regio.oost.', '--today', '2026-06-02']);
    expect(v.stdout).toContain('In orde: pakket "regio.oost" 0.2.0');
    const out = await runPackCli(['verify', at('feed', 'regio.oost', '0.2.0'), '--pub', at('team.pub.json'), '--scope', 'regio.west.', '--today', '2026-06-02']);
    expect(out.code).toBe(1);
    expect(out.stderr).toContain('mag pakket "regio.oost" niet uitgeven');
    const packFile = at('feed', 'regio.oost', '0.2.0', 'pack.json');
    writeFileSync(packFile, readFileSync(packFile, 'utf8').replace('100000', '100001'));
    const bad = await runPackCli(['verify', at('feed', 'regio.oost', '0.2.0'), '--pub', at('team.pub.json'), '--today', '2026-06-02']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('Bestand "pack.json" is veranderd of beschadigd');
  });

  it('sign writes manifest.json and manifest.sig beside the pack', async () => {
    const r = await runPackCli(['sign', at('v1'), '--key', at('team.key'), '--expires', '2027-01-01', '--today', '2026-06-01']);
    expect(r.code).toBe(0);
    expect(existsSync(at('v1', 'manifest.json')) && existsSync(at('v1', 'manifest.sig'))).toBe(true);
    expect((await runPackCli(['verify', at('v1'), '--pub', at('team.pub.json'), '--today', '2026-06-01'])).code).toBe(0);
    expect((await runPackCli(['sign', at('v1'), '--key', at('team.key'), '--expires', '2020-01-01'])).code).toBe(2);
  });

  it('a broken pack: the file, the JSON path and what was expected, in Dutch; nothing published', async () => {
    mkdirSync(at('broken'));
    writeFileSync(at('broken', 'pack.json'), readFileSync(at('v1', 'pack.json')));
    editPack(at('broken'), (p) => (p.schemes[0].coverage.caps[0].amount.param = 'maximun'));
    const r = await runPackCli(['test', at('broken')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(join(at('broken'), 'pack.json'));
    expect(r.stderr).toContain('$.schemes[0].coverage.caps[0].amount.param');
    expect(r.stderr).toContain('verwacht:');
    editPack(at('broken'), (p) => {
      p.schemes[0].coverage.caps[0].amount.param = 'maximum';
      p.version = '0.9.0';
      p.tests[0].expect.ownContributionCents = 1;
    });
    const pub = await runPackCli(['publish', at('broken'), '--feed', at('feed'), '--key', at('team.key')]);
    expect(pub.code).toBe(1);
    expect(pub.stderr).toContain('Niet gepubliceerd');
    expect(readdirSync(at('feed', 'regio.oost'))).not.toContain('0.9.0');
  });

  it('wrong arguments give the usage and exit code 2', async () => {
    expect((await runPackCli(['onzin'])).code).toBe(2);
    expect((await runPackCli(['diff', at('v1')])).code).toBe(2);
    expect((await runPackCli(['publish', at('v1'), '--feed'])).code).toBe(2);
    expect((await runPackCli(['test', at('v1'), '--bestaat-niet', 'x'])).stderr).toContain('onbekende optie');
  });

  it('runs as an npm script from the folder the author is in', async () => {
    const env = { ...process.env, PATH: `${dirname(process.execPath)}${delimiter}${process.env.PATH ?? ''}` };
    const r = await new Promise<{ code: number | null; stdout: string; stderr: string }>((done, fail) => {
      const child = spawn('npm', ['--prefix', root, 'run', '--silent', 'pack', '--', 'diff', 'v1', 'v2'], { cwd: tmp, env });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (b: Buffer) => (stdout += b.toString()));
      child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
      child.on('error', fail);
      child.on('close', (code) => done({ code, stdout, stderr: stderr.replace(/^npm warn .*\n/gm, '') }));
    });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('verlaagd van € 1.000,00 naar € 750,00, geldig vanaf 01-01-2027');
  }, 30_000);
});
