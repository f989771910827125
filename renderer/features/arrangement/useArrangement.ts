// One arrangement as stored: a version (the latest, or the one asked for) with its list of
// versions and the history of overrides. Reloaded after every change the adviser makes.
import { useCallback, useEffect, useState } from 'react';
import type { ArrangementDetail } from '../../../shared/contract/arrangements.ts';
import type { AppError } from '../../../shared/contract/result.ts';
import { call } from '../../bridge/index.ts';

export type ArrangementLoad =
  | { readonly state: 'loading' }
  | { readonly state: 'failed'; readonly error: AppError }
  | { readonly state: 'ok'; readonly detail: ArrangementDetail };

export const useArrangement = (id: string, version: number | null) => {
  const [load, setLoad] = useState<ArrangementLoad>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    void call('arrangements.get', version === null ? { id } : { id, version }).then((answer) => {
      if (!live) return;
      setLoad(answer.ok ? { state: 'ok', detail: answer.value } : { state: 'failed', error: answer.error });
    });
    return () => {
      live = false;
    };
  }, [id, version, attempt]);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { load, reload };
};
