// Entry for `npm run web` and the end-to-end tests: the real services on the real store,
// reachable from a browser through the loopback bridge. Prints one line for people and one
// for machines (tests wait for ARRANGEUR_BRIDGE_READY instead of sleeping).
import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { openStore, type Store } from '../../db/open.ts';
import { AppFailure } from '../../shared/contract/result.ts';
import { dataFile, defaultDataDir } from '../paths.ts';
import { systemContext } from '../services/context.ts';
import { loadChecklistAtStart } from '../apk/load-checklist.ts';
import { createServices } from '../services/index.ts';
import { bridgeMessages } from './messages.ts';
import { startBridge } from './server.ts';

const defaultStaticDir = fileURLToPath(new URL('../../dist/renderer', import.meta.url));

function portFromEnv(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return 0;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`ARRANGEUR_BRIDGE_PORT must be a port number (0-65535), got "${value}"`);
  }
  return port;
}

async function main(): Promise<void> {
  const dataDir = defaultDataDir();
  const staticDir = process.env.ARRANGEUR_STATIC_DIR?.trim() || defaultStaticDir;
  const port = portFromEnv(process.env.ARRANGEUR_BRIDGE_PORT);

  let store: Store;
  try {
    mkdirSync(dataDir, { recursive: true });
    store = openStore(dataFile(dataDir));
  } catch (error) {
    // A refused database says why in Dutch; nothing was written to it.
    console.error(error instanceof AppFailure ? error.message : error);
    console.error(`Gegevensmap: ${dataDir}`);
    process.exitCode = 1;
    return;
  }

  const apk = loadChecklistAtStart(dataDir);
  const services = createServices(store, systemContext(), { checklist: apk.checklist, checklistNotice: apk.notice });
  const bridge = await startBridge({ dispatch: services.dispatch, staticDir, port }).catch((error: unknown) => {
    store.close();
    throw error;
  });

  if (!existsSync(staticDir)) console.warn(bridgeMessages.notBuilt);
  console.log(`Arrangeur draait op ${bridge.url} (gegevens in ${dataDir})`);
  console.log(`ARRANGEUR_BRIDGE_READY ${JSON.stringify({ url: bridge.url, port: bridge.port })}`);

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await bridge.close();
    // Closing checkpoints the WAL, so the data folder holds one complete file afterwards.
    store.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
}

main().catch((error: unknown) => {
  console.error('[arrangeur] could not start the bridge', error);
  process.exit(1);
});
