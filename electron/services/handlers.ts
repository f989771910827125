import type { z } from 'zod';
import type { Contract, OpName, OpOutput } from '../../shared/contract/index.ts';

/** What a handler receives: the input after its schema parsed it (defaults filled, trimmed). */
export type ParsedInput<K extends OpName> = z.output<Contract[K]['input']>;

export type Handler<K extends OpName> = (input: ParsedInput<K>) => Promise<OpOutput<K>> | OpOutput<K>;

/** One handler per operation; the compiler refuses a table that misses an operation. */
export type HandlerTable<K extends OpName = OpName> = { [P in K]: Handler<P> };
