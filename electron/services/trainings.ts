// Candidate trainings of a dossier. They are written only by intake.save, together with the
// situation, so one adviser action stays one transaction.
import { clientFacts } from '../../db/repositories/clients.ts';
import { trainingsRepository } from '../../db/repositories/trainings.ts';
import type { trainingsOperations } from '../../shared/contract/trainings.ts';
import type { HandlerTable } from './handlers.ts';
import type { ServiceContext } from './context.ts';

export function trainingsHandlers(ctx: ServiceContext): HandlerTable<keyof typeof trainingsOperations> {
  return {
    'trainings.list': async ({ clientId }) => {
      await clientFacts(ctx.db, clientId);
      return trainingsRepository(ctx.db).list(clientId);
    },
  };
}
