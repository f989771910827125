// The one scheme index (issue 8.5: it existed as shared schemeIndex and renderer indexSchemes).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePack } from '../../shared/packs/parse.ts';
import { indexSchemes, mainSource, schemeChoices, sectorFundsOf } from '../../shared/packs/scheme-index.ts';

const root = path.resolve(import.meta.dirname, '../..');
const load = (file: string) => {
  const r = parsePack(readFileSync(path.join(root, 'assets/packs', file), 'utf8'), file);
  if (!r.ok) throw new Error(file);
  return r.pack;
};

describe('scheme index', () => {
  const packs = [load('nl.json'), load('sector.json')];
  it('finds every scheme with its pack and main source', () => {
    const index = indexSchemes(packs);
    expect(index.size).toBe(packs.reduce((n, p) => n + p.schemes.length, 0));
    for (const pack of packs) {
      for (const scheme of pack.schemes) {
        const entry = index.get(scheme.id);
        expect(entry?.pack).toBe(pack);
        if (scheme.sources.length > 0) expect(mainSource(entry)?.id).toBe(scheme.sources[0]);
      }
    }
    expect(mainSource(undefined)).toBeNull();
  });
  it('lists sector funds and scheme choices sorted by Dutch name', () => {
    const funds = sectorFundsOf(packs);
    expect(funds.length).toBeGreaterThan(0);
    const names = schemeChoices(packs).map((c) => c.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'nl')));
  });
});
