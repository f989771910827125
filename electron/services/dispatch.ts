// The single entry point for every call from the renderer, over IPC or the loopback bridge.
// Everything arrives as `unknown`: the op name is checked against the contract, the input is
// parsed by the op's schema, and every outcome, including a bug, leaves as a typed Result
// with a Dutch message. Nothing thrown here ever reaches the renderer as a crash.
import type { z } from 'zod';
import { contract, isOpName, type OpName } from '../../shared/contract/index.ts';
import { AppFailure, fail, ok, type Issue, type Result } from '../../shared/contract/result.ts';
import type { Handler, HandlerTable } from './handlers.ts';
import { serviceMessages } from './messages.ts';

export type Dispatch = (op: unknown, input: unknown) => Promise<Result<unknown>>;

/** Never receives call inputs: they hold personal data and do not belong in a log. */
export type ErrorLog = (message: string, error: unknown) => void;

const defaultLog: ErrorLog = (message, error) => console.error(`[arrangeur] ${message}`, error);

const MAX_ISSUES = 20;

export const toIssues = (error: z.ZodError): Issue[] =>
  error.issues.slice(0, MAX_ISSUES).map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));

export function createDispatch(handlers: HandlerTable, log: ErrorLog = defaultLog): Dispatch {
  return async (op, input) => {
    if (!isOpName(op)) return fail('unknown-operation', serviceMessages.unknownOperation);
    const operation = contract[op];

    const parsed = operation.input.safeParse(input);
    if (!parsed.success) return fail('invalid-input', serviceMessages.invalidInput, toIssues(parsed.error));

    try {
      const handler = handlers[op] as Handler<OpName>;
      const value: unknown = await handler(parsed.data as never);
      // The answer is checked too: a handler bug must not hand the renderer a shape it
      // does not expect (or fields it should not see).
      const checked = operation.output.safeParse(value);
      if (!checked.success) {
        log(`${op}: answer does not match the contract`, checked.error);
        return fail('internal', serviceMessages.internal);
      }
      return ok(checked.data);
    } catch (error) {
      if (error instanceof AppFailure) return fail(error.code, error.message, error.issues);
      log(`${op} failed`, error);
      return fail('internal', serviceMessages.internal);
    }
  };
}
