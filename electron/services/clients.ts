// Client dossier handlers: thin on purpose. Validation happened in the dispatcher; the
// repository owns the rules (versions, archive, search).
import { clientsRepository } from '../../db/repositories/clients.ts';
import type { clientsOperations } from '../../shared/contract/clients.ts';
import type { ServiceContext } from './context.ts';
import type { HandlerTable } from './handlers.ts';

export function clientsHandlers(ctx: ServiceContext): HandlerTable<keyof typeof clientsOperations> {
  const repo = clientsRepository(ctx.db, ctx);
  return {
    'clients.create': (fields) => repo.create(fields),
    'clients.get': ({ id }) => repo.get(id),
    'clients.update': ({ id, expectedVersion, fields }) => repo.update(id, expectedVersion, fields),
    'clients.list': (options) => repo.list(options),
    'clients.search': (options) => repo.search(options),
    'clients.archive': ({ id, expectedVersion }) => repo.archive(id, expectedVersion),
    'clients.restore': ({ id, expectedVersion }) => repo.restore(id, expectedVersion),
  };
}
