// Opens the store of a data folder the way the desktop app and browser mode both do: a private
// folder (0700), the folder's key (data-key.ts), and an encrypted database with private files.
import { openStore, type Store } from '../../db/open.ts';
import { dataFile, ensurePrivateDataDir } from '../paths.ts';
import { loadOrCreateDataKey, type KeyProtector } from './data-key.ts';

export function openDataStore(dataDir: string, protector: KeyProtector | null = null): Store {
  ensurePrivateDataDir(dataDir);
  const key = loadOrCreateDataKey(dataDir, protector);
  return openStore(dataFile(dataDir), { key });
}
