// The one scheme index (issue 8.5: it existed as shared schemeIndex and renderer indexSchemes).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePack } from '../../shared/packs/parse.ts';
import { findSectorFunds, indexSchemes, mainSource, schemeChoices, sectorFundsOf } from '../../shared/packs/scheme-index.ts';

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
  it('names each sector fund by its own name, not the pack title (issue 12, item 2)', () => {
    const funds = sectorFundsOf(packs);
    const sector = packs.find((p) => p.scope.kind === 'sector')!;
    expect(funds.map((f) => f.id).sort()).toEqual([...(sector.scope.kind === 'sector' ? sector.scope.sectorFunds : [])].sort());
    expect(new Set(funds.map((f) => f.name)).size).toBe(funds.length);
    expect(funds.some((f) => f.name === sector.title)).toBe(false);
    expect(funds.find((f) => f.id === 'oom')?.name).toBe('OOM');
    expect(funds.find((f) => f.id === 'horeca')?.name).toBe('cao Horeca');
    expect(funds.find((f) => f.id === 'oom')?.who).toContain('mkb-metaal');
  });
  it('finds a fund by its collective agreement or sector, whatever the case or accents', () => {
    const funds = sectorFundsOf(packs);
    const ids = (q: string) => findSectorFunds(funds, q).map((f) => f.id);
    expect(ids('mkb-metaal')).toEqual(['oom']);
    expect(ids('CAO horeca')).toEqual(['horeca']);
    expect(ids('uitzendbureau')).toEqual(['doorzaam']);
    expect(ids('bakkerij')).toEqual([]);
    expect(ids('bakkersbedrijf')).toEqual(['sfb-bakkers']);
    expect(ids('Metalektro')).toEqual(['a-o-metalektro']);
    expect(ids('installatiebranche')).toEqual(['wij-techniek']);
    expect(ids('  ')).toHaveLength(funds.length);
  });
});
