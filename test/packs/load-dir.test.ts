// Loading pack folders from disk: all or nothing, and every refusal names the file and the path.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultPacksDir, loadPackDirs, loadPackDirsOrThrow, loadPackFiles, loadReferencePacks, PackLoadError } from '../../electron/packs/load-dir.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'arrangeur-packs-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const reference = (name: string) => join(defaultPacksDir(), name);
const nlJson = () => JSON.parse(readFileSync(reference('nl.json'), 'utf8'));

describe('defaultPacksDir / loadReferencePacks', () => {
  it('finds the shipped packs and loads them in file-name order', () => {
    expect(loadReferencePacks().map((p) => p.id)).toEqual(['gemeente.maastricht', 'nl', 'regio.twente', 'sector']);
  });
});

describe('loadPackDirs', () => {
  it('loads every *.json of the folders, sorted, and ignores other files', () => {
    copyFileSync(reference('sector.json'), join(dir, 'b.json'));
    copyFileSync(reference('nl.json'), join(dir, 'a.json'));
    writeFileSync(join(dir, 'LEESMIJ.txt'), 'geen pakket');
    const r = loadPackDirs([dir]);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.packs.map((p) => p.id)).toEqual(['nl', 'sector']);
  });

  it('refuses the whole set when one pack is wrong, naming the file, the path, found and expected', () => {
    copyFileSync(reference('nl.json'), join(dir, 'a-goed.json'));
    const broken = nlJson();
    broken.schemes[0].coverage.percent = { param: 'bestaat-niet' };
    broken.schemes[1].eligibility.all[0].op = 'groterDan';
    writeFileSync(join(dir, 'b-kapot.json'), JSON.stringify(broken, null, 2));
    const r = loadPackDirs([dir]);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.every((p) => p.file === 'b-kapot.json')).toBe(true);
    const paths = r.problems.map((p) => p.path);
    expect(paths).toContain('$.schemes[0].coverage.percent.param');
    expect(paths).toContain('$.schemes[1].eligibility.all[0].op');
    const op = r.problems.find((p) => p.path === '$.schemes[1].eligibility.all[0].op')!;
    expect(op.message).toContain('groterDan');
    expect(op.message).toMatch(/verwacht/i);
    expect(r.message).toContain('b-kapot.json ($.schemes[0].coverage.percent.param)');
  });

  it('reports a JSON syntax error with line and column', () => {
    writeFileSync(join(dir, 'kapot.json'), '{\n  "formatVersion": 1,\n  "id": "x",\n}\n');
    const r = loadPackDirs([dir]);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problems[0]!.file).toBe('kapot.json');
      expect(r.problems[0]!.message).toMatch(/regel 4/);
    }
  });

  it('refuses two files with the same pack id', () => {
    copyFileSync(reference('nl.json'), join(dir, 'nl-1.json'));
    copyFileSync(reference('nl.json'), join(dir, 'nl-2.json'));
    const r = loadPackDirs([dir]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems).toEqual([{ file: 'nl-2.json', path: '$.id', message: 'Pakket-id "nl" staat ook in nl-1.json. Elk pakket mag maar één keer geladen worden.' }]);
  });

  it('says so when a folder is missing, is a file, or holds no packs', () => {
    const empty = join(dir, 'leeg');
    mkdirSync(empty);
    writeFileSync(join(dir, 'bestand.json'), '{}');
    const r = loadPackDirs([join(dir, 'bestaat-niet'), join(dir, 'bestand.json'), empty]);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problems.map((p) => [p.file, p.message])).toEqual([
        ['bestaat-niet', 'Deze map bestaat niet.'],
        ['bestand.json', 'Dit is geen map. Geef een map met pakketbestanden (.json).'],
        ['leeg', 'In deze map staan geen pakketbestanden (.json).'],
      ]);
    }
  });

  it('throws a PackLoadError with the problems from the OrThrow variant', () => {
    writeFileSync(join(dir, 'x.json'), '[]');
    expect(() => loadPackDirsOrThrow([dir])).toThrow(PackLoadError);
  });
});

describe('loadPackFiles', () => {
  it('reports a missing file without reading the rest as a partial set', () => {
    const r = loadPackFiles([reference('nl.json'), join(dir, 'weg.json')]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems).toEqual([{ file: 'weg.json', path: '', message: 'Het bestand bestaat niet.' }]);
  });
});
