// A pack made for a newer Arrangeur is refused whole, with a message that says what to do.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultPacksDir, loadPackDirs } from '../../electron/packs/load-dir.ts';
import { APP_VERSION, compareVersions } from '../../shared/app-version.ts';
import { parsePack } from '../../shared/packs/parse.ts';

const nlJson = () => JSON.parse(readFileSync(join(defaultPacksDir(), 'nl.json'), 'utf8'));

describe('minAppVersion', () => {
  it('APP_VERSION is the version in package.json', () => {
    expect(APP_VERSION).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
  });

  it('compares versions numerically, pre-releases as their release', () => {
    expect(compareVersions('0.10.0', '0.9.9')).toBe(1);
    expect(compareVersions('1.2.3', '1.2.3')).toBe(0);
    expect(compareVersions('1.2.3-beta.1', '1.2.3')).toBe(0);
    expect(compareVersions('1.2.3', '2.0.0')).toBe(-1);
  });

  it('accepts a pack for this version or older, refuses one for a newer Arrangeur at $.minAppVersion', () => {
    const pack = nlJson();
    expect(parsePack({ ...pack, minAppVersion: '0.0.1' }, 'nl.json').ok).toBe(true);
    expect(parsePack({ ...pack, minAppVersion: APP_VERSION }, 'nl.json').ok).toBe(true);
    const r = parsePack({ ...pack, minAppVersion: '99.0.0' }, 'nl.json');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues).toEqual([
      expect.objectContaining({
        file: 'nl.json',
        path: '$.minAppVersion',
        found: '99.0.0',
        message: `Dit pakket vraagt Arrangeur 99.0.0 of nieuwer; dit is versie ${APP_VERSION}. Werk Arrangeur bij, of gebruik een oudere versie van het pakket.`,
      }),
    ]);
  });

  it('a folder with one too-new pack loads nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'arrangeur-minapp-'));
    try {
      writeFileSync(join(dir, 'a.json'), readFileSync(join(defaultPacksDir(), 'sector.json')));
      writeFileSync(join(dir, 'b.json'), JSON.stringify({ ...nlJson(), minAppVersion: '99.0.0' }));
      const r = loadPackDirs([dir]);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.problems).toEqual([expect.objectContaining({ file: 'b.json', path: '$.minAppVersion' })]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
