// The 35 arbeidsmarktregio's come from versioned data shipped with the app, not the database:
// the version travels along so a dossier screen can tell which list it used.
import type { regionsOperations } from '../../shared/contract/regions.ts';
import { regions, regionsVersion } from '../../shared/regions/index.ts';
import type { HandlerTable } from './handlers.ts';

export function regionsHandlers(): HandlerTable<keyof typeof regionsOperations> {
  return {
    'regions.list': () => ({ version: regionsVersion, regions: regions.map((r) => ({ ...r })) }),
  };
}
