// Issue 13.5: a 105 MB pack took 8 s to read and refuse, at every start. A pack file over
// MAX_PACK_FILE_BYTES is now refused on its size alone, with a Dutch message naming the file
// and the limit. The test files are sparse (truncate): huge on stat, nothing on disk, and
// reading one would take seconds, which the time bound would catch.
import { copyFileSync, mkdirSync, mkdtempSync, openSync, closeSync, ftruncateSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultPacksDir, loadPackDirs, loadPackFiles, MAX_PACK_FILE_BYTES, readPackFile } from '../../electron/packs/load-dir.ts';
import { runMatchCli } from '../../scripts/match.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'arrangeur-pack-size-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const sparse = (name: string, bytes: number): string => {
  const path = join(dir, name);
  const fd = openSync(path, 'w');
  ftruncateSync(fd, bytes);
  closeSync(fd);
  return path;
};

describe('pack file size limit', () => {
  it('is 5 MB, a hundred times the largest shipped pack', () => {
    expect(MAX_PACK_FILE_BYTES).toBe(5 * 1024 * 1024);
  });

  it('refuses a 2 GiB file at once, naming the file and the limit, without reading it', () => {
    const path = sparse('enorm.json', 2 * 1024 * 1024 * 1024);
    const started = performance.now();
    const r = loadPackFiles([path]);
    expect(performance.now() - started).toBeLessThan(500);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toEqual([
      { file: 'enorm.json', path: '', message: 'Het bestand is 2048,0 MB; een pakketbestand mag hoogstens 5 MB zijn. Het is niet gelezen.' },
    ]);
    expect(r.message).toContain('enorm.json: Het bestand is 2048,0 MB; een pakketbestand mag hoogstens 5 MB zijn.');
  });

  it('refuses one byte over the limit and reads a file exactly at it', () => {
    expect(readPackFile(sparse('te-groot.json', MAX_PACK_FILE_BYTES + 1))).toEqual({
      ok: false,
      message: 'Het bestand is 5,0 MB; een pakketbestand mag hoogstens 5 MB zijn. Het is niet gelezen.',
    });
    const atLimit = readPackFile(sparse('precies.json', MAX_PACK_FILE_BYTES));
    expect(atLimit.ok).toBe(true);
    if (atLimit.ok) expect(atLimit.text.length).toBe(MAX_PACK_FILE_BYTES);
  });

  it('refuses things that are not regular files (a device never ends)', () => {
    expect(readPackFile('/dev/zero')).toEqual({ ok: false, message: 'Dit is geen gewoon bestand.' });
    mkdirSync(join(dir, 'map.json'));
    expect(readPackFile(join(dir, 'map.json'))).toEqual({ ok: false, message: 'Dit is een map, geen bestand.' });
    expect(readPackFile(join(dir, 'weg.json'))).toEqual({ ok: false, message: 'Het bestand bestaat niet.' });
  });

  it('refuses the whole folder when one pack in it is too large (the start path)', () => {
    copyFileSync(join(defaultPacksDir(), 'nl.json'), join(dir, 'a-nl.json'));
    sparse('b-groot.json', 105 * 1024 * 1024);
    const r = loadPackDirs([dir]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map((p) => p.file)).toEqual(['b-groot.json']);
  });

  it('is what the CLI says for --pack with a folder holding a too large pack', () => {
    sparse('groot.json', 105 * 1024 * 1024);
    const started = performance.now();
    const outcome = runMatchCli(['--case', join(defaultPacksDir(), '..', 'examples', 'tel-mee-met-taal.json'), '--pack', dir]);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(outcome.code).toBe(1);
    expect(outcome.stderr).toContain('groot.json: Het bestand is 105,0 MB; een pakketbestand mag hoogstens 5 MB zijn. Het is niet gelezen.');
  });
});
