// Opening a dossier: everything its screens show, read from one snapshot, so no screen combines
// a fresh client with a stale intake (or an arrangement list from before the last save).
import { arrangementsRepository } from '../../db/repositories/arrangements.ts';
import { clientsRepository } from '../../db/repositories/clients.ts';
import { intakeRepository } from '../../db/repositories/intake.ts';
import { trainingsRepository } from '../../db/repositories/trainings.ts';
import type { dossierOperations } from '../../shared/contract/dossier.ts';
import { apkState } from './apk.ts';
import { currentSettings } from './settings.ts';
import type { HandlerTable } from './handlers.ts';
import type { ServiceContext } from './context.ts';

export function dossierHandlers(ctx: ServiceContext): HandlerTable<keyof typeof dossierOperations> {
  return {
    'dossier.open': ({ clientId }) =>
      ctx.read(async (db) => {
        // First, so a dossier that does not exist is refused before anything else is read.
        const client = await clientsRepository(db, ctx).get(clientId);
        return {
          client,
          intake: await intakeRepository(db).get(clientId),
          trainings: await trainingsRepository(db).list(clientId),
          apk: await apkState(ctx, db, clientId),
          arrangements: await arrangementsRepository(db).list(clientId),
          settings: await currentSettings(ctx, db),
        };
      }),
  };
}
