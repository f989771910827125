import type { z } from 'zod';

/** One named operation of the contract: a zod schema for its input and for its output. */
export interface Operation<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  readonly input: I;
  readonly output: O;
  /** Dutch one-liner, used in logs and error messages. */
  readonly summary: string;
}

export const operation = <I extends z.ZodType, O extends z.ZodType>(
  input: I,
  output: O,
  summary: string,
): Operation<I, O> => ({ input, output, summary });
