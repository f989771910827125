// The one Dutch wording for the coded values of the pack format: what kind of money a funding
// line is, and who applies for it. Read by the screens, the client's PDF and the action list.
import type { nlqfLevels } from '../packs/facts.ts';
import type { applicants, SchemeKind } from '../packs/format.ts';

export const schemeKindLabels: Readonly<Record<SchemeKind, string>> = {
  grant: 'Subsidie',
  loan: 'Lening',
  offer: 'Gratis aanbod',
  cofinancing: 'Verplichte bijdrage',
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
