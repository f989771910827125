// The one way screens reach the services: window.arrangeur in Electron (preload, IPC), the
// loopback HTTP bridge in a browser. Both satisfy the same ArrangeurBridge contract.
import type { ArrangeurBridge, OpInput, OpName, OpOutput, Result } from '../../shared/contract/index.ts';
import { createHttpBridge } from './http-bridge.ts';

let bridge: ArrangeurBridge | undefined;

export const getBridge = (): ArrangeurBridge => {
  bridge ??= window.arrangeur ?? createHttpBridge();
  return bridge;
};

/** Shorthand for getBridge().call(...): typed by the contract, always resolves to a Result. */
export const call = <K extends OpName>(op: K, input: OpInput<K>): Promise<Result<OpOutput<K>>> =>
  getBridge().call(op, input);

export type { ArrangeurBridge };
