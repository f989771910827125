// The packs the services work with. At start: the shipped reference packs, replaced per id by
// the active signed version installed in the data folder (loadActivePacks). A refused set is not
// fatal: the app still opens (dossiers, intake, APK work) and packs.list shows the adviser
// exactly which file and field is wrong; matching then finds nothing.
//
// The packs in use can change while the app runs (a sync, an import, a publisher no longer
// trusted). Handlers therefore never keep packs of their own: they take `current()` once per
// operation, and a change swaps the whole snapshot in one assignment, so an operation computes
// with one consistent set from start to end, never half old and half new.
import type { PackLoadProblem, PackRef } from '../../shared/contract/packs.ts';
import { packsKey } from '../../shared/arrangements/reevaluate.ts';
import { packRefs } from '../../shared/arrangements/compute.ts';
import type { Pack } from '../../shared/packs/format.ts';
import { loadActivePacks, loadInstalledVersion, type InstalledPack, type SupplyContext } from '../packs/install.ts';
import { defaultPacksDir, loadPackDirs } from '../packs/load-dir.ts';

export interface PacksSnapshot {
  readonly packs: Pack[];
  readonly problems: PackLoadProblem[];
  /** The signed packs in use (publisher, dates); empty without a supply chain. */
  readonly installed?: readonly InstalledPack[];
}

export function loadPacksAtStart(dirs: readonly string[] = [defaultPacksDir()]): PacksSnapshot {
  const loaded = loadPackDirs(dirs);
  return loaded.ok ? { packs: loaded.packs, problems: [] } : { packs: [], problems: loaded.problems };
}

export type PacksListener = (next: PacksSnapshot, previous: PacksSnapshot) => void;

export interface LivePacks {
  /** The snapshot to use for one whole operation. */
  current(): PacksSnapshot;
  /** The supply chain (data folder, trust, feeds); null when the packs are fixed (tests, no data folder). */
  readonly supply: SupplyContext | null;
  /** Settles when the installed packs have been read at start (never rejects). */
  readonly ready: Promise<void>;
  /** Reads the active packs again and swaps them in; listeners hear of it when the versions changed. */
  reload(): Promise<PacksSnapshot>;
  /** A recorded pack version read back (active, shipped or a kept installed copy); null when this app no longer has it. */
  packAt(ref: PackRef): Promise<Pack | null>;
  onChange(listener: PacksListener): () => void;
}

/**
 * `initial` is what is known synchronously at start (the shipped packs and their problems).
 * With a supply chain, the installed versions are read in the background and `ready` settles
 * when they are in; callers wait for it before their first operation.
 */
export function livePacks(initial: PacksSnapshot, supply: SupplyContext | null, log: (line: string) => void = () => {}): LivePacks {
  let snapshot = initial;
  const listeners = new Set<PacksListener>();
  const installedCache = new Map<string, Promise<Pack | null>>();
  let chain: Promise<unknown> = Promise.resolve();

  const swap = (next: PacksSnapshot): void => {
    const previous = snapshot;
    snapshot = next;
    if (packsKey(packRefs(previous.packs)) === packsKey(packRefs(next.packs))) return;
    for (const l of listeners) {
      try {
        l(next, previous);
      } catch (err) {
        log(`Een onderdeel kon de nieuwe pakketten niet verwerken: ${err instanceof Error ? err.message : String(err)}`);
      }
    }
  };

  const loadNow = async (): Promise<PacksSnapshot> => {
    if (!supply) return snapshot;
    try {
      const loaded = await loadActivePacks(supply);
      const next: PacksSnapshot = { packs: loaded.packs, problems: [...initial.problems, ...loaded.problems], installed: loaded.installed };
      swap(next);
    } catch (err) {
      // A damaged install state: keep what is in use and say why on the Regelingen screen.
      const message = err instanceof Error ? err.message : String(err);
      log(`Geïnstalleerde pakketten lezen mislukt: ${message}`);
      swap({ ...snapshot, problems: [...initial.problems, { file: 'pack-state.json', path: '', message }] });
    }
    return snapshot;
  };

  // One reload at a time: two syncs finishing together must not swap in an older read last.
  const reload = (): Promise<PacksSnapshot> => {
    const run = chain.then(loadNow, loadNow);
    chain = run;
    return run;
  };

  const ready = supply ? reload().then(() => undefined) : Promise.resolve();

  return {
    current: () => snapshot,
    supply,
    ready,
    reload,
    packAt: (ref) => {
      const active = snapshot.packs.find((p) => p.id === ref.id && p.version === ref.version);
      if (active) return Promise.resolve(active);
      const shipped = (supply?.shipped ?? initial.packs).find((p) => p.id === ref.id && p.version === ref.version);
      if (shipped) return Promise.resolve(shipped);
      if (!supply) return Promise.resolve(null);
      const key = `${ref.id}@${ref.version}`;
      let hit = installedCache.get(key);
      if (!hit) {
        // Installed versions never change once written (a changed file is refused on reading).
        // A miss is not kept: the version may be installed, or its publisher trusted again, later.
        hit = loadInstalledVersion(supply, ref.id, ref.version).then(
          (r) => {
            if (!r.ok) installedCache.delete(key);
            return r.ok ? r.installed.pack : null;
          },
          () => {
            installedCache.delete(key);
            return null;
          },
        );
        installedCache.set(key, hit);
      }
      return hit;
    },
    onChange: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
