// Parameters change over time: each value applies from its `from` date until the next one.
// A date before the first value has no figure, which is reported like an unknown figure
// (null) rather than guessed from a later value.
import type { Parameter } from '../packs/format.ts';

export interface ParameterAt {
  /** null: not known on this date (the pack says null, or the date precedes every value). */
  readonly value: number | null;
  readonly from: string | null;
}

export const parameterAt = (param: Parameter, date: string): ParameterAt => {
  let found: ParameterAt = { value: null, from: null };
  // Values are checked to ascend when the pack is loaded; scan all rather than trust order,
  // so a hand-built Parameter in a test cannot silently pick the wrong value.
  for (const v of param.values) {
    if (v.from <= date && (found.from === null || v.from > found.from)) found = { value: v.value, from: v.from };
  }
  return found;
};

/** Percent parameter (0..100, decimals allowed) → basis points, the integer unit of the stacker. */
export const percentToBasisPoints = (percent: number): number => Math.max(0, Math.min(10_000, Math.round(percent * 100)));
