// The Regelingen screens' pure parts: a scheme's conditions and figures in words without a client,
// the search over the schemes in use, what the supply-chain writes make stale, and the wait for a
// re-evaluation pass the services start just after they answer.
import { describe, expect, it } from 'vitest';
import type { PackInUse } from '../../shared/contract/packs.ts';
import { effects, keys } from '../../renderer/data/api.ts';
import { EXPECT_AT_MOST_MS, expectReevaluation, settleExpectation, useReevaluationExpectation } from '../../renderer/data/reevaluation.ts';
import { conditionText, conditionTree, figuresOf, filterSchemes, ruleSentence, schemeRows, validityText } from '../../renderer/features/packs/schemeText.ts';
import { shippedPacks, twente } from '../packs/supply/helpers.ts';
import type { LeafRule } from '../../shared/packs/format.ts';

const inUse = (id: string, layer: PackInUse['layer'], layerNl: string): PackInUse => ({
  id,
  title: id,
  version: '1.0.0',
  layer,
  layerNl,
  signature: 'shipped',
  signatureText: 'Meegeleverd met Arrangeur',
  publisher: null,
  keyId: null,
  keyIdGrouped: null,
  published: null,
  expires: null,
  expired: false,
  installedAt: null,
  feed: null,
  schemeCount: 1,
  versions: ['1.0.0'],
});

describe('a scheme in words, without a client', () => {
  const { pack } = twente('1.0.0', {
    edit: (p) => {
      const json = p as { schemes: Array<{ parameters: Record<string, Record<string, unknown>> }> };
      const param = json.schemes[0]!.parameters.chequebedrag!;
      json.schemes[0]!.parameters.chequebedrag = { ...param, values: [{ from: '2019-01-01', value: 100_000 }, { from: '2027-01-01', value: 75_000 }], verified: true };
    },
  });
  const scheme = pack.schemes[0]!;

  it('words each condition from its fact, operator and value, and keeps the pack sentence', () => {
    const tree = conditionTree(scheme.eligibility, scheme, '2026-06-01');
    expect(tree.kind).toBe('all');
    const leaves = tree.kind === 'all' ? tree.children : [];
    expect(leaves.map((l) => (l.kind === 'leaf' ? l.condition : l.kind))).toEqual([
      'Arbeidsmarktregio: is Twente',
      'Niveau van de opleiding: is mbo niveau 1, mbo niveau 2, mbo niveau 3 of mbo niveau 4',
      'Leidt op voor een kansberoep: ja',
    ]);
    expect(leaves[0]).toMatchObject({ kind: 'leaf', sentence: 'De klant woont in de arbeidsmarktregio Twente.', source: 'tfvv-start' });
  });

  it('fills {expected} with the figure on the day and leaves the client value open', () => {
    const rule: LeafRule = { id: 'leeftijd', fact: 'client.age', op: 'lt', value: { param: 'chequebedrag' }, on: 'trainingStart', pass: 'De cliënt is {actual}, jonger dan {expected}.', fail: 'x', source: 'tfvv-start' };
    expect(ruleSentence(rule, scheme, '2026-06-01')).toBe('De cliënt is …, jonger dan € 1.000,00.');
    expect(ruleSentence(rule, scheme, '2027-02-01')).toBe('De cliënt is …, jonger dan € 750,00.');
    expect(conditionText(rule, scheme, '2026-06-01')).toBe('Leeftijd in hele jaren: minder dan € 1.000,00 (op de startdatum van de opleiding)');
  });

  it('lists every dated value of a figure with its status and source', () => {
    expect(figuresOf(scheme)).toEqual([
      expect.objectContaining({
        id: 'chequebedrag',
        values: [
          expect.objectContaining({ from: '2019-01-01', text: '€ 1.000,00', status: 'verified' }),
          expect.objectContaining({ from: '2027-01-01', text: '€ 750,00', status: 'verified' }),
        ],
      }),
    ]);
    expect(validityText(scheme)).toBe('Geldig vanaf 01-01-2019, zonder einddatum');
    expect(validityText({ validFrom: '2022-03-01', validTo: '2023-12-31' })).toBe('Geldig vanaf 01-03-2022 tot en met 31-12-2023');
  });
});

describe('the scheme search', () => {
  const packs = shippedPacks();
  const rows = schemeRows(packs, [inUse('regio.twente', 'regional', 'regionaal'), inUse('sector', 'sector', 'sector')], '2026-06-01');

  it('finds by every word typed, without caring for case or accents, within a pack and a layer', () => {
    expect(rows.length).toBe(packs.reduce((n, p) => n + p.schemes.length, 0));
    expect(filterSchemes(rows, { text: '', packId: '', layer: '' })).toHaveLength(rows.length);
    const twents = filterSchemes(rows, { text: 'TWENTS vakmanschap', packId: '', layer: '' });
    expect(twents.map((r) => r.scheme.id)).toEqual(['regio.twente.vakmanschap']);
    expect(filterSchemes(rows, { text: '', packId: 'regio.twente', layer: '' }).map((r) => r.scheme.id)).toEqual(['regio.twente.vakmanschap']);
    expect(filterSchemes(rows, { text: '', packId: '', layer: 'regional' })).toHaveLength(1);
    expect(filterSchemes(rows, { text: 'vakmanschap', packId: '', layer: 'sector' })).toEqual([]);
    expect(filterSchemes(rows, { text: 'zzz', packId: '', layer: '' })).toEqual([]);
  });
});

describe('what the supply-chain writes make stale', () => {
  it('a sync or an import makes the packs and the re-evaluation stale; a decision the list too', () => {
    const sync = { feeds: [], installed: 1, refused: 0, message: '', reevaluationStarted: true };
    expect(effects['packs.sync'].invalidates({}, sync)).toEqual([keys.packs(), keys.reevaluation()]);
    expect(effects['trust.remove'].invalidates({ keyId: '0123456789abcdef' }, { publishers: [], changes: [] })).toContainEqual(keys.packs());
    expect(keys.trust().slice(0, 1)).toEqual(keys.packs());
    expect(effects['reevaluation.keep'].invalidates({ itemId: 'x', reason: 'al aangevraagd' }, {} as never)).toContainEqual(keys.reevaluation());
  });

  it('a sync that started a pass makes the renderer wait for it until the progress shows it', () => {
    useReevaluationExpectation.setState({ expecting: null });
    effects['packs.sync'].update!({}, { feeds: [], installed: 0, refused: 0, message: '', reevaluationStarted: false });
    expect(useReevaluationExpectation.getState().expecting).toBeNull();
    effects['packs.sync'].update!({}, { feeds: [], installed: 1, refused: 0, message: '', reevaluationStarted: true });
    expect(useReevaluationExpectation.getState().expecting).toMatchObject({ lastFinished: null });

    // The old pass, read again before the new one began: still waiting.
    expectReevaluation('2026-06-01T10:00:00.000Z');
    const since = useReevaluationExpectation.getState().expecting!.since;
    settleExpectation({ running: false, finishedAt: '2026-06-01T10:00:00.000Z' }, since + 100);
    expect(useReevaluationExpectation.getState().expecting).not.toBeNull();
    // Running now: done waiting.
    settleExpectation({ running: true, finishedAt: '2026-06-01T10:00:00.000Z' }, since + 200);
    expect(useReevaluationExpectation.getState().expecting).toBeNull();
    // Already finished (a quick pass): done waiting too.
    expectReevaluation('2026-06-01T10:00:00.000Z');
    settleExpectation({ running: false, finishedAt: '2026-06-01T10:05:00.000Z' });
    expect(useReevaluationExpectation.getState().expecting).toBeNull();
    // A pass that never comes (nothing open to re-evaluate): the wait ends.
    expectReevaluation(null);
    settleExpectation({ running: false, finishedAt: null }, Date.now() + EXPECT_AT_MOST_MS + 1);
    expect(useReevaluationExpectation.getState().expecting).toBeNull();
  });
});
