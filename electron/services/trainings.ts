// Candidate trainings of a dossier.
import { arrangementsRepository } from '../../db/repositories/arrangements.ts';
import { clientFacts, writableClient } from '../../db/repositories/session-db.ts';
import { trainingsRepository } from '../../db/repositories/trainings.ts';
import type { trainingsOperations } from '../../shared/contract/trainings.ts';
import type { HandlerTable } from './handlers.ts';
import type { SessionContext } from './session-context.ts';

export function trainingsHandlers(s: SessionContext): HandlerTable<keyof typeof trainingsOperations> {
  return {
    'trainings.list': async ({ clientId }) => {
      await clientFacts(s.db, clientId);
      return trainingsRepository(s.db).list(clientId);
    },
    'trainings.save': ({ clientId, id, expectedVersion, training }) =>
      s.transaction(async (db) => {
        await writableClient(db, clientId);
        const repo = trainingsRepository(db);
        const now = s.ctx.now();
        if (id === undefined || expectedVersion === undefined) return repo.create(s.ctx.newId(), clientId, training, now);
        return repo.update(id, clientId, expectedVersion, training, now);
      }),
    // The training row goes, its arrangements stay (with their snapshot) but lose the link.
    'trainings.remove': ({ id, expectedVersion }) =>
      s.transaction(async (db) => {
        const repo = trainingsRepository(db);
        const current = await repo.get(id);
        await writableClient(db, current.clientId);
        await arrangementsRepository(db).unlinkTraining(id);
        await repo.remove(id, expectedVersion);
        return { id, removed: true as const };
      }),
  };
}
