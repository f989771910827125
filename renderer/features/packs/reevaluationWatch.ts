// The background re-evaluation as the renderer follows it: its progress is read through the one
// cache and polled only while a pass runs or is about to (every POLL_MS after the previous
// answer); when a pass ends, the list of changed arrangements is made stale so every screen
// showing it reads it anew.
import { useEffect, useRef } from 'react';
import type { ReevaluationProgress, ReevaluationRun } from '../../../shared/contract/reevaluation.ts';
import { keys, reads } from '../../data/api.ts';
import { cachedValue, invalidate, useQuery, type Loadable } from '../../data/query.ts';
import { settleExpectation, useReevaluationExpectation } from '../../data/reevaluation.ts';

export const POLL_MS = 500;

/** Follows the progress (polling while it runs). Mount once, in a part of the shell that is always there. */
export const useReevaluationWatch = (): Loadable<ReevaluationProgress> => {
  // The answer already cached decides whether to keep polling; useQuery re-renders on every new one.
  const running = cachedValue<ReevaluationProgress>(keys.reevaluationProgress())?.running ?? false;
  const expecting = useReevaluationExpectation((s) => s.expecting !== null);
  const { result } = useQuery(reads.reevaluationProgress(), { pollEvery: running || expecting ? POLL_MS : null });
  // The last finished pass seen; a different one means new items (or none) to read.
  const lastSeen = useRef<string | null>(null);
  useEffect(() => {
    if (result.state !== 'ok') return;
    settleExpectation(result.value);
    if (result.value.running) return;
    const seen = `${result.value.runId ?? ''}|${result.value.finishedAt ?? ''}`;
    if (lastSeen.current !== null && lastSeen.current !== seen) invalidate([...keys.reevaluation(), 'list']);
    lastSeen.current = seen;
  }, [result]);
  return result;
};

/** The progress as last read, without polling (for the screens beside the watcher). */
export const useReevaluationProgress = (): Loadable<ReevaluationProgress> => useQuery(reads.reevaluationProgress()).result;

/** Undecided items over every run, and the runs that have them. */
export const openItemsOf = (runs: readonly ReevaluationRun[]): { count: number; runs: ReevaluationRun[] } => {
  const open = runs.filter((r) => r.items.some((i) => i.decision === 'open' && !i.stale));
  return { count: open.reduce((n, r) => n + r.items.filter((i) => i.decision === 'open' && !i.stale).length, 0), runs: open };
};
