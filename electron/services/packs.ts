// The packs loaded at start, handed to the renderer whole so it can run the matcher live.
import type { packsOperations } from '../../shared/contract/packs.ts';
import type { HandlerTable } from './handlers.ts';
import type { ServiceContext } from './context.ts';

export function packsHandlers(ctx: ServiceContext): HandlerTable<keyof typeof packsOperations> {
  return {
    'packs.list': () => ({ packs: ctx.packs.packs, problems: ctx.packs.problems }),
  };
}
