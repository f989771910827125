// Candidate trainings of a client, version-guarded. Removing one also unlinks its
// arrangements (they keep their case snapshot): the service runs both in one transaction.
import { sql, type Kysely } from 'kysely';
import type { Training } from '../../shared/case/schema.ts';
import { AppFailure } from '../../shared/contract/result.ts';
import type { TrainingRecord } from '../../shared/contract/trainings.ts';
import { fromJson } from '../json.ts';
import { dbMessages } from '../messages.ts';
import type { Database } from '../schema.ts';

const columns = ['id', 'client_id', 'training', 'version', 'created_at', 'updated_at'] as const;

const toRecord = (row: { id: string; client_id: string; training: string; version: number; created_at: string; updated_at: string }): TrainingRecord => ({
  id: row.id,
  clientId: row.client_id,
  version: row.version,
  training: fromJson<Training>(row.training),
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

export function trainingsRepository(db: Kysely<Database>) {
  const find = (id: string) => db.selectFrom('trainings').select(columns).where('id', '=', id).executeTakeFirst();

  const explainMiss = async (id: string): Promise<never> => {
    if (!(await find(id))) throw new AppFailure('not-found', dbMessages.trainingNotFound);
    throw new AppFailure('conflict', dbMessages.trainingConflict);
  };

  return {
    async list(clientId: string): Promise<TrainingRecord[]> {
      const rows = await db.selectFrom('trainings').select(columns).where('client_id', '=', clientId).orderBy('seq').execute();
      return rows.map(toRecord);
    },

    /** The record, or undefined when there is none (already removed, or never existed). */
    async find(id: string): Promise<TrainingRecord | undefined> {
      const row = await find(id);
      return row ? toRecord(row) : undefined;
    },

    async get(id: string): Promise<TrainingRecord> {
      const row = await find(id);
      if (!row) throw new AppFailure('not-found', dbMessages.trainingNotFound);
      return toRecord(row);
    },

    async create(id: string, clientId: string, training: Training, now: string): Promise<TrainingRecord> {
      const row = await db
        .insertInto('trainings')
        .values({ id, client_id: clientId, training: JSON.stringify(training), version: 1, created_at: now, updated_at: now })
        .returning(columns)
        .executeTakeFirstOrThrow();
      return toRecord(row);
    },

    async update(id: string, clientId: string, expectedVersion: number, training: Training, now: string): Promise<TrainingRecord> {
      const current = await find(id);
      if (current && current.client_id !== clientId) throw new AppFailure('conflict', dbMessages.trainingOtherClient);
      const row = await db
        .updateTable('trainings')
        .set({ training: JSON.stringify(training), version: sql<number>`version + 1`, updated_at: now })
        .where('id', '=', id)
        .where('version', '=', expectedVersion)
        .returning(columns)
        .executeTakeFirst();
      return row ? toRecord(row) : explainMiss(id);
    },

    async remove(id: string, expectedVersion: number): Promise<void> {
      const result = await db.deleteFrom('trainings').where('id', '=', id).where('version', '=', expectedVersion).executeTakeFirst();
      if (result.numDeletedRows === 0n) await explainMiss(id);
    },
  };
}
