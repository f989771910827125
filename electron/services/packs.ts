// The packs loaded at start, handed to the renderer whole so it can run the matcher live.
import type { packsOperations } from '../../shared/contract/packs.ts';
import type { HandlerTable } from './handlers.ts';
import type { SessionContext } from './session-context.ts';

export function packsHandlers(s: SessionContext): HandlerTable<keyof typeof packsOperations> {
  return {
    'packs.list': () => ({ packs: s.packs.packs, problems: s.packs.problems }),
  };
}
