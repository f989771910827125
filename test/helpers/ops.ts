// Typed ways to call the service stack in a test: the raw result, an op that must succeed, an
// op that must be refused. Every services-level suite needs the same three; one copy keeps
// their failure messages alike.
import { expect } from 'vitest';
import type { Services } from '../../electron/services/index.ts';
import type { OpInput, OpName, OpOutput, Result } from '../../shared/contract/index.ts';

export function opCalls(services: Pick<Services, 'dispatch'>) {
  const call = <K extends OpName>(op: K, input: OpInput<K>) => services.dispatch(op, input) as Promise<Result<OpOutput<K>>>;
  /** Calls an op that must succeed, and returns its value. */
  const must = async <K extends OpName>(op: K, input: OpInput<K>): Promise<OpOutput<K>> => {
    const r = await call(op, input);
    if (!r.ok) expect.fail(`${op} failed: ${JSON.stringify(r.error)}`);
    return r.value;
  };
  /** Calls an op that must fail, and returns its error. */
  const refused = async <K extends OpName>(op: K, input: OpInput<K>) => {
    const r = await call(op, input);
    if (r.ok) expect.fail(`${op} should have failed`);
    return r.error;
  };
  return { call, must, refused };
}
