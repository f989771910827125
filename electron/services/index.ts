// The service layer as Electron main and the loopback bridge see it: one dispatch function
// over one handler table that covers the whole contract.
import type { Store } from '../../db/open.ts';
import type { ApkChecklist } from '../../shared/apk/checklist.ts';
import { defaultChecklist } from '../../shared/apk/default-checklist.ts';
import { installDutchZodMessages } from '../../shared/validation/dutch.ts';
import { apkHandlers } from './apk.ts';
import { arrangementsHandlers } from './arrangements.ts';
import type { ServiceCapabilities } from './capabilities.ts';
import { clientsHandlers } from './clients.ts';
import type { ServiceContext } from './context.ts';
import { dossierHandlers } from './dossier.ts';
import { createDispatch, type Dispatch, type ErrorLog } from './dispatch.ts';
import type { HandlerTable } from './handlers.ts';
import { intakeHandlers } from './intake.ts';
import { packsHandlers } from './packs.ts';
import { regionsHandlers } from './regions.ts';
import { sessionContext, type PacksSnapshot } from './session-context.ts';
import { loadPacksAtStart } from './session-packs.ts';
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
}

export function createServices(store: Store, ctx: ServiceContext, options: ServiceOptions = {}): Services {
  installDutchZodMessages();
  const packs = typeof options.packs === 'function' ? options.packs() : (options.packs ?? loadPacksAtStart());
  const session = sessionContext(store, ctx, packs, options.checklist ?? defaultChecklist, options.capabilities ?? {}, options.checklistNotice ?? null);
  const handlers: HandlerTable = {
    ...clientsHandlers(store, ctx),
    ...regionsHandlers(),
    ...settingsHandlers(session),
    ...intakeHandlers(session),
    ...trainingsHandlers(session),
    ...apkHandlers(session),
    ...packsHandlers(session),
    ...arrangementsHandlers(session),
    ...dossierHandlers(session),
  };
  return { dispatch: createDispatch(handlers, options.log) };
}
