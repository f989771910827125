// Entry for `npm run web` and the end-to-end tests: the real services on the real store,
// reachable from a browser through the loopback bridge. Prints one line for machines (tests
// wait for ARRANGEUR_BRIDGE_READY instead of sleeping) and then, last, the lines for people
// with the one-time login address (cli.ts).
//
// The data folder is the desktop app's own (electron/paths.ts; ARRANGEUR_DATA_DIR overrides
// it): browser mode is how advisers run Arrangeur where Electron cannot, so its dossiers must
// survive a reboot and still be there when the desktop app is installed later. The printed
// lines say where that folder is.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Store } from '../../db/open.ts';
import { openDataFolder } from '../keys/open-data-store.ts';
import { AppFailure } from '../../shared/contract/result.ts';
import { defaultDataDir } from '../paths.ts';
import { systemClock } from '../services/context.ts';
import { loadChecklistAtStart } from '../apk/load-checklist.ts';
import { createServices } from '../services/index.ts';
import { listenErrorText, parseServeArgs, startupLines, USAGE } from './cli.ts';
import { bridgeMessages } from './messages.ts';
import { startBridge, type Bridge } from './server.ts';

const defaultStaticDir = fileURLToPath(new URL('../../dist/renderer', import.meta.url));

async function main(): Promise<void> {
  const args = parseServeArgs(process.argv.slice(2), process.env);
  if (args.kind === 'help') {
    console.log(USAGE);
    return;
  }
  if (args.kind === 'error') {
    console.error(args.message);
    process.exitCode = 2;
    return;
  }
  const dataDir = defaultDataDir();
  const staticDir = process.env.ARRANGEUR_STATIC_DIR?.trim() || defaultStaticDir;

  let store: Store;
  let opened: ReturnType<typeof openDataFolder>;
  try {
    // Private folder, key file (browser mode has no keychain), encrypted database: electron/keys/.
    // A restore asked for in the previous run is put in place first (electron/backups/).
    opened = openDataFolder(dataDir);
    store = opened.store;
  } catch (error) {
    // A refused database says why in Dutch; nothing was written to it.
    console.error(error instanceof AppFailure ? error.message : error);
    console.error(`Gegevensmap: ${dataDir}`);
    process.exitCode = 1;
    return;
  }

  const apk = loadChecklistAtStart(dataDir);
  const services = createServices(store, systemClock(), {
    checklist: apk.checklist,
    checklistNotice: apk.notice,
    dataDir,
    // Encrypted backups at start and once a day, "Nu back-up maken" and a restore at the next start.
    backups: { dataDir, key: opened.key, restoredAtStart: opened.restoredAtStart, automatic: true },
  });
  let bridge: Bridge;
  try {
    bridge = await startBridge({ dispatch: services.dispatch, staticDir, port: args.port });
  } catch (error) {
    store.close();
    console.error(listenErrorText(error, args.port));
    process.exitCode = 1;
    return;
  }

  if (!existsSync(staticDir)) console.warn(bridgeMessages.notBuilt);
  console.log(`ARRANGEUR_BRIDGE_READY ${JSON.stringify({ url: bridge.url, port: bridge.port, loginUrl: bridge.loginUrl })}`);
  for (const line of startupLines({ loginUrl: bridge.loginUrl, dataDir, fixedPort: args.fixedPort })) console.log(line);

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await bridge.close();
    await services.stop();
    // A re-evaluation of the open arrangements may be running in the background: let it stop
    // between two chunks rather than lose the store under it.
    await services.stop();
    // Closing checkpoints the WAL, so the data folder holds one complete file afterwards.
    store.close();
    console.log('Arrangeur is gestopt.');
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
}

main().catch((error: unknown) => {
  console.error('[arrangeur] could not start the bridge', error);
  process.exit(1);
});
