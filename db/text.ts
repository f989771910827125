// Text folding shared by search and sorting, so both treat "Ünal", "unal" and "UNAL" alike.

const MAX_SEARCH_TOKENS = 12;

/**
 * Letters that FTS5's remove_diacritics leaves alone because Unicode gives them no base letter,
 * though an adviser types them as plain ASCII: "yilmaz" must find "Yılmaz", "sorensen"
 * "Sørensen". Folded the same way when indexing (migration 0014, in SQL) and when querying.
 * Changing this list needs a new migration that re-indexes; test/db/migrations.test.ts pins it.
 */
export const SEARCH_FOLDS: readonly (readonly [string, string])[] = [
  ['ı', 'i'], ['İ', 'I'], ['ø', 'o'], ['Ø', 'O'], ['æ', 'ae'], ['Æ', 'AE'], ['œ', 'oe'], ['Œ', 'OE'],
  ['ß', 'ss'], ['ł', 'l'], ['Ł', 'L'], ['đ', 'd'], ['Đ', 'D'], ['ð', 'd'], ['Ð', 'D'], ['þ', 'th'],
  ['Þ', 'TH'], ['ħ', 'h'], ['Ħ', 'H'],
];

/** The same folding as SQL, for the index triggers: nested replace() over a column. */
export const foldSearchSql = (column: string): string =>
  SEARCH_FOLDS.reduce((expr, [from, to]) => `replace(${expr}, '${from}', '${to}')`, column);

export const foldSearchText = (value: string): string =>
  SEARCH_FOLDS.reduce((text, [from, to]) => text.replaceAll(from, to), value);

/** Canonical form for storage: the same name typed on macOS (decomposed) and Windows matches. */
export const normalizeText = (value: string): string => value.normalize('NFC');

/** Sort key: lower case without diacritics, so "Ünal" sorts among the U's, not after Z. */
export const foldForSort = (value: string): string =>
  value.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('nl-NL');

/**
 * Turns what an adviser types into a safe FTS5 MATCH expression: every word becomes a quoted
 * prefix term ("mul" finds "Müller"), all words must match. Only letters, digits and combining
 * marks survive, so FTS5 syntax (quotes, AND, parentheses, column filters, NEAR) typed by the
 * user is never interpreted. Returns null when nothing searchable is left.
 */
export function toFtsPrefixQuery(input: string): string | null {
  const words = foldSearchText(normalizeText(input)).match(/[\p{L}\p{N}\p{M}]+/gu) ?? [];
  const terms = words.slice(0, MAX_SEARCH_TOKENS).map((w) => `"${w.replaceAll('"', '""')}"*`);
  return terms.length > 0 ? terms.join(' ') : null;
}
