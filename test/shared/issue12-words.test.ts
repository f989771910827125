// Issue 12, item 10: one word for the person advised ("cliënt", as the catalogue mostly says),
// "u" and never "je" in what the adviser and client read, an unsure figure named for what it is
// (the AOW age is not an amount), one reason where the Levenlanglerenkrediet gave overlapping
// ones, and no unexplained jargon in the client's PDF.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { noticeTagLabel } from '../../shared/labels/figures.ts';
import { evaluateScheme } from '../../shared/matcher/evaluate.ts';
import { documentHtml } from '../../shared/arrangements/document.ts';
import { match } from '../../shared/matcher/match.ts';
import { buildActions } from '../../shared/arrangements/actions.ts';
import { applyOverrides } from '../../shared/arrangements/overrides.ts';
import type { ArrangementVersion } from '../../shared/contract/arrangements.ts';
import type { CaseFile } from '../../shared/case/schema.ts';
import type { Pack } from '../../shared/packs/format.ts';
import { referencePacks } from '../session/helpers.ts';
import { makeCase } from '../matcher/fixtures.ts';

const root = join(import.meta.dirname, '..', '..');
const read = (path: string): string => readFileSync(join(root, path), 'utf8');

/** The Dutch texts an adviser or client reads that this repo writes itself. */
const catalogues = [
  'renderer/i18n/nl.ts',
  'shared/apk/checklist.v1.json',
  'shared/labels/case.ts',
  'shared/labels/packs.ts',
  'shared/labels/figures.ts',
  'shared/arrangements/labels.ts',
  'shared/arrangements/document.ts',
  'shared/arrangements/actions.ts',
  'electron/services/messages.ts',
  'electron/shell/messages.ts',
];

/** "klant" as a word; "klantmanager" (a gemeente job title) is another word. */
const otherWord = /\bklant(en)?\b/i;
const informal = /(^|[\s"'‘(])(je|jouw|jij|jezelf)([\s.,?!:;"'’)]|$)/i;

const textOf = (html: string): string =>
  html.replace(/<style>[\s\S]*?<\/style>/, '').replace(/<[^>]+>/g, ' ').replace(/&#39;/g, "'").replace(/&amp;/g, '&').replace(/\s+/g, ' ');

function documentFor(caseFile: CaseFile, packs: Pack[], overrides: Parameters<typeof applyOverrides>[2] = []): string {
  const applied = applyOverrides(caseFile, packs, overrides);
  const result = match(applied.case, applied.packs);
  const arrangement = {
    id: 'a1', clientId: 'c1', trainingId: 't1', version: 1, referenceDate: caseFile.referenceDate, status: 'concept',
    savedAt: '2026-03-02T09:00:00.000Z', savedBy: 'Fatima el Idrissi', overrides: [], case: caseFile, result,
    actions: buildActions(result, applied.packs, applied.case), lineStatuses: {},
  } as unknown as ArrangementVersion;
  return documentHtml({ arrangement, clientName: 'Jan Jansen' });
}

describe('words', () => {
  it.each(catalogues)('%s says "cliënt", never "klant", and "u", never "je"', (path) => {
    const text = read(path);
    const lines = text.split('\n');
    expect(lines.filter((l) => otherWord.test(l)), 'klant').toEqual([]);
    // Only the Dutch strings: a line of code may say "je" in no language we show.
    expect(lines.filter((l) => /['"`‘].*['"`’]/.test(l) && informal.test(l)), 'je/jouw').toEqual([]);
  });

  it('the shipped packs say "cliënt" in every sentence', () => {
    for (const file of ['nl.json', 'sector.json', 'regio-twente.json', 'gemeente-maastricht.json', 'templates/gemeente.json']) {
      expect(read(`assets/packs/${file}`).split('\n').filter((l) => otherWord.test(l)), file).toEqual([]);
    }
  });

  it('the AOW age is tagged as an age, in years and months, not as an amount', () => {
    const nl = referencePacks().find((p) => p.id === 'nl')!;
    const stap = nl.schemes.find((s) => s.id === 'nl.stap')!;
    const e = evaluateScheme(stap, nl, makeCase({ referenceDate: '2023-10-01', training: { startDate: '2023-11-01', endDate: '2024-03-01' } }));
    const aow = e.notices.find((n) => n.text.includes('AOW-leeftijd'))!;
    expect(aow).toMatchObject({ kind: 'unverified-figure', figure: 'age' });
    expect(aow.text).toMatch(/^De leeftijd "AOW-leeftijd in maanden" \(66 jaar en 10 maanden\) is niet bevestigd/);
    expect(noticeTagLabel(aow)).toBe('Leeftijd niet zeker');
    expect(noticeTagLabel({ kind: 'unverified-figure', figure: 'percentage' })).toBe('Percentage niet zeker');
    expect(noticeTagLabel({ kind: 'unknown-figure', figure: 'amount' })).toBe('Bedrag onbekend');
    expect(noticeTagLabel({ kind: 'budget' })).toBeNull();
  });

  it('the Levenlanglerenkrediet gives one reason for a course that is not mbo, hbo or wo', () => {
    const nl = referencePacks().find((p) => p.id === 'nl')!;
    const lllk = nl.schemes.find((s) => s.id === 'nl.levenlanglerenkrediet')!;
    const e = evaluateScheme(lllk, nl, makeCase({ training: { kind: 'course', level: null } }));
    expect(e.reasons.filter((r) => !r.passed).map((r) => r.text)).toEqual([
      'Het krediet is alleen voor een erkende mbo-, hbo- of wo-opleiding (bij hbo en wo ook een module). Deze opleiding is dat niet.',
    ]);
  });

  it('the client PDF has no unexplained jargon and says "u"', () => {
    const packs = referencePacks();
    const tmmt = makeCase({
      referenceDate: '2022-01-15',
      basicSkills: { digital: 'insufficient' },
      training: { title: 'Digitale vaardigheden', provider: 'Taalhuis', kind: 'basic-skills', level: null, purpose: 'basic-skills', startDate: '2022-03-07', endDate: '2022-06-30' },
    });
    const stap = makeCase({ referenceDate: '2023-09-20', training: { startDate: '2023-11-01', endDate: '2024-03-01', recognitions: ['ocw-diploma'] } });
    const employer = makeCase({ referenceDate: '2026-03-02', training: { startDate: '2026-09-01', endDate: '2027-06-30' } });
    const texts = [
      documentFor(tmmt, packs),
      documentFor(stap, packs),
      documentFor(employer, packs, [{ kind: 'employer-contribution', amountCents: 50_000, reason: 'Toegezegd.' }]),
    ].map(textOf);
    // The texts that said "tijdvak" and "gerichte vrijstelling" are in these documents.
    expect(texts[0]).toContain('in de aanvraagperiode van 1 januari tot eind februari');
    expect(texts[1]).toContain('Dat kan alleen in een aanvraagperiode.');
    expect(texts[2]).toContain('Dan hoeft de werkgever over de bijdrage geen loonbelasting te betalen.');
    for (const text of texts) {
      expect(text).not.toMatch(/peildatum|tijdvak|gerichte vrijstelling|O&O|A&O/i);
      expect(text).not.toMatch(otherWord);
      expect(text).not.toMatch(/\s(je|jouw)\s/i);
    }
  });
});
