// Every figure in a pack says how sure it is: verified, unverified, disputed (with what each
// source says) or unknown. Packs written before `status` existed (only `verified`) still load.
import { describe, expect, it } from 'vitest';
import { parsePack } from '../../shared/packs/parse.ts';
import { valueStatus } from '../../shared/packs/format.ts';
import { packJson, scheme } from '../matcher/fixtures.ts';

type Json = Record<string, unknown>;

const withParam = (p: Json, sources: Json = {}) =>
  packJson(
    [
      scheme('test.s', {
        coverage: { categories: ['tuition'], caps: [{ per: 'case', amount: { param: 'max' } }] },
        parameters: { max: p },
      }),
    ],
    { sources: { bron: { title: 'Testbron', url: 'https://example.org/bron' }, ...sources } },
  );

const base = { label: 'Maximum', unit: 'cents', source: 'bron', lastVerified: '2026-11-29' };
const twoSources = { a: { title: 'Bron A', url: 'https://example.org/a' }, b: { title: 'Bron B', url: 'https://example.org/b' } };
const disputed = (value: number) => ({
  ...base,
  status: 'disputed',
  values: [{ from: '2020-01-01', value, claims: [{ value: 75_000, source: 'a' }, { value: 80_000, source: 'b' }] }],
  note: 'Bronnen verschillen.',
});

const issuesOf = (json: Json) => {
  const r = parsePack(json, 'test.json');
  return r.ok ? [] : r.issues.map((i) => `${i.path}: ${i.message}`);
};

describe('parameter status', () => {
  it('a v1 pack with only the verified flag still loads, and its flag gives the status', () => {
    const r = parsePack(withParam({ ...base, values: [{ from: '2020-01-01', value: 1000 }], verified: true }), 'oud.json');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const p = r.pack.schemes[0]!.parameters['max']!;
    expect(valueStatus(p, p.values[0]!)).toBe('verified');
    expect(valueStatus({ verified: false }, { value: 5 })).toBe('unverified');
    expect(valueStatus({ status: 'verified' }, { value: null })).toBe('unknown');
  });

  it('a parameter without status and without verified is refused with a Dutch message', () => {
    expect(issuesOf(withParam({ ...base, values: [{ from: '2020-01-01', value: 1000 }] }))).toEqual([
      '$.schemes[0].parameters.max.status: De parameter heeft geen status. Geef aan hoe zeker het getal is.',
    ]);
  });

  it('status and verified may not contradict each other', () => {
    expect(issuesOf(withParam({ ...base, values: [{ from: '2020-01-01', value: 1000 }], status: 'unverified', verified: true })).join('\n')).toContain(
      '"verified": true past niet bij "status": "unverified".',
    );
  });

  it('an unknown figure (null) cannot be verified or disputed, and a known figure cannot be unknown', () => {
    expect(issuesOf(withParam({ ...base, values: [{ from: '2020-01-01', value: null }], status: 'verified' })).join('\n')).toContain(
      'Een onbekend getal (null) kan niet de status "verified" hebben.',
    );
    expect(issuesOf(withParam({ ...base, values: [{ from: '2020-01-01', value: 5, status: 'unknown' }], status: 'unverified', note: 'x' })).join('\n')).toContain(
      'Het getal 5 is bekend, maar heeft de status "unknown".',
    );
  });

  it('a disputed figure names each side with its source and is set to the lowest side', () => {
    expect(issuesOf(withParam(disputed(75_000), twoSources))).toEqual([]);
    expect(issuesOf(withParam(disputed(80_000), twoSources)).join('\n')).toContain(
      'Een betwist getal geldt met de laagste waarde uit de bronnen (75000); gevonden 80000.',
    );
    const noClaims = { ...base, status: 'disputed', values: [{ from: '2020-01-01', value: 75_000 }] };
    expect(issuesOf(withParam(noClaims)).join('\n')).toContain('Een betwist getal noemt wat elke bron zegt.');
    const unknownSource = disputed(75_000);
    expect(issuesOf(withParam(unknownSource, { a: twoSources.a })).join('\n')).toContain('Bron "b" staat niet in "sources" van dit pakket.');
  });

  it('claims on a figure that is not disputed are refused', () => {
    const p = { ...base, status: 'verified', values: [{ from: '2020-01-01', value: 75_000, claims: [{ value: 75_000, source: 'bron' }, { value: 80_000, source: 'bron' }] }] };
    expect(issuesOf(withParam(p)).join('\n')).toContain('"claims" hoort alleen bij een betwist getal; de status is "verified".');
  });

  it('a dated value may carry its own status and source', () => {
    const p = {
      ...base,
      status: 'verified',
      values: [
        { from: '2018-07-01', value: 250_000 },
        { from: '2021-01-01', value: null, status: 'unknown', source: 'a', note: 'Niet gevonden.' },
      ],
    };
    expect(issuesOf(withParam(p, twoSources))).toEqual([]);
    expect(issuesOf(withParam({ ...p, values: [p.values[0], { ...p.values[1], source: 'x' }] }, twoSources)).join('\n')).toContain('Bron "x" staat niet in "sources"');
  });

  it('a study-year cap needs the day the study year starts', () => {
    const json = packJson([
      scheme('test.s', {
        coverage: { categories: ['tuition'], caps: [{ per: 'study-year', amount: { param: 'max' } }] },
        parameters: { max: { ...base, status: 'verified', values: [{ from: '2020-01-01', value: 1000 }] } },
      }),
    ]);
    expect(issuesOf(json).join('\n')).toContain('Een maximum per studiejaar heeft een begindatum van het studiejaar nodig.');
  });
});
