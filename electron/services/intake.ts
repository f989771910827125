// The intake of a dossier: read (defaults at version 0 until the first save) and save.
import { intakeRepository } from '../../db/repositories/intake.ts';
import { clientFacts, writableClient } from '../../db/repositories/session-db.ts';
import type { intakeOperations } from '../../shared/contract/intake.ts';
import type { HandlerTable } from './handlers.ts';
import type { SessionContext } from './session-context.ts';

export function intakeHandlers(s: SessionContext): HandlerTable<keyof typeof intakeOperations> {
  return {
    'intake.get': async ({ clientId }) => {
      await clientFacts(s.db, clientId);
      return intakeRepository(s.db).get(clientId);
    },
    'intake.save': ({ clientId, expectedVersion, fields }) =>
      s.transaction(async (db) => {
        await writableClient(db, clientId);
        return intakeRepository(db).save(clientId, expectedVersion, fields, s.ctx.now());
      }),
  };
}
