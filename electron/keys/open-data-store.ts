// Opens the store of a data folder the way the desktop app and browser mode both do: a private
// folder (0700), the folder's key (data-key.ts), and an encrypted database with private files.
import { openStore, type Store } from '../../db/open.ts';
import type { RestoreOutcome } from '../../shared/contract/backups.ts';
import { applyPendingRestore } from '../backups/folder.ts';
import { dataFile, ensurePrivateDataDir } from '../paths.ts';
import { loadOrCreateDataKey, type KeyProtector } from './data-key.ts';

export function openDataStore(dataDir: string, protector: KeyProtector | null = null): Store {
  return openDataFolder(dataDir, protector).store;
}

export interface OpenDataFolder {
  store: Store;
  /** The folder's key: the services check a backup with it before a restore is set up. */
  key: Buffer;
  /** A restore the adviser asked for in the previous run, put in place (or refused) just now. */
  restoredAtStart: RestoreOutcome | null;
}

/**
 * As openDataStore, for the app and browser mode: first puts a restore that waits for this
 * start in place (nothing has the file open yet; see electron/backups/folder.ts), then opens.
 */
export function openDataFolder(dataDir: string, protector: KeyProtector | null = null): OpenDataFolder {
  ensurePrivateDataDir(dataDir);
  const key = loadOrCreateDataKey(dataDir, protector);
  const restoredAtStart = applyPendingRestore(dataDir, key);
  return { store: openStore(dataFile(dataDir), { key }), key, restoredAtStart };
}
