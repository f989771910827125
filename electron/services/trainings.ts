// Candidate trainings of a dossier. They are written only by intake.save, together with the
// situation, so one adviser action stays one transaction.
import { clientFacts } from '../../db/repositories/session-db.ts';
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
  };
}
