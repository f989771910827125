// The service layer as Electron main and the loopback bridge see it: one dispatch function
// over one handler table that covers the whole contract.
import type { Store } from '../../db/open.ts';
import { clientsHandlers } from './clients.ts';
import type { ServiceContext } from './context.ts';
import { createDispatch, type Dispatch, type ErrorLog } from './dispatch.ts';
import type { HandlerTable } from './handlers.ts';
import { regionsHandlers } from './regions.ts';
import { installDutchZodMessages } from './zod-dutch.ts';

export interface Services {
  dispatch: Dispatch;
}

export interface ServiceOptions {
  log?: ErrorLog;
}

export function createServices(store: Store, ctx: ServiceContext, options: ServiceOptions = {}): Services {
  installDutchZodMessages();
  const handlers: HandlerTable = {
    ...clientsHandlers(store, ctx),
    ...regionsHandlers(),
  };
  return { dispatch: createDispatch(handlers, options.log) };
}
