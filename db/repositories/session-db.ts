// The session repositories work on the dossier tables plus the session tables, on the plain
// connection or inside a transaction the service opened (Transaction extends Kysely), so a
// service can compose several repository calls into one atomic change.
import type { Kysely } from 'kysely';
import { AppFailure } from '../../shared/contract/result.ts';
import type { Database } from '../schema.ts';
import type { SessionTables } from '../session-schema.ts';
import { sessionMessages } from '../session-messages.ts';

export type SessionDb = Kysely<Database & SessionTables>;

export const sessionDb = (db: Kysely<Database>): SessionDb => db.withTables<SessionTables>();

export interface ClientFacts {
  id: string;
  displayName: string;
  birthDate: string;
  region: string;
  archived: boolean;
}

/** The dossier facts a session needs; not-found when the dossier does not exist. */
export async function clientFacts(db: SessionDb, clientId: string): Promise<ClientFacts> {
  const row = await db
    .selectFrom('clients')
    .select(['id', 'display_name', 'birth_date', 'region', 'archived_at'])
    .where('id', '=', clientId)
    .executeTakeFirst();
  if (!row) throw new AppFailure('not-found', sessionMessages.clientNotFound);
  return { id: row.id, displayName: row.display_name, birthDate: row.birth_date, region: row.region, archived: row.archived_at !== null };
}

/** Writes to an archived dossier are refused: archiving means "this session is closed". */
export async function writableClient(db: SessionDb, clientId: string): Promise<ClientFacts> {
  const client = await clientFacts(db, clientId);
  if (client.archived) throw new AppFailure('conflict', sessionMessages.clientArchived);
  return client;
}

/** JSON columns were written by us from validated values; parse them back as such. */
export const fromJson = <T>(text: string): T => JSON.parse(text) as T;
