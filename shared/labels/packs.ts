// The one Dutch wording for the coded values of the pack format: what kind of money a funding
// line is, and who applies for it. Read by the screens, the client's PDF and the action list.
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
