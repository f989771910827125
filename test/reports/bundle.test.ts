// The bundle format on its own: the published JSON Schema is current and strict, ages become
// bands, the status month is when the status was set, and rule texts read as plain Dutch.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ageBand, bundleSchemaFiles, parseBundle, statusMonthOf } from '../../shared/reports/bundle.ts';
import { ruleLabel } from '../../shared/reports/report.ts';
import { referencePacks } from '../session/helpers.ts';

const empty = { format: 'arrangeur.report-bundle', formatVersion: 1, period: { from: '2026-01-01', to: '2026-03-31' }, exportedOn: '2026-04-01', packs: [], records: [] };

describe('report bundle format v1', () => {
  it('the committed JSON Schema is the one the code generates (npm run schemas), and refuses extra fields everywhere', () => {
    for (const [name, text] of Object.entries(bundleSchemaFiles())) {
      expect(readFileSync(join(import.meta.dirname, '..', '..', 'schemas', name), 'utf8')).toBe(text);
      const schema = JSON.parse(text) as Record<string, unknown>;
      const objects: Record<string, unknown>[] = [];
      const walk = (v: unknown) => {
        if (Array.isArray(v)) v.forEach(walk);
        else if (v && typeof v === 'object') {
          const o = v as Record<string, unknown>;
          if (o.type === 'object') objects.push(o);
          Object.values(o).forEach(walk);
        }
      };
      walk(schema);
      expect(objects.length).toBeGreaterThanOrEqual(5);
      for (const o of objects) expect(o.additionalProperties).toBe(false);
    }
  });

  it('reads an empty bundle and refuses a period that runs backwards', () => {
    expect(parseBundle('leeg.json', JSON.stringify(empty)).ok).toBe(true);
    const back = parseBundle('terug.json', JSON.stringify({ ...empty, period: { from: '2026-05-01', to: '2026-01-01' } }));
    expect(back.ok).toBe(false);
    if (!back.ok) expect(back.message).toContain('‘terug.json’');
  });

  it('refuses a record that appears twice in one file', () => {
    const record = {
      id: 'a'.repeat(64), version: 1, referenceMonth: '2026-01', statusMonth: '2026-01', status: 'concept', region: 'twente',
      ageBand: '35-44', educationLevel: 'mbo2', workStatus: 'employed', sectorFund: null, trainingKind: 'course', trainingLevel: null,
      trainingPurpose: 'current-job', totalCostCents: 100, ownContributionCents: 100, loanCents: 0, lines: [], refusals: [],
    };
    const twice = parseBundle('dubbel.json', JSON.stringify({ ...empty, records: [record, record] }));
    expect(twice.ok).toBe(false);
    if (!twice.ok) expect(twice.field).toBe('records[1].id');
  });

  it('ages become bands on the peildatum, never dates', () => {
    expect([17, 24, 25, 34, 35, 44, 45, 54, 55, 64, 65, 80].map(ageBand)).toEqual([
      'tot-25', 'tot-25', '25-34', '25-34', '35-44', '35-44', '45-54', '45-54', '55-64', '55-64', '65-plus', '65-plus',
    ]);
  });

  it('the status month is when the current status was first set, not the last re-save', () => {
    const v = (status: string, savedAt: string) => ({ status, savedAt });
    expect(statusMonthOf([v('concept', '2026-01-03'), v('aangevraagd', '2026-02-10'), v('aangevraagd', '2026-04-01')])).toBe('2026-02');
    expect(statusMonthOf([v('concept', '2026-01-03')])).toBe('2026-01');
  });
});

describe('failed rules in plain Dutch, from the packs', () => {
  const packs = referencePacks();
  it('uses the fail text when it needs no case values, else the pass text, else fills in the figure', () => {
    expect(ruleLabel(packs, 'nl.stap', 'geen-studiefinanciering')).not.toContain('{');
    expect(ruleLabel(packs, 'nl.stap', 'minimumleeftijd')).toMatch(/^Voorwaarde niet vervuld: ‘.*18 jaar.*’\.$/);
    const age = ruleLabel(packs, 'nl.levenlanglerenkrediet', 'leeftijd-bij-start');
    expect(age).not.toContain('{');
    expect(age).toMatch(/jonger is dan \d+ jaar\.$/);
    expect(ruleLabel(packs, 'nl.stap', 'bestaat-niet')).toBe('Regel ‘bestaat-niet’ niet voldaan.');
    expect(ruleLabel(packs, 'nl.stap', 'parameter')).toBe('Een bedrag of grens van de regeling is niet bekend.');
  });
});
