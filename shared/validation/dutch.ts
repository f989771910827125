// THE Dutch wording of validation problems, for every zod schema in the app: the service
// contract (through the global error map below), the pack and case file reports
// (shared/packs/issues.ts) and the forms. Values are described in words, never echoed raw:
// a fuzzed input once produced "[object Object] is hier niet toegestaan", and a long list was
// echoed whole (issue 13.6). Everything a message says about an input goes through describe*().
import { z } from 'zod';

/** Longest piece of a typed text quoted back in a message. */
export const MAX_QUOTED = 40;
/** How many unknown field names a message names before it says "en nog N". */
const MAX_NAMED_KEYS = 3;

/** Shortens text for a message: at most `max` characters, the rest as "…". */
export const clip = (s: string, max = MAX_QUOTED): string => (s.length > max ? `${s.slice(0, max)}…` : s);

/** A text between quotes, shortened; control characters shown as spaces so a message stays one line. */
export const quoteText = (s: string): string => `"${clip(s.replace(/\p{Cc}/gu, ' '))}"`;

const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

const fieldList = (keys: readonly string[], max: number): string => {
  const shown = keys.slice(0, max).map((k) => clip(k, 20));
  return keys.length > max ? `${shown.join(', ')}, ...` : shown.join(', ');
};

/**
 * A value as a short noun phrase for the "gevonden" column of a report: "abc" quoted and
 * shortened, 12, true, "een lijst met 40 waarden", "een object met de velden a, b".
 */
export const describeFound = (v: unknown): string => {
  if (v === undefined) return '(ontbreekt)';
  if (v === null) return 'null';
  if (typeof v === 'string') return quoteText(v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return v.length === 0 ? 'een lege lijst' : `een lijst met ${count(v.length, 'waarde', 'waarden')}`;
  if (typeof v === 'object') {
    const keys = Object.keys(v);
    if (keys.length === 0) return 'een leeg object';
    return `een object met ${keys.length === 1 ? 'het veld' : 'de velden'} ${fieldList(keys, 4)}`;
  }
  return 'een andere soort waarde';
};

/** A value inside a sentence ("er staat ..."): "de tekst "abc"", "het getal 5", "een lijst met 3 waarden". */
export const describeValue = (v: unknown): string => {
  if (v === undefined) return 'niets';
  if (v === null) return 'null';
  if (typeof v === 'string') return `de tekst ${quoteText(v)}`;
  if (typeof v === 'number') return `het getal ${v}`;
  if (typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return v.length === 0 ? 'een lege lijst' : `een lijst met ${count(v.length, 'waarde', 'waarden')}`;
  if (typeof v === 'object') return Object.keys(v).length === 0 ? 'een leeg object' : 'een object';
  return 'een andere soort waarde';
};

/**
 * A value inside a sentence where a text or number reads best as itself: quoted and shortened
 * when text, as is when a number, described ("een object", "een lijst met 40 waarden") otherwise.
 */
export const valueInline = (v: unknown): string => {
  if (typeof v === 'string') return quoteText(v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return describeValue(v);
};

/** valueInline at the start of a sentence ("Een object is hier niet toegestaan."). */
export const valueAsSubject = (v: unknown): string => {
  const d = valueInline(v);
  return d.charAt(0).toUpperCase() + d.slice(1);
};

/** What zod's type names mean in plain Dutch ("Hier hoort een getal"). */
export const typeNames: Readonly<Record<string, string>> = {
  string: 'tekst',
  number: 'een getal',
  int: 'een heel getal',
  bigint: 'een heel getal',
  boolean: 'true of false',
  object: 'een object {...}',
  record: 'een object {...}',
  map: 'een object {...}',
  array: 'een lijst [...]',
  tuple: 'een lijst [...]',
  set: 'een lijst [...]',
  null: 'null',
  date: 'een datum',
};
export const typeName = (t: string): string => typeNames[t] ?? 'een andere soort waarde';

/** Unknown field names from a caller, quoted and shortened, never an endless list. */
export const describeKeys = (keys: readonly string[]): string => {
  const shown = keys.slice(0, MAX_NAMED_KEYS).map(quoteText);
  return keys.length > MAX_NAMED_KEYS ? `${shown.join(', ')} en nog ${keys.length - MAX_NAMED_KEYS}` : shown.join(', ');
};

/** The short messages for one field, as the service contract reports them next to a field. */
export const fieldMessages = {
  required: 'Dit veld is verplicht.',
  wrongType: (expected: string, found: unknown) => `Hier hoort ${expected}, maar er staat ${describeValue(found)}.`,
  unknownFields: (names: string, n: number) => (n === 1 ? `Dit veld kent Arrangeur niet: ${names}.` : `Deze velden kent Arrangeur niet: ${names}.`),
  textTooLong: (max: string) => `Gebruik hoogstens ${max} tekens.`,
  textTooShort: (min: string) => (min === '1' ? 'Vul dit veld in.' : `Gebruik minstens ${min} tekens.`),
  numberTooBig: (max: string) => `Kies een getal van hoogstens ${max}.`,
  numberTooSmall: (min: string) => `Kies een getal van minstens ${min}.`,
  listTooLong: (max: string) => `Kies hoogstens ${max}.`,
  listTooShort: (min: string) => `Kies minstens ${min}.`,
  invalidChoice: 'Kies een van de mogelijke waarden.',
  invalidFormat: 'Deze tekst heeft niet de goede vorm.',
  invalidKey: 'Deze naam is hier niet toegestaan.',
  invalid: 'Deze waarde klopt niet.',
} as const;

const bound = (v: unknown): string => String(v).replace('.', ',');

/**
 * The error map for schemas without messages of their own. Every issue code has a Dutch text
 * here, so zod's own locale (which names programming types) is never needed, and no text
 * contains the raw input.
 */
export const dutchErrorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return fieldMessages.required;
      return fieldMessages.wrongType(typeName(issue.expected), issue.input);
    case 'unrecognized_keys':
      return fieldMessages.unknownFields(describeKeys(issue.keys), issue.keys.length);
    case 'too_big': {
      const max = bound(issue.maximum);
      if (issue.origin === 'string') return fieldMessages.textTooLong(max);
      if (issue.origin === 'array' || issue.origin === 'set') return fieldMessages.listTooLong(max);
      return fieldMessages.numberTooBig(max);
    }
    case 'too_small': {
      const min = bound(issue.minimum);
      if (issue.origin === 'string') return fieldMessages.textTooShort(min);
      if (issue.origin === 'array' || issue.origin === 'set') return fieldMessages.listTooShort(min);
      return fieldMessages.numberTooSmall(min);
    }
    case 'invalid_value':
      return fieldMessages.invalidChoice;
    case 'invalid_format':
      return fieldMessages.invalidFormat;
    case 'invalid_key':
      return fieldMessages.invalidKey;
    case 'not_multiple_of':
      return `Dit getal moet een veelvoud van ${bound(issue.divisor)} zijn.`;
    default:
      return fieldMessages.invalid;
  }
};

/** Installs the map for every schema in this process; global config, so twice is harmless. */
export function installDutchZodMessages(): void {
  z.config({ customError: dutchErrorMap });
}
