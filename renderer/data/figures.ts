// The four figures an adviser tells the client first: what it costs, what others pay, what is a
// loan, and what the client pays. Pure, so the panel, the comparison and tests agree.
import type { ArrangementResult } from '../../shared/matcher/result.ts';

export interface Figures {
  readonly totalCents: number;
  /** Grants, free offers and cofinancing: money the client does not pay back. */
  readonly foundCents: number;
  readonly loanCents: number;
  readonly ownCents: number;
}

export const figuresOf = (result: ArrangementResult): Figures => {
  const nonLoan = result.lines.filter((l) => l.kind !== 'loan');
  return {
    totalCents: result.totalCostCents,
    foundCents: nonLoan.reduce((sum, l) => sum + l.amountCents, 0),
    loanCents: result.loanCents,
    ownCents: result.ownContributionCents,
  };
};
