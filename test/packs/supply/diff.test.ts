// The change list between two pack versions, in plain Dutch (shared/packs/diff.ts), and the
// test-coverage report of `npm run pack -- test` (shared/matcher/pack-test-coverage.ts).
import { describe, expect, it } from 'vitest';
import { diffPacks, formatFigure, formatPackDiff } from '../../../shared/packs/diff.ts';
import { packTestCoverage } from '../../../shared/matcher/pack-test-coverage.ts';
import type { Pack } from '../../../shared/packs/format.ts';
import { shippedPacks, twente } from './helpers.ts';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const withCap = (values: Array<{ from: string; value: number | null }>) => (p: Json) => {
  const param = p.schemes[0].parameters.chequebedrag;
  param.label = 'Maximum per opleiding';
  param.values = values;
  param.verified = values.every((v) => v.value !== null);
};

describe('diffPacks', () => {
  it('says a lowered cap the way the adviser reads it, with the date it applies from', () => {
    const a = twente('1.0.0', { edit: withCap([{ from: '2024-01-01', value: 100000 }]) }).pack;
    const b = twente('1.1.0', { edit: withCap([{ from: '2024-01-01', value: 100000 }, { from: '2027-01-01', value: 75000 }]) }).pack;
    const changes = diffPacks(a, b);
    expect(changes.map((c) => c.text)).toEqual(['Maximum per opleiding verlaagd van € 1.000,00 naar € 750,00, geldig vanaf 01-01-2027.']);
    expect(changes[0]).toMatchObject({ schemeId: 'regio.twente.vakmanschap', kind: 'changed' });
    expect(formatPackDiff(a, b)).toBe(
      'Wijzigingen in pakket "regio.twente" van versie 1.0.0 naar 1.1.0:\n- Twents Fonds voor Vakmanschap (scholingscheque) (regio.twente.vakmanschap): Maximum per opleiding verlaagd van € 1.000,00 naar € 750,00, geldig vanaf 01-01-2027.',
    );
  });

  it('a raise, a figure that becomes known, and one that is no longer known', () => {
    const a = twente('1.0.0', { edit: withCap([{ from: '2024-01-01', value: 100000 }]) }).pack;
    expect(diffPacks(a, twente('1.1.0', { edit: withCap([{ from: '2024-01-01', value: 120000 }]) }).pack).map((c) => c.text)).toEqual([
      'Maximum per opleiding verhoogd van € 1.000,00 naar € 1.200,00, geldig vanaf 01-01-2024.',
    ]);
    const unknown = twente('1.0.0', { edit: withCap([{ from: '2024-01-01', value: null }]) }).pack;
    expect(diffPacks(unknown, a).map((c) => c.text)).toEqual([
      'Maximum per opleiding vastgesteld op € 1.000,00 (was onbekend), geldig vanaf 01-01-2024.',
      'Maximum per opleiding is nu bevestigd in een bron (gecontroleerd op ' + a.schemes[0]!.parameters.chequebedrag!.lastVerified.split('-').reverse().join('-') + ').',
    ]);
  });

  it('schemes added and removed, validity, rules, stacking and budget', () => {
    const a = twente('1.0.0').pack;
    const b = twente('1.1.0', {
      edit: (p: Json) => {
        const s = p.schemes[0];
        s.validTo = '2027-12-31';
        s.stacking.mode = 'stacks';
        s.budget.status = 'ceiling-reached';
        const leafs = s.eligibility.all as Json[];
        leafs.splice(leafs.findIndex((l) => l.id === 'kansberoep-twente'), 1);
      },
    }).pack;
    const texts = diffPacks(a, b).map((c) => c.text);
    expect(texts).toContain('Einddatum vastgesteld op 31-12-2027.');
    expect(texts.some((t) => t.startsWith('Voorwaarde "kansberoep-twente" vervalt'))).toBe(true);
    expect(texts).toContain('Combineren gewijzigd van "alleen voor wat andere regelingen overlaten" naar "samen met andere regelingen".');
    expect(texts.some((t) => t.startsWith('Budget gewijzigd van open naar op (plafond bereikt)'))).toBe(true);

    const nl = shippedPacks()[1]!; // sector
    const fewer: Pack = { ...nl, version: '1.1.0', schemes: nl.schemes.slice(1) };
    expect(diffPacks(nl, fewer)).toEqual([{ schemeId: nl.schemes[0]!.id, schemeName: nl.schemes[0]!.name, kind: 'removed', text: 'Deze regeling staat niet meer in het pakket.' }]);
    expect(diffPacks(fewer, nl)[0]).toMatchObject({ kind: 'added' });
    expect(diffPacks(nl, nl)).toEqual([]);
  });

  it('formats figures per unit', () => {
    expect(formatFigure(33.5, 'percent')).toBe('33,5%');
    expect(formatFigure(1, 'months')).toBe('1 maand');
    expect(formatFigure(2, 'years')).toBe('2 jaar');
    expect(formatFigure(null, 'cents')).toBe('onbekend');
  });
});

describe('packTestCoverage', () => {
  it('counts rules and branches and names the gaps by JSON path', () => {
    const [twentePack, sector] = shippedPacks();
    const cov = packTestCoverage(sector!);
    expect(packTestCoverage(twentePack!).rules).toBeGreaterThan(0);
    expect(cov.rules).toBeGreaterThan(10);
    expect(cov.rulesCovered).toBeLessThanOrEqual(cov.rules);
    for (const g of cov.gaps) expect(g.path).toMatch(/^\$\.schemes\[\d+\]/);
  });

  it('a pack without tests reaches nothing', () => {
    const p = twente('1.0.0', { edit: (j: Json) => (j.tests = []) }).pack;
    const cov = packTestCoverage(p);
    expect(cov.rulesCovered).toBe(0);
    expect(cov.gaps[0]!.message).toContain('Geen enkele test bereikt deze regeling');
  });

  it('a rule only ever seen passing is reported as never failed', () => {
    const p = twente('1.0.0', { edit: (j: Json) => (j.tests = (j.tests as Json[]).slice(0, 1)) }).pack;
    const cov = packTestCoverage(p);
    expect(cov.gaps.some((g) => g.message.includes('is in geen test niet gehaald'))).toBe(true);
  });
});
