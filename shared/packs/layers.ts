// Which packs are active, in which layer, and whether two packs claim the same scheme (issue 9).
// Layers are data: national < sector < regional, from the manifest (or, for a shipped pack,
// from its scope). A newer version of the same pack replaces the older one as the active one.
// The same scheme id in two *different* packs is refused with a Dutch message naming both:
// silently preferring one would let a regional team override a national scheme by accident.
// Pure: the caller supplies the candidates.
import type { Pack } from './format.ts';
import { comparePlainVersions, layerOfScopeKind, layerRank, type PackLayer } from './manifest.ts';
import { compareVersions } from '../app-version.ts';

export interface LayeredPack {
  readonly packId: string;
  readonly version: string;
  readonly layer: PackLayer;
  /** Where it comes from, for messages: "meegeleverd" or the publisher's name. */
  readonly origin: string;
  readonly schemeIds: readonly string[];
}

export interface SchemeClash {
  readonly schemeId: string;
  readonly first: LayeredPack;
  readonly second: LayeredPack;
  /** Dutch, names both packs. */
  readonly message: string;
}

const versionOrder = (a: string, b: string): number =>
  /^\d+\.\d+\.\d+$/.test(a) && /^\d+\.\d+\.\d+$/.test(b) ? comparePlainVersions(a, b) : compareVersions(a, b);

export const layeredFromPack = (pack: Pack, origin: string, layer: PackLayer = layerOfScopeKind(pack.scope.kind)): LayeredPack => ({
  packId: pack.id,
  version: pack.version,
  layer,
  origin,
  schemeIds: pack.schemes.map((s) => s.id),
});

export const packLabel = (p: LayeredPack): string => `"${p.packId}" ${p.version} (${p.origin})`;

/** Per pack id the newest version; sorted national, sector, regional, then by id. */
export const activeVersions = <T extends LayeredPack>(candidates: readonly T[]): T[] => {
  const newest = new Map<string, T>();
  for (const c of candidates) {
    const prev = newest.get(c.packId);
    if (!prev || versionOrder(c.version, prev.version) > 0) newest.set(c.packId, c);
  }
  return [...newest.values()].sort((a, b) => layerRank[a.layer] - layerRank[b.layer] || (a.packId < b.packId ? -1 : a.packId > b.packId ? 1 : 0));
};

/** Every scheme id claimed by two different active packs. */
export const schemeClashes = (active: readonly LayeredPack[]): SchemeClash[] => {
  const owner = new Map<string, LayeredPack>();
  const clashes: SchemeClash[] = [];
  for (const p of active) {
    for (const id of p.schemeIds) {
      const first = owner.get(id);
      if (first && first.packId !== p.packId) {
        clashes.push({
          schemeId: id,
          first,
          second: p,
          message: `Regeling "${id}" staat in twee pakketten: ${packLabel(first)} en ${packLabel(p)}. Een regeling mag maar in één pakket staan; vraag de makers welk pakket de regeling houdt.`,
        });
      } else if (!first) owner.set(id, p);
    }
  }
  return clashes;
};

/** The active set, or the clashes that stop it. */
export const resolveActive = <T extends LayeredPack>(candidates: readonly T[]): { ok: true; active: T[] } | { ok: false; active: T[]; clashes: SchemeClash[] } => {
  const active = activeVersions(candidates);
  const clashes = schemeClashes(active);
  return clashes.length === 0 ? { ok: true, active } : { ok: false, active, clashes };
};
