// How a label from the tables is used inside a sentence. The tables hold the screen form
// ("In loondienst"); a rule sentence needs it mid-sentence ("U bent in loondienst"). Deriving
// the variant keeps one wording per value instead of a second table that drifts.

/** Lowercases the first letter (In loondienst -> in loondienst); acronyms stay (WW-uitkering). */
export const inSentence = (label: string): string => {
  const [first, second] = label;
  if (first === undefined) return label;
  const acronym = second !== undefined && second === second.toUpperCase() && second !== second.toLowerCase();
  return acronym ? label : first.toLowerCase() + label.slice(1);
};

/** Looks a code up in a table; an unknown code (newer data, a typo) shows as itself, never as "undefined". */
export const lookup = (table: Readonly<Record<string, string>>, code: string): string =>
  Object.prototype.hasOwnProperty.call(table, code) ? table[code]! : code;
