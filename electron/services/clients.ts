// Client dossier handlers: thin on purpose. Validation happened in the dispatcher; the
// repository owns the rules (versions, archive, search). Every write is one transaction with
// its audit entry, which names the changed fields, never their values.
import { clientsRepository } from '../../db/repositories/clients.ts';
import type { Client, clientsOperations } from '../../shared/contract/clients.ts';
import { changedPaths, recordChange } from './audit.ts';
import type { ServiceContext } from './context.ts';
import type { HandlerTable } from './handlers.ts';

const contentOf = ({ displayName, birthDate, region, adviserReference, note }: Client) => ({ displayName, birthDate, region, adviserReference, note });

export function clientsHandlers(ctx: ServiceContext): HandlerTable<keyof typeof clientsOperations> {
  const repo = clientsRepository(ctx.db, ctx);

  /** Archive and restore: an entry only when the flag really changed (a repeat writes nothing). */
  const flag = (kind: 'archive' | 'restore') => ({ id, expectedVersion }: { id: string; expectedVersion: number }) =>
    ctx.transaction(async (db) => {
      const client = await clientsRepository(db, ctx)[kind](id, expectedVersion);
      if (client.version !== expectedVersion) {
        await recordChange(ctx, db, { action: `client.${kind}`, recordType: 'client', clientId: id, recordId: null, fields: ['archivedAt'], at: client.updatedAt });
      }
      return client;
    });

  return {
    'clients.create': (fields) =>
      ctx.transaction(async (db) => {
        const client = await clientsRepository(db, ctx).create(fields);
        const set = Object.entries(contentOf(client)).flatMap(([k, v]) => (v === null || v === '' ? [] : [k]));
        await recordChange(ctx, db, { action: 'client.create', recordType: 'client', clientId: client.id, recordId: null, fields: set, at: client.createdAt });
        return client;
      }),
    'clients.get': ({ id }) => repo.get(id),
    'clients.update': ({ id, expectedVersion, fields }) =>
      ctx.transaction(async (db) => {
        const clients = clientsRepository(db, ctx);
        const before = await clients.get(id);
        const client = await clients.update(id, expectedVersion, fields);
        const changed = changedPaths(contentOf(before), contentOf(client));
        await recordChange(ctx, db, { action: 'client.update', recordType: 'client', clientId: id, recordId: null, fields: changed, at: client.updatedAt });
        return client;
      }),
    'clients.list': (options) => repo.list(options),
    'clients.search': (options) => repo.search(options),
    'clients.archive': flag('archive'),
    'clients.restore': flag('restore'),
  };
}
