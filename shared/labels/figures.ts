// What kind of figure a notice is about, and the words that fit it. The tag next to an unsure
// figure said "Bedrag niet gecontroleerd" for the AOW age too (issue 12, item 10): an age, a
// percentage or a number of hours is not an amount, and the adviser should read what it is.
export const figureKinds = ['amount', 'percentage', 'age', 'duration', 'hours', 'count'] as const;
export type FigureKind = (typeof figureKinds)[number];

type Unit = 'cents' | 'percent' | 'years' | 'months' | 'hours' | 'count';

/** The kind from the parameter's unit and, for years and months, the fact a rule compares it with. */
export const figureKindOf = (unit: Unit, fact: string | null): FigureKind => {
  switch (unit) {
    case 'cents':
      return 'amount';
    case 'percent':
      return 'percentage';
    case 'hours':
      return 'hours';
    case 'count':
      return 'count';
    case 'years':
    case 'months':
      return fact === 'client.age' || fact === 'client.ageMonths' ? 'age' : 'duration';
  }
};

/** Noun with its article, for sentences: "het bedrag", "de leeftijd". */
export const figureNouns: Readonly<Record<FigureKind, { readonly article: 'de' | 'het'; readonly noun: string }>> = {
  amount: { article: 'het', noun: 'bedrag' },
  percentage: { article: 'het', noun: 'percentage' },
  age: { article: 'de', noun: 'leeftijd' },
  duration: { article: 'de', noun: 'duur' },
  hours: { article: 'het', noun: 'aantal uren' },
  count: { article: 'het', noun: 'getal' },
};

const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** The short tag next to an unsure figure: "Leeftijd niet zeker", "Bedrag onbekend". */
export const figureTagLabel = (kind: FigureKind, status: 'unverified' | 'disputed' | 'unknown'): string =>
  `${capital(figureNouns[kind].noun)} ${status === 'unknown' ? 'onbekend' : 'niet zeker'}`;

/**
 * The tag for a notice of the matcher, or null when the notice is not about an unsure figure.
 * A notice saved before notices named their figure gets the neutral "Getal".
 */
export const noticeTagLabel = (notice: { readonly kind: string; readonly figure?: FigureKind | undefined }): string | null => {
  const status = notice.kind === 'unverified-figure' ? 'unverified' : notice.kind === 'disputed-figure' ? 'disputed' : notice.kind === 'unknown-figure' ? 'unknown' : null;
  return status === null ? null : figureTagLabel(notice.figure ?? 'count', status);
};
