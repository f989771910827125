// One intake per client, version-guarded like dossiers: a save names the version it was based
// on (0 = there was none) and fails with 'conflict' if the stored one differs.
import { sql, type Kysely } from 'kysely';
import { defaultIntakeFields, type Intake, type IntakeFields } from '../../shared/contract/intake.ts';
import { AppFailure } from '../../shared/contract/result.ts';
import { fromJson } from '../json.ts';
import { dbMessages } from '../messages.ts';
import type { Database } from '../schema.ts';

export function intakeRepository(db: Kysely<Database>) {
  const find = (clientId: string) =>
    db.selectFrom('intakes').select(['fields', 'version', 'updated_at']).where('client_id', '=', clientId).executeTakeFirst();

  return {
    /** The stored intake, or the defaults at version 0 when none was saved yet. */
    async get(clientId: string): Promise<Intake> {
      const row = await find(clientId);
      if (!row) return { clientId, ...defaultIntakeFields(), version: 0, updatedAt: null };
      return { clientId, ...fromJson<IntakeFields>(row.fields), version: row.version, updatedAt: row.updated_at };
    },

    async save(clientId: string, expectedVersion: number, fields: IntakeFields, now: string): Promise<Intake> {
      const json = JSON.stringify(fields);
      if (expectedVersion === 0) {
        const inserted = await db
          .insertInto('intakes')
          .values({ client_id: clientId, fields: json, version: 1, updated_at: now })
          .onConflict((oc) => oc.column('client_id').doNothing())
          .returning('version')
          .executeTakeFirst();
        if (!inserted) throw new AppFailure('conflict', dbMessages.intakeConflict);
        return { clientId, ...fields, version: 1, updatedAt: now };
      }
      const updated = await db
        .updateTable('intakes')
        .set({ fields: json, version: sql<number>`version + 1`, updated_at: now })
        .where('client_id', '=', clientId)
        .where('version', '=', expectedVersion)
        .returning('version')
        .executeTakeFirst();
      if (!updated) throw new AppFailure('conflict', dbMessages.intakeConflict);
      return { clientId, ...fields, version: updated.version, updatedAt: now };
    },
  };
}
