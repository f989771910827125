// The one IPC handler: it checks who is calling, then hands the untouched (unknown) payload to
// the same dispatch the loopback bridge uses, where the contract's zod schemas validate it.
import { fail, type Result } from '../../shared/contract/result.ts';
import { isTrustedSender } from '../security/ipc-sender.ts';
import { shellMessages } from './messages.ts';

/** The part of Electron's IpcMainInvokeEvent we read. */
export interface InvokeEvent {
  readonly senderFrame?: { readonly url: string } | null;
}

export type Dispatch = (op: unknown, input: unknown) => Promise<Result<unknown>>;

export function createIpcHandler(dispatch: Dispatch) {
  return async (event: InvokeEvent, op: unknown, input: unknown): Promise<Result<unknown>> => {
    // senderFrame is null once the frame navigated away or was destroyed: refuse, do not guess.
    if (!isTrustedSender(event.senderFrame?.url)) return fail('forbidden', shellMessages.ipc.forbiddenSender);
    try {
      return await dispatch(op, input);
    } catch {
      // dispatch already turns handler failures into Results; this only guards against a bug
      // there, so the renderer still gets a Dutch message instead of a rejected promise.
      return fail('internal', shellMessages.ipc.internal);
    }
  };
}
