// Text folding shared by search and sorting, so both treat "Ünal", "unal" and "UNAL" alike.

const MAX_SEARCH_TOKENS = 12;

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
  const words = normalizeText(input).match(/[\p{L}\p{N}\p{M}]+/gu) ?? [];
  const terms = words.slice(0, MAX_SEARCH_TOKENS).map((w) => `"${w.replaceAll('"', '""')}"*`);
  return terms.length > 0 ? terms.join(' ') : null;
}
