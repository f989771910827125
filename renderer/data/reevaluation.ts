// After a sync or an import that changed the packs, the services start the re-evaluation of the
// open arrangements in the background, a moment after they answer. Until the progress shows that
// pass (running, or finished later than the one known before), the renderer keeps asking: this
// small store says it is waiting for one, and since when.
import { create } from 'zustand';

/** Give up waiting for a pass that does not show (nothing to re-evaluate) after this long. */
export const EXPECT_AT_MOST_MS = 15_000;

interface Expectation {
  readonly since: number;
  /** finishedAt of the last pass known when the change was made. */
  readonly lastFinished: string | null;
}

export const useReevaluationExpectation = create<{ readonly expecting: Expectation | null }>()(() => ({ expecting: null }));

export const expectReevaluation = (lastFinished: string | null): void =>
  useReevaluationExpectation.setState({ expecting: { since: Date.now(), lastFinished } });

/** The progress seen now settles the expectation: the pass runs, has run, or will not come. */
export const settleExpectation = (progress: { readonly running: boolean; readonly finishedAt: string | null }, now = Date.now()): void => {
  const { expecting } = useReevaluationExpectation.getState();
  if (!expecting) return;
  if (progress.running || progress.finishedAt !== expecting.lastFinished || now - expecting.since > EXPECT_AT_MOST_MS) {
    useReevaluationExpectation.setState({ expecting: null });
  }
};
