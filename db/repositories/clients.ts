// Client dossiers. Every write is a single statement (the FTS triggers run inside it), so a
// dossier and its search entry change together or not at all. Concurrency is optimistic: the
// caller names the version it read; a different stored version means someone else saved in
// between, and we refuse rather than overwrite their work.
import { sql, type Kysely, type Selectable } from 'kysely';
import type { Client, ClientFields } from '../../shared/contract/clients.ts';
import { AppFailure } from '../../shared/contract/result.ts';
import { dbMessages } from '../messages.ts';
import type { ClientsTable, Database } from '../schema.ts';
import { foldForSort, normalizeText, toFtsPrefixQuery } from '../text.ts';

export interface RepositoryContext {
  now(): string;
  newId(): string;
}


const columns = [
  'id',
  'display_name',
  'birth_date',
  'region',
  'adviser_reference',
  'note',
  'version',
  'created_at',
  'updated_at',
  'archived_at',
] as const;

type ClientRow = Pick<Selectable<ClientsTable>, (typeof columns)[number]>;

const toClient = (row: ClientRow): Client => ({
  id: row.id,
  displayName: row.display_name,
  birthDate: row.birth_date,
  region: row.region,
  adviserReference: row.adviser_reference,
  note: row.note,
  version: row.version,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  archivedAt: row.archived_at,
});

const toColumns = (fields: ClientFields) => {
  const displayName = normalizeText(fields.displayName);
  return {
    display_name: displayName,
    sort_name: foldForSort(displayName),
    birth_date: fields.birthDate,
    region: fields.region,
    adviser_reference: normalizeText(fields.adviserReference),
    note: fields.note === null ? null : normalizeText(fields.note),
  };
};

export interface ListOptions {
  archived: boolean;
  limit: number;
  offset: number;
}

export interface SearchOptions {
  query: string;
  archived: boolean;
  limit: number;
}

export function clientsRepository(db: Kysely<Database>, ctx: RepositoryContext) {
  const find = async (id: string): Promise<ClientRow | undefined> =>
    db.selectFrom('clients').select(columns).where('id', '=', id).executeTakeFirst();

  const get = async (id: string): Promise<Client> => {
    const row = await find(id);
    if (!row) throw new AppFailure('not-found', dbMessages.clientNotFound);
    return toClient(row);
  };

  /** After a guarded write touched no row: say why (gone, or changed by someone else). */
  const explainMiss = async (id: string): Promise<never> => {
    const current = await find(id);
    if (!current) throw new AppFailure('not-found', dbMessages.clientNotFound);
    throw new AppFailure('conflict', dbMessages.clientConflict);
  };

  /** Version-guarded single-statement update: the check and the write cannot be split. */
  const guardedUpdate = async (
    id: string,
    expectedVersion: number,
    changes: Partial<Omit<ClientsTable, 'seq' | 'id' | 'version' | 'created_at'>>,
  ): Promise<Client> => {
    const row = await db
      .updateTable('clients')
      .set({ ...changes, version: sql<number>`version + 1`, updated_at: ctx.now() })
      .where('id', '=', id)
      .where('version', '=', expectedVersion)
      .returning(columns)
      .executeTakeFirst();
    return row ? toClient(row) : explainMiss(id);
  };

  return {
    async create(fields: ClientFields): Promise<Client> {
      const now = ctx.now();
      const row = await db
        .insertInto('clients')
        .values({ id: ctx.newId(), ...toColumns(fields), version: 1, created_at: now, updated_at: now, archived_at: null })
        .returning(columns)
        .executeTakeFirstOrThrow();
      return toClient(row);
    },

    get,

    update(id: string, expectedVersion: number, fields: ClientFields): Promise<Client> {
      return guardedUpdate(id, expectedVersion, toColumns(fields));
    },

    /** Archiving hides a dossier from the daily list; it is never deleted. */
    async archive(id: string, expectedVersion: number): Promise<Client> {
      const current = await get(id);
      if (current.version !== expectedVersion) throw new AppFailure('conflict', dbMessages.clientConflict);
      if (current.archivedAt !== null) return current;
      return guardedUpdate(id, expectedVersion, { archived_at: ctx.now() });
    },

    async restore(id: string, expectedVersion: number): Promise<Client> {
      const current = await get(id);
      if (current.version !== expectedVersion) throw new AppFailure('conflict', dbMessages.clientConflict);
      if (current.archivedAt === null) return current;
      return guardedUpdate(id, expectedVersion, { archived_at: null });
    },

    async list({ archived, limit, offset }: ListOptions): Promise<Client[]> {
      const rows = await db
        .selectFrom('clients')
        .select(columns)
        .where('archived_at', archived ? 'is not' : 'is', null)
        .orderBy('sort_name')
        .orderBy('id')
        .limit(limit)
        .offset(offset)
        .execute();
      return rows.map(toClient);
    },

    async search({ query, archived, limit }: SearchOptions): Promise<Client[]> {
      const match = toFtsPrefixQuery(query);
      if (match === null) return [];
      const rows = await db
        .selectFrom('clients_fts')
        .innerJoin('clients', 'clients.seq', 'clients_fts.rowid')
        .select(columns.map((c) => `clients.${c}` as const))
        .where(sql<boolean>`clients_fts MATCH ${match}`)
        .where('clients.archived_at', archived ? 'is not' : 'is', null)
        .orderBy('clients_fts.rank')
        .orderBy('clients.sort_name')
        .orderBy('clients.id')
        .limit(limit)
        .execute();
      return rows.map(toClient);
    },
  };
}

export type ClientsRepository = ReturnType<typeof clientsRepository>;

/** The dossier facts the adviser's work on it needs (the case's client part, and the archive flag). */
export interface ClientFacts {
  id: string;
  displayName: string;
  birthDate: string;
  region: string;
  archived: boolean;
}

/** Works on the plain connection or inside a transaction (Transaction extends Kysely). */
export async function clientFacts(db: Kysely<Database>, clientId: string): Promise<ClientFacts> {
  const row = await db
    .selectFrom('clients')
    .select(['id', 'display_name', 'birth_date', 'region', 'archived_at'])
    .where('id', '=', clientId)
    .executeTakeFirst();
  if (!row) throw new AppFailure('not-found', dbMessages.clientNotFound);
  return { id: row.id, displayName: row.display_name, birthDate: row.birth_date, region: row.region, archived: row.archived_at !== null };
}

/** Writes to an archived dossier are refused: archiving means "this dossier's work is closed". */
export async function writableClient(db: Kysely<Database>, clientId: string): Promise<ClientFacts> {
  const client = await clientFacts(db, clientId);
  if (client.archived) throw new AppFailure('conflict', dbMessages.clientArchived);
  return client;
}
