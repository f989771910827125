// Looking up a scheme (and the pack it came from) by id, for what a funding line or an override
// does not carry itself: where to apply, its sources, its tijdvakken. One index for the
// arrangement code and the screens (it existed twice, as schemeIndex and indexSchemes). Pure.
import type { Pack, Scheme, Source } from './format.ts';

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

/** Sector funds named by the sector packs: the choices for "Sectorfonds" in the intake. */
export const sectorFundsOf = (packs: readonly Pack[]): { id: string; title: string }[] => {
  const funds = new Map<string, string>();
  for (const pack of packs) {
    if (pack.scope.kind === 'sector') for (const id of pack.scope.sectorFunds) if (!funds.has(id)) funds.set(id, pack.title);
  }
  return [...funds].map(([id, title]) => ({ id, title })).sort((a, b) => a.title.localeCompare(b.title, 'nl'));
};

/** Every scheme of every pack, by name: the choices for "Eerder gebruikte regeling". */
export const schemeChoices = (packs: readonly Pack[]): { id: string; name: string }[] =>
  packs
    .flatMap((p) => p.schemes.map((s) => ({ id: s.id, name: s.name })))
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'));
