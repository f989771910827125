// The printed plan shows how sure each amount is: a disputed or unverified amount is marked
// next to it, the plain-Dutch sentence is printed, and the sources of the figures are listed.
import { describe, expect, it } from 'vitest';
import { documentHtml } from '../../shared/arrangements/document.ts';
import type { ArrangementVersion } from '../../shared/contract/arrangements.ts';
import { match } from '../../shared/matcher/index.ts';
import { makeCase, makePack, scheme } from './fixtures.ts';

const pack = makePack(
  [
    scheme('test.oom', {
      name: 'Persoonlijke Trainingstoelage (OOM)',
      funder: 'OOM',
      coverage: { categories: ['tuition'], percent: { param: 'pct' }, caps: [{ per: 'case', amount: { param: 'max' } }] },
      parameters: {
        pct: { label: 'Deel', unit: 'percent', source: 'bron', lastVerified: '2026-11-29', status: 'verified', values: [{ from: '2020-01-01', value: 50 }] },
        max: {
          label: 'Maximale toelage',
          unit: 'cents',
          source: 'bron',
          lastVerified: '2026-11-29',
          status: 'disputed',
          note: 'Bronnen verschillen.',
          values: [{ from: '2020-01-01', value: 75_000, claims: [{ value: 75_000, source: 'a' }, { value: 80_000, source: 'b' }] }],
        },
      },
    }),
  ],
  {
    sources: {
      bron: { title: 'Testbron', url: 'https://example.org/bron' },
      a: { title: 'Bron met 750', url: 'https://example.org/750' },
      b: { title: 'Bron met 800', url: 'https://example.org/800' },
    },
  },
);

describe('client document and the status of amounts', () => {
  it('marks the disputed amount, prints the sentence and lists both sources', () => {
    const caseFile = makeCase({ training: { costs: [{ category: 'tuition', amountCents: 200_000, vatIncluded: true }] } });
    const result = match(caseFile, [pack]);
    const version: ArrangementVersion = {
      id: 'a1',
      clientId: 'c1',
      trainingId: 't1',
      version: 1,
      referenceDate: caseFile.referenceDate,
      status: 'concept',
      lineStatuses: {},
      overrides: [],
      case: caseFile,
      packs: [],
      result,
      actions: [],
      savedAt: '2026-11-29T09:00:00.000Z',
      savedBy: 'Test',
      origin: 'save',
    } as unknown as ArrangementVersion;
    const html = documentHtml({ arrangement: version });
    expect(html).toContain('Niet zeker: de bronnen noemen verschillende bedragen');
    expect(html).toContain('Dit bedrag is niet zeker: bronnen noemen € 750 en € 800. Vraag het na bij OOM.');
    expect(html).toContain('<a href="https://example.org/750">');
    expect(html).toContain('<a href="https://example.org/800">');
  });
});
