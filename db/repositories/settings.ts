// Settings as key/value rows (one row per setting, so a new setting needs no migration): the
// adviser's name, organisation and contact details, and the retention policy (months, '' = off).
import type { Kysely } from 'kysely';
import { settingKeys, type SettingKey, type SettingsFields, type StoredSettings } from '../../shared/contract/settings.ts';
import type { Database } from '../schema.ts';

type TextKey = (typeof settingKeys)[number];
const isTextKey = (key: string): key is TextKey => (settingKeys as readonly string[]).includes(key);
const RETENTION = 'retentionMonths';
/** Stored as text like every setting; '' = off. */
const parseMonths = (value: string): number | null => (/^\d+$/.test(value) ? Number(value) : null);

export function settingsRepository(db: Kysely<Database>) {
  const get = async (): Promise<StoredSettings> => {
    const rows = await db.selectFrom('settings').select(['key', 'value', 'updated_at']).execute();
    const settings: StoredSettings = { adviserName: '', organisation: '', phone: '', email: '', address: '', website: '', retentionMonths: null, updatedAt: null };
    for (const row of rows) {
      if (isTextKey(row.key)) settings[row.key] = row.value;
      else if (row.key === RETENTION) settings.retentionMonths = parseMonths(row.value);
      else continue;
      if (settings.updatedAt === null || row.updated_at > settings.updatedAt) settings.updatedAt = row.updated_at;
    }
    return settings;
  };

  return {
    get,

    /**
     * Writes the given settings (an omitted one stays as it is) and answers which changed, so
     * the audit trail can name them. A value equal to the stored one is not written.
     */
    async update(fields: SettingsFields, now: string): Promise<{ settings: StoredSettings; changed: SettingKey[] }> {
      const current = await get();
      const changed: SettingKey[] = [];
      const put = async (key: string, value: string) =>
        db
          .insertInto('settings')
          .values({ key, value, updated_at: now })
          .onConflict((oc) => oc.column('key').doUpdateSet({ value, updated_at: now }))
          .execute();
      for (const key of settingKeys) {
        const value = fields[key];
        if (value === undefined || value === current[key]) continue;
        await put(key, value);
        changed.push(key);
      }
      if (fields.retentionMonths !== undefined && fields.retentionMonths !== current.retentionMonths) {
        await put(RETENTION, fields.retentionMonths === null ? '' : String(fields.retentionMonths));
        changed.push('retentionMonths');
      }
      return { settings: await get(), changed };
    },
  };
}
