// The matcher's public surface: used by the renderer (live panel), main (batch), the CLI and
// the benchmark. Pure TypeScript, no I/O.
export { match, buildStackingInstance, collectSchemes, type MatchOptions } from './match.ts';
export { evaluateScheme, validityReason, type EvaluatedScheme } from './evaluate.ts';
export {
  stack, tierOf, baseCapOf, perItemBound, grantPart, soloAmount, sharesOf, payCapOf,
  type StackingInstance, type StackItem, type StackSource, type StackLine, type StackResult, type StackOutcome,
} from './stack.ts';
export { parameterAt, percentToBasisPoints } from './params.ts';
export { caseFacts, durationMonths } from './facts.ts';
export { longDateNl } from './render.ts';
export * from './result.ts';
