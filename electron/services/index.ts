// The service layer as Electron main and the loopback bridge see it: one dispatch function
// over one handler table that covers the whole contract.
import type { Store } from '../../db/open.ts';
import type { ApkChecklist } from '../../shared/apk/checklist.ts';
import { defaultChecklist } from '../../shared/apk/default-checklist.ts';
import { installDutchZodMessages } from '../../shared/validation/dutch.ts';
import { apkHandlers } from './apk.ts';
import { arrangementsHandlers } from './arrangements.ts';
import { auditHandlers } from './audit.ts';
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
import { loadPacksAtStart, type PacksSnapshot } from './packs-at-start.ts';
import { settingsHandlers } from './settings.ts';
import { trainingsHandlers } from './trainings.ts';

export interface Services {
  dispatch: Dispatch;
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
}

export function createServices(store: Store, clock: Clock, options: ServiceOptions = {}): Services {
  installDutchZodMessages();
  const ctx = serviceContext(store, clock, {
    packs: typeof options.packs === 'function' ? options.packs() : (options.packs ?? loadPacksAtStart()),
    checklist: options.checklist ?? defaultChecklist,
    checklistNotice: options.checklistNotice ?? null,
    capabilities: options.capabilities ?? {},
    dataLocation: options.dataDir ?? null,
  });
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
  };
  return { dispatch: createDispatch(handlers, options.log) };
}
