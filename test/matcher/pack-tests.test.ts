// The scheme-test runner: how test cases are built from the base case, and that a failing test
// says in Dutch what was expected and what came out (the OpenFisca complaint, turned around).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultPacksDir } from '../../electron/packs/load-dir.ts';
import type { Pack, SchemeTest } from '../../shared/packs/format.ts';
import { parsePack } from '../../shared/packs/parse.ts';
import { mergeCase, runPackTests } from '../../shared/matcher/pack-tests.ts';

const nl = (): Pack => {
  const parsed = parsePack(readFileSync(join(defaultPacksDir(), 'nl.json'), 'utf8'), 'nl.json');
  if (!parsed.ok) throw new Error('nl.json does not load');
  return parsed.pack;
};
const withTests = (tests: SchemeTest[]): Pack => ({ ...nl(), tests });

describe('mergeCase', () => {
  it('merges objects key by key, replaces arrays and plain values, and keeps the base intact', () => {
    const base = { a: { b: 1, c: [1, 2], d: { e: 'x' } }, f: 'y', g: null };
    const merged = mergeCase(base, { a: { c: [3], d: { e: 'z' } }, g: { h: 1 }, i: false });
    expect(merged).toEqual({ a: { b: 1, c: [3], d: { e: 'z' } }, f: 'y', g: { h: 1 }, i: false });
    expect(base).toEqual({ a: { b: 1, c: [1, 2], d: { e: 'x' } }, f: 'y', g: null });
  });
  it('lets a test set a field to null', () => {
    expect(mergeCase({ work: { sectorFund: 'oom' } }, { work: { sectorFund: null } })).toEqual({ work: { sectorFund: null } });
  });
});

describe('runPackTests', () => {
  it('passes a correct test', () => {
    const [r] = runPackTests(withTests([{ name: 'goed', case: {}, expect: { lines: [{ schemeId: 'nl.stap', amountCents: 100000 }], ownContributionCents: 20000 } }]));
    expect(r).toEqual({ name: 'goed', passed: true, failures: [] });
  });

  it('explains every mismatch in Dutch, with amounts in euros', () => {
    const [r] = runPackTests(
      withTests([
        {
          name: 'fout',
          case: {},
          expect: {
            eligible: { 'nl.stap': false, 'nl.tel-mee-met-taal': true },
            failedRules: { 'nl.tel-mee-met-taal': ['in-dienstbetrekking'] },
            lines: [{ schemeId: 'nl.stap', amountCents: 90000, kind: 'grant' }],
            ownContributionCents: 30000,
            loanCents: 5,
          },
        },
      ]),
    );
    expect(r!.passed).toBe(false);
    expect(r!.failures).toEqual([
      'Regeling nl.stap: verwacht "komt niet in aanmerking", maar de cliënt komt er wel voor in aanmerking.',
      'Regeling nl.tel-mee-met-taal: verwacht "komt in aanmerking", maar de cliënt komt er niet voor in aanmerking (niet gehaald: basisvaardigheden-onvoldoende, basisvaardigheden-opleiding).',
      'Regeling nl.tel-mee-met-taal: verwacht niet gehaalde regels in-dienstbetrekking, gevonden basisvaardigheden-onvoldoende, basisvaardigheden-opleiding.',
      'Verwachte financieringsregel ontbreekt: nl.stap (grant) € 900,00. Gevonden regels: nl.stap (grant) € 1.000,00.',
      'Onverwachte financieringsregel: nl.stap (grant) € 1.000,00. Gevonden regels: nl.stap (grant) € 1.000,00.',
      'Eigen bijdrage: verwacht € 300,00, berekend € 200,00.',
      'Lening: verwacht € 0,05, berekend € 0,00.',
    ]);
  });

  it('expects exactly the lines listed: an empty list means no funding at all', () => {
    const [r] = runPackTests(withTests([{ name: 'leeg', case: {}, expect: { lines: [] } }]));
    expect(r!.failures).toEqual(['Onverwachte financieringsregel: nl.stap (grant) € 1.000,00. Gevonden regels: nl.stap (grant) € 1.000,00.']);
  });

  it('names a scheme the result does not contain', () => {
    const pack = withTests([{ name: 'onbekend', case: {}, expect: { eligible: { 'nl.bestaat-niet': true } } }]);
    expect(runPackTests(pack)[0]!.failures).toEqual(['Regeling nl.bestaat-niet staat niet in het resultaat.']);
  });

  it('refuses an invalid test case with the path and what was found', () => {
    const [r] = runPackTests(withTests([{ name: 'kapot', case: { client: { birthDate: '1980-13-01' } }, expect: { ownContributionCents: 0 } }]));
    expect(r!.passed).toBe(false);
    expect(r!.failures[0]).toBe('De casus van test 1 "kapot" is ongeldig.');
    expect(r!.failures[1]).toContain('$.client.birthDate');
    expect(r!.failures[1]).toContain('1980-13-01');
  });

  it('runs only the named tests when asked', () => {
    const all = runPackTests(nl());
    const some = runPackTests(nl(), { names: ['STAP: gestopt na 2023'] });
    expect(all.length).toBeGreaterThan(10);
    expect(some.map((r) => r.name)).toEqual(['STAP: gestopt na 2023']);
  });
});
