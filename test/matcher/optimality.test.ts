// Proof of optimality by comparison: on random instances the stacker's own contribution must
// equal, to the cent, the optimum of an exact mixed-integer model solved by HiGHS
// (bench/highs-stacking.ts). Fixed seed, so a failure is reproducible.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { stack } from '../../shared/matcher/stack.ts';
import { getHighs, solveWithHighs } from '../../bench/highs-stacking.ts';
import { instanceArb, violation } from './stack-arbitraries.ts';

const RUNS = 1_200;
const SEED = 20261123;

describe('stacker is optimal (compared with HiGHS)', () => {
  it(`own contribution equals the MIP optimum on ${RUNS} random instances`, async () => {
    await getHighs();
    let compared = 0;
    let withExclusive = 0;
    let withCofinancing = 0;
    let loansChecked = 0;
    await fc.assert(
      fc.asyncProperty(instanceArb, async (inst) => {
        const ours = stack(inst);
        expect(violation(inst, ours)).toBeNull();
        // Every fourth instance also checks "then less loan" with a second, loan-minimising solve.
        const checkLoan = compared % 4 === 0;
        const exact = await solveWithHighs(inst, { minimiseLoan: checkLoan });
        expect(ours.ownContributionCents).toBe(exact.ownContributionCents);
        if (checkLoan) {
          expect(ours.loanCents).toBe(exact.loanCents);
          loansChecked++;
        }
        compared++;
        if (inst.sources.some((s) => s.mode === 'exclusive')) withExclusive++;
        if (inst.sources.some((s) => s.cofinancing)) withCofinancing++;
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );
    expect(compared).toBe(RUNS);
    // The generator must actually exercise the hard parts.
    expect(withExclusive).toBeGreaterThan(RUNS / 4);
    expect(withCofinancing).toBeGreaterThan(RUNS / 4);
    expect(loansChecked).toBeGreaterThanOrEqual(RUNS / 4);
  }, 120_000);
});
