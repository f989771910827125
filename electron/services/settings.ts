// The adviser's name (recorded on every override), organisation and contact details (printed
// on the client's document), and where the data lives (read-only, from the context).
import type { Kysely } from 'kysely';
import { auditRepository } from '../../db/repositories/audit.ts';
import { settingsRepository } from '../../db/repositories/settings.ts';
import type { Database } from '../../db/schema.ts';
import type { Settings, settingsOperations } from '../../shared/contract/settings.ts';
import { UNKNOWN_ADVISER } from './audit.ts';
import type { HandlerTable } from './handlers.ts';
import type { ServiceContext } from './context.ts';

/** The settings as the screens see them: the stored ones plus the data folder. */
export async function currentSettings(ctx: ServiceContext, db: Kysely<Database>): Promise<Settings> {
  return { ...(await settingsRepository(db).get()), dataLocation: ctx.dataLocation };
}

export function settingsHandlers(ctx: ServiceContext): HandlerTable<keyof typeof settingsOperations> {
  return {
    'settings.get': () => currentSettings(ctx, ctx.db),
    'settings.update': (fields) =>
      ctx.transaction(async (db) => {
        const now = ctx.now();
        // The entry names the adviser as the installation knew them before this save.
        const actorBefore = await settingsRepository(db).get();
        const { settings, changed } = await settingsRepository(db).update(fields, now);
        if (changed.length > 0) {
          await auditRepository(db).append({
            at: now,
            actor: actorBefore.adviserName.trim() || UNKNOWN_ADVISER,
            action: 'settings.update',
            recordType: 'settings',
            clientId: null,
            recordId: null,
            fields: changed,
          });
        }
        return { ...settings, dataLocation: ctx.dataLocation };
      }),
  };
}
