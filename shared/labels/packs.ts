// The one Dutch wording for the coded values of the pack format: what kind of money a funding
// line is, and who applies for it. Read by the screens, the client's PDF and the action list.
import type { nlqfLevels } from '../packs/facts.ts';
import type { applicants, SchemeKind } from '../packs/format.ts';
import { inSentence } from './text.ts';

export const schemeKindLabels: Readonly<Record<SchemeKind, string>> = {
  grant: 'Subsidie',
  loan: 'Lening',
  offer: 'Gratis aanbod',
  // A scheme of this kind is money another party pays (the employer's own contribution). Whether
  // it is compulsory depends on the funding line, not the kind: see fundingLineKindLabel().
  cofinancing: 'Bijdrage',
};

/** What the kind means for the client, where that is not obvious from the word (the PDF). */
export const schemeKindMeaning: Readonly<Partial<Record<SchemeKind, string>>> = {
  grant: 'hoeft u niet terug te betalen',
  loan: 'moet u terugbetalen',
};

/** "Subsidie, hoeft u niet terug te betalen": the label with its meaning, from the tables above. */
export const schemeKindForClient = (kind: SchemeKind): string => {
  const meaning = schemeKindMeaning[kind];
  return meaning ? `${schemeKindLabels[kind]}, ${meaning}` : schemeKindLabels[kind];
};

/** Why another party pays a funding line; mirrors contributionKinds of the matcher's result. */
export type ContributionKind = 'required' | 'promised';

interface LineLike {
  readonly schemeId: string;
  readonly kind: SchemeKind;
  readonly payer: string;
  readonly contribution?: ContributionKind | undefined;
}

/**
 * Whether a funding line is a compulsory share (required) or what the party itself promised
 * (promised); null for any other kind. Results saved before lines carried `contribution` are
 * read by their shape: a required share always sits beside its own scheme's main line, while
 * the employer's promised contribution is a line of its own.
 */
export const contributionOf = (line: LineLike, lines: readonly LineLike[] = []): ContributionKind | null => {
  if (line.kind !== 'cofinancing') return null;
  if (line.contribution) return line.contribution;
  return lines.some((l) => l !== line && l.schemeId === line.schemeId && l.kind !== 'cofinancing') ? 'required' : 'promised';
};

/** "werkgever" from the payer "Werkgever": the payer's own words, inside the label. */
const payerInLabel = (payer: string): string => inSentence(payer.trim() || 'een andere partij');

/**
 * The kind of a funding line in words, on screen and in the PDF: "Subsidie", "Lening", ...;
 * an employer's own contribution is "Bijdrage werkgever", and only a share a scheme demands is
 * "Verplichte eigen bijdrage werkgever". Pass all lines of the result for results saved before
 * lines said which of the two they are.
 */
export const fundingLineKindLabel = (line: LineLike, lines: readonly LineLike[] = []): string => {
  const contribution = contributionOf(line, lines);
  if (contribution === null) return schemeKindLabels[line.kind];
  return contribution === 'required' ? `Verplichte eigen bijdrage ${payerInLabel(line.payer)}` : `Bijdrage ${payerInLabel(line.payer)}`;
};

/** The line's kind for the client (the PDF): the label with what it means where that helps. */
export const fundingLineKindForClient = (line: LineLike, lines: readonly LineLike[] = []): string =>
  line.kind === 'cofinancing' ? fundingLineKindLabel(line, lines) : schemeKindForClient(line.kind);

/**
 * Who applies, addressed to the client ("u"): the action list is read by the client in the
 * PDF and by the adviser on screen with the client beside them, so there is one form.
 */
export const applicantLabels: Readonly<Record<(typeof applicants)[number], string>> = {
  client: 'U zelf',
  employer: 'Uw werkgever',
  provider: 'De opleider',
  'uwv-adviser': 'Uw adviseur van UWV',
  municipality: 'De gemeente',
  adviser: 'Uw loopbaanadviseur',
  'sector-fund': 'Het opleidingsfonds van uw sector',
};

/** The NLQF levels a rule can test (training.nlqfLevel). */
export const nlqfLevelLabels: Readonly<Record<(typeof nlqfLevels)[number], string>> = {
  '1': 'NLQF-niveau 1',
  '2': 'NLQF-niveau 2',
  '3': 'NLQF-niveau 3',
  '4': 'NLQF-niveau 4',
  '5': 'NLQF-niveau 5',
  '6': 'NLQF-niveau 6',
  '7': 'NLQF-niveau 7',
  '8': 'NLQF-niveau 8',
};
