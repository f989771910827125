// Dutch texts the service layer answers with (plain language, B1).
// The renderer shows them as they are, so each says what happened and that nothing changed.
export const serviceMessages = {
  invalidInput: 'Niet alle gegevens kloppen. Controleer de gemarkeerde velden; er is niets opgeslagen.',
  unknownOperation: 'Deze actie kent Arrangeur niet. Er is niets gewijzigd.',
  internal:
    'Er ging iets mis in Arrangeur. Probeer het nog eens; blijft het misgaan, sluit Arrangeur dan af en start het opnieuw.',
} as const;

/** Plain-language Dutch for zod's generic checks; schema-specific messages win over these. */
export const fieldMessages = {
  required: 'Dit veld is verplicht.',
  wrongType: (expected: string) => `Hier hoort ${expected}.`,
  unknownFields: (names: string, count: number) =>
    count === 1 ? `Dit veld kent Arrangeur niet: ${names}.` : `Deze velden kent Arrangeur niet: ${names}.`,
  textTooLong: (max: string) => `Gebruik hoogstens ${max} tekens.`,
  textTooShort: (min: string) => (min === '1' ? 'Vul dit veld in.' : `Gebruik minstens ${min} tekens.`),
  numberTooBig: (max: string) => `Kies een getal van hoogstens ${max}.`,
  numberTooSmall: (min: string) => `Kies een getal van minstens ${min}.`,
  listTooLong: (max: string) => `Kies hoogstens ${max}.`,
  listTooShort: (min: string) => `Kies minstens ${min}.`,
  invalidChoice: 'Kies een van de mogelijke waarden.',
} as const;

export const expectedNames: Readonly<Record<string, string>> = {
  string: 'tekst',
  number: 'een getal',
  int: 'een heel getal',
  boolean: 'ja of nee',
  array: 'een lijst',
  object: 'een groep gegevens',
  null: 'geen waarde',
};
