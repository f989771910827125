// The service layer as Electron main and the loopback bridge see it: one dispatch function
// over one handler table that covers the whole contract.
import type { Store } from '../../db/open.ts';
import type { ApkChecklist } from '../../shared/apk/checklist.ts';
import { defaultChecklist } from '../../shared/apk/default-checklist.ts';
import { installDutchZodMessages } from '../../shared/validation/dutch.ts';
import type { SupplyContext } from '../packs/install.ts';
import { jsonFileSupplyStore } from '../packs/supply-store.ts';
import { apkHandlers } from './apk.ts';
import { arrangementsHandlers } from './arrangements.ts';
import { auditHandlers } from './audit.ts';
import { backupRuntime, recordRestoreAtStart, type BackupSetup } from './backups.ts';
import type { ServiceCapabilities } from './capabilities.ts';
import { clientsHandlers } from './clients.ts';
import { serviceContext, type Clock } from './context.ts';
import { dossierHandlers } from './dossier.ts';
import { createDispatch, type Dispatch, type ErrorLog } from './dispatch.ts';
import type { HandlerTable } from './handlers.ts';
import { intakeHandlers } from './intake.ts';
import { packsHandlers } from './packs.ts';
import { privacyHandlers } from './privacy.ts';
import { regionsHandlers } from './regions.ts';
import { reportsHandlers } from './reports.ts';
import { livePacks, loadPacksAtStart, type PacksSnapshot } from './packs-at-start.ts';
import { reevaluationService } from './reevaluation.ts';
import { settingsHandlers } from './settings.ts';
import { trainingsHandlers } from './trainings.ts';

export interface Services {
  /** Waits for the installed packs to be read at start before it answers its first call. */
  dispatch: Dispatch;
  /** Settles when the installed packs are read (dispatch already waits for it). */
  ready: Promise<void>;
  /** Settles when background work (a re-evaluation of the open arrangements) is finished. */
  idle(): Promise<void>;
  /** Stops background work; call before closing the store. */
  stop(): Promise<void>;
}

export interface ServiceOptions {
  log?: ErrorLog;
  /** The scheme packs, loaded once at start (default: the shipped reference packs). Tests pass inline packs. */
  packs?: PacksSnapshot | (() => PacksSnapshot);
  /** The Loopbaan APK checklist; the shipped one by default. */
  checklist?: ApkChecklist;
  /** Set when a regional checklist was refused at start (electron/apk/load-checklist.ts). */
  checklistNotice?: string | null;
  /** Desktop-only abilities (PDF); absent in browser mode and tests. */
  capabilities?: ServiceCapabilities;
  /** The data folder the store was opened from; shown read-only in the settings. */
  dataDir?: string;
  /**
   * The signed-pack supply chain (issue 9): installed versions, trust and feeds in the data
   * folder. Default: in `dataDir` when it is given and no fixed `packs` are; null for none.
   */
  supply?: SupplyContext | null;
  /** Backups of the data folder (issue 13.14); absent in tests without a data folder. */
  backups?: BackupSetup;
}

/** The supply chain in the data folder, on the services' clock. */
const supplyIn = (dataDir: string, clock: Clock, shipped: PacksSnapshot['packs'], log: (line: string) => void): SupplyContext => ({
  store: jsonFileSupplyStore(dataDir),
  today: () => clock.now().slice(0, 10),
  now: () => clock.now(),
  shipped,
  log,
});

export function createServices(store: Store, clock: Clock, options: ServiceOptions = {}): Services {
  installDutchZodMessages();
  // Erasure (AVG art. 17) must leave no bytes of the client behind: with secure_delete SQLite
  // overwrites deleted and replaced content with zeros instead of only unlinking it, in the
  // file and in the WAL. Set here, where the app and browser mode set up the services on their
  // one connection (db/open.ts belongs to the store's opening; this is a per-connection flag).
  store.sqlite.pragma('secure_delete = ON');
  const start = typeof options.packs === 'function' ? options.packs() : (options.packs ?? loadPacksAtStart());
  const logLine = (line: string) => (options.log ? options.log(line, null) : console.warn(`[arrangeur] ${line}`));
  const given = options.supply;
  const supply =
    given !== undefined
      ? given && { ...given, shipped: given.shipped ?? start.packs }
      : options.dataDir && !options.packs
        ? supplyIn(options.dataDir, clock, start.packs, logLine)
        : null;
  const packs = livePacks(start, supply, logLine);
  const ctx = serviceContext(store, clock, {
    packs,
    checklist: options.checklist ?? defaultChecklist,
    checklistNotice: options.checklistNotice ?? null,
    capabilities: options.capabilities ?? {},
    dataLocation: options.dataDir ?? null,
  });
  // A change of the packs in use re-evaluates the open arrangements in the background; so does
  // the start, for packs that changed while the app was closed (a new app version, a copied
  // data folder). Without a supply chain the packs cannot change, and nothing runs.
  const reevaluation = reevaluationService(ctx, logLine);
  packs.onChange(() => reevaluation.start());
  const backups = backupRuntime(ctx, store, options.backups ?? null, logLine);
  // A restore put in place at this start is recorded in the restored store's own trail.
  const restoreRecorded = recordRestoreAtStart(ctx, options.backups?.restoredAtStart).catch((error: unknown) =>
    logLine(`could not record the restore: ${String(error)}`),
  );
  const stopAutomaticBackups = options.backups?.automatic ? backups.startAutomatic() : () => {};
  if (supply) void packs.ready.then(() => reevaluation.start());
  // Every handler gets the same context; regions need none (shipped data, no store).
  const handlers: HandlerTable = {
    ...clientsHandlers(ctx),
    ...regionsHandlers(),
    ...settingsHandlers(ctx),
    ...intakeHandlers(ctx),
    ...trainingsHandlers(ctx),
    ...apkHandlers(ctx),
    ...packsHandlers(ctx),
    ...arrangementsHandlers(ctx),
    ...dossierHandlers(ctx),
    ...auditHandlers(ctx),
    ...privacyHandlers(ctx),
    ...backups.handlers,
    ...reportsHandlers(ctx),
    ...reevaluation.handlers,
  };
  const dispatch = createDispatch(handlers, options.log);
  return {
    dispatch: async (op, input) => {
      await packs.ready;
      await restoreRecorded;
      return dispatch(op, input);
    },
    ready: packs.ready,
    idle: () => reevaluation.idle(),
    stop: () => {
      stopAutomaticBackups();
      return reevaluation.stop();
    },
  };
}
