// Every call across the process boundary answers with a Result, never with a thrown error:
// the renderer must be able to show a Dutch message for any failure without crashing.
import { z } from 'zod';

export const errorCodes = [
  'invalid-input', // payload failed schema validation
  'unknown-operation', // op name not in the contract
  'not-found',
  'conflict', // optimistic-concurrency clash: the record changed since it was read
  'forbidden', // bridge: missing/wrong token, foreign Origin/Host
  'payload-too-large',
  'unsupported-database', // database carries a migration this build does not know
  'invalid-case',
  'internal',
  'unavailable', // the operation needs a capability this runtime lacks (e.g. PDF export outside Electron)
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export const issueSchema = z.object({ path: z.string(), message: z.string() });
export type Issue = z.infer<typeof issueSchema>;

export const appErrorSchema = z.object({
  code: z.enum(errorCodes),
  message: z.string(), // Dutch, plain language (B1), shown to the adviser as is
  issues: z.array(issueSchema).optional(),
});
export type AppError = z.infer<typeof appErrorSchema>;

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string, issues?: Issue[]): Result<never> => ({
  ok: false,
  error: issues && issues.length > 0 ? { code, message, issues } : { code, message },
});

/** Thrown inside handlers; the dispatcher turns it into a failed Result. */
export class AppFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: Issue[],
  ) {
    super(message);
    this.name = 'AppFailure';
  }
}
