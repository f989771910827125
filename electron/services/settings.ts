// The adviser's name, recorded on every override.
import { settingsRepository } from '../../db/repositories/settings.ts';
import type { settingsOperations } from '../../shared/contract/settings.ts';
import type { HandlerTable } from './handlers.ts';
import type { ServiceContext } from './context.ts';

export function settingsHandlers(ctx: ServiceContext): HandlerTable<keyof typeof settingsOperations> {
  const repo = settingsRepository(ctx.db);
  return {
    'settings.get': () => repo.get(),
    'settings.update': ({ adviserName }) => repo.setAdviserName(adviserName, ctx.now()),
  };
}
