// Settings as key/value rows. Only the adviser's name for now.
import type { Kysely } from 'kysely';
import type { Settings } from '../../shared/contract/settings.ts';
import type { Database } from '../schema.ts';

const ADVISER_NAME = 'adviserName';

export function settingsRepository(db: Kysely<Database>) {
  return {
    async get(): Promise<Settings> {
      const row = await db.selectFrom('settings').select(['value', 'updated_at']).where('key', '=', ADVISER_NAME).executeTakeFirst();
      return { adviserName: row?.value ?? '', updatedAt: row?.updated_at ?? null };
    },

    async setAdviserName(name: string, now: string): Promise<Settings> {
      await db
        .insertInto('settings')
        .values({ key: ADVISER_NAME, value: name, updated_at: now })
        .onConflict((oc) => oc.column('key').doUpdateSet({ value: name, updated_at: now }))
        .execute();
      return { adviserName: name, updatedAt: now };
    },
  };
}
