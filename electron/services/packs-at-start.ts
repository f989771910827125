// The packs the services work with, loaded once at start from the shipped reference folder.
// A refused set is not fatal: the app still opens (dossiers, intake, APK work) and packs.list
// shows the adviser exactly which file and field is wrong; matching then finds nothing.
import type { PackLoadProblem } from '../../shared/contract/packs.ts';
import type { Pack } from '../../shared/packs/format.ts';
import { defaultPacksDir, loadPackDirs } from '../packs/load-dir.ts';

export interface PacksSnapshot {
  packs: Pack[];
  problems: PackLoadProblem[];
}

export function loadPacksAtStart(dirs: readonly string[] = [defaultPacksDir()]): PacksSnapshot {
  const loaded = loadPackDirs(dirs);
  return loaded.ok ? { packs: loaded.packs, problems: [] } : { packs: [], problems: loaded.problems };
}
