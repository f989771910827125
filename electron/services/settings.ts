// The adviser's name, recorded on every override.
import { settingsRepository } from '../../db/repositories/settings.ts';
import type { settingsOperations } from '../../shared/contract/settings.ts';
import type { HandlerTable } from './handlers.ts';
import type { SessionContext } from './session-context.ts';

export function settingsHandlers(s: SessionContext): HandlerTable<keyof typeof settingsOperations> {
  const repo = settingsRepository(s.db);
  return {
    'settings.get': () => repo.get(),
    'settings.update': ({ adviserName }) => repo.setAdviserName(adviserName, s.ctx.now()),
  };
}
