// Looking up a scheme (and the pack it came from) by id, for what a funding line or an override
// does not carry itself: where to apply, its sources, its tijdvakken. One index for the
// arrangement code and the screens (it existed twice, as schemeIndex and indexSchemes). Pure.
import type { LeafRule, Pack, RuleNode, Scheme, Source } from './format.ts';

export interface SchemeEntry {
  readonly scheme: Scheme;
  readonly pack: Pack;
}

export type SchemeIndex = ReadonlyMap<string, SchemeEntry>;

/** Every scheme of the packs by id; a later pack's scheme with the same id wins. */
export const indexSchemes = (packs: readonly Pack[]): SchemeIndex => {
  const index = new Map<string, SchemeEntry>();
  for (const pack of packs) for (const scheme of pack.schemes) index.set(scheme.id, { scheme, pack });
  return index;
};

/** The scheme's main source: where an adviser reads the official text. */
export const mainSource = (entry: SchemeEntry | undefined): (Source & { id: string }) | null => {
  if (!entry) return null;
  for (const id of entry.scheme.sources) {
    const source = entry.pack.sources[id];
    if (source) return { ...source, id };
  }
  return null;
};

export interface SectorFundChoice {
  /** The value of work.sectorFund. */
  readonly id: string;
  /** The fund's own name, from the funder of its schemes: "OOM", "cao Horeca". */
  readonly name: string;
  /** Who it is for, in the pack's own words: "De cliënt werkt in het mkb-metaal (OOM)." */
  readonly who: string;
  /** Lower-case words to find it by: fund, collective agreement, sector, scheme names, id. */
  readonly searchText: string;
}

/** The leaf rules of a scheme's eligibility tree. */
const leavesOf = (node: RuleNode): LeafRule[] =>
  'all' in node ? node.all.flatMap(leavesOf) : 'any' in node ? node.any.flatMap(leavesOf) : 'not' in node ? leavesOf(node.not) : [node];

// "Werkgever (cao Horeca)": a budget in a collective agreement, paid by the employer; the
// adviser knows it by the agreement.
const fundName = (funder: string): string => /^Werkgever \((.+)\)$/.exec(funder.trim())?.[1] ?? funder.trim();

/** Lower case without accents, for a search that forgives "cliënt" typed as "client". */
export const searchable = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * Sector funds named by the sector packs: the choices for "Sectorfonds" in the intake. A pack
 * covers several funds and has one title, so each fund is named by the funder of the schemes
 * that test for it (work.sectorFund equal to its id), and described by that rule's sentence.
 */
export const sectorFundsOf = (packs: readonly Pack[]): SectorFundChoice[] => {
  const funds = new Map<string, { names: string[]; who: string[]; words: string[] }>();
  for (const pack of packs) {
    if (pack.scope.kind !== 'sector') continue;
    for (const id of pack.scope.sectorFunds) if (!funds.has(id)) funds.set(id, { names: [], who: [], words: [] });
    for (const scheme of pack.schemes) {
      for (const rule of leavesOf(scheme.eligibility as RuleNode)) {
        if (rule.fact !== 'work.sectorFund' || typeof rule.value !== 'string') continue;
        const ids = rule.op === 'eq' ? [rule.value] : [];
        for (const id of ids) {
          const fund = funds.get(id);
          if (!fund) continue;
          fund.names.push(fundName(scheme.funder));
          fund.who.push(rule.pass);
          fund.words.push(scheme.name, scheme.funder, rule.pass, rule.fail);
        }
      }
    }
  }
  const mostCommon = (values: readonly string[]): string | undefined => {
    const counts = new Map<string, number>();
    for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  };
  return [...funds]
    .map(([id, f]) => {
      const name = mostCommon(f.names) ?? id;
      return { id, name, who: f.who[0] ?? '', searchText: searchable([id, name, ...f.words].join(' ')) };
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'));
};

/** The funds whose name, agreement, sector or schemes contain every word typed (accents and case do not matter). */
export const findSectorFunds = (funds: readonly SectorFundChoice[], query: string): SectorFundChoice[] => {
  const words = searchable(query).split(/\s+/).filter(Boolean);
  return words.length === 0 ? [...funds] : funds.filter((f) => words.every((w) => f.searchText.includes(w)));
};

/** Every scheme of every pack, by name: the choices for "Eerder gebruikte regeling". */
export const schemeChoices = (packs: readonly Pack[]): { id: string; name: string }[] =>
  packs
    .flatMap((p) => p.schemes.map((s) => ({ id: s.id, name: s.name })))
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'));
