// The Loopbaan APK of one dossier: the checklist (versioned data, once per run) and the answers
// given so far with their progress and signals. Every answer is saved as the adviser goes; the
// answer shows at once and a failed save is reported next to the statement, never lost silently.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApkAnswer, ApkChecklist } from '../../../shared/apk/checklist.ts';
import type { ApkState } from '../../../shared/contract/apk.ts';
import type { AppError } from '../../../shared/contract/result.ts';
import { call } from '../../bridge/index.ts';

let checklistCache: Promise<{ ok: true; value: ApkChecklist } | { ok: false; error: AppError }> | undefined;
const loadChecklist = () => {
  checklistCache ??= call('apk.checklist', {}).then((answer) => {
    if (!answer.ok) checklistCache = undefined;
    return answer;
  });
  return checklistCache;
};

export type ApkLoad =
  | { readonly state: 'loading' }
  | { readonly state: 'failed'; readonly error: AppError }
  | { readonly state: 'ok'; readonly checklist: ApkChecklist; readonly apk: ApkState };

export interface StatementStatus {
  readonly saving: boolean;
  readonly error: string | null;
  readonly savedAt: string | null;
}

export const useApk = (clientId: string) => {
  const [load, setLoad] = useState<ApkLoad>({ state: 'loading' });
  const [status, setStatus] = useState<Record<string, StatementStatus>>({});
  const [attempt, setAttempt] = useState(0);
  // Answers are saved in the order given; a slow earlier answer must not overwrite a later state.
  const ticket = useRef(0);

  useEffect(() => {
    let live = true;
    void Promise.all([loadChecklist(), call('apk.get', { clientId })]).then(([checklist, apk]) => {
      if (!live) return;
      if (!checklist.ok) setLoad({ state: 'failed', error: checklist.error });
      else if (!apk.ok) setLoad({ state: 'failed', error: apk.error });
      else setLoad({ state: 'ok', checklist: checklist.value, apk: apk.value });
    });
    return () => {
      live = false;
    };
  }, [clientId, attempt]);

  const setApk = useCallback((apk: ApkState) => {
    setLoad((previous) => (previous.state === 'ok' ? { ...previous, apk } : previous));
  }, []);

  const answer = useCallback(
    async (statementId: string, value: ApkAnswer, note: string) => {
      const mine = ++ticket.current;
      setStatus((s) => ({ ...s, [statementId]: { saving: true, error: null, savedAt: s[statementId]?.savedAt ?? null } }));
      // Show the choice at once; the services' answer replaces it.
      setLoad((previous) =>
        previous.state === 'ok'
          ? {
              ...previous,
              apk: {
                ...previous.apk,
                answers: { ...previous.apk.answers, [statementId]: { answer: value, note, answeredAt: previous.apk.answers[statementId]?.answeredAt ?? '' } },
              },
            }
          : previous,
      );
      const result = await call('apk.answer', { clientId, statementId, answer: value, note });
      if (!result.ok) {
        setStatus((s) => ({ ...s, [statementId]: { saving: false, error: result.error.message, savedAt: s[statementId]?.savedAt ?? null } }));
        return false;
      }
      if (mine === ticket.current) setApk(result.value);
      setStatus((s) => ({ ...s, [statementId]: { saving: false, error: null, savedAt: result.value.answers[statementId]?.answeredAt ?? null } }));
      return true;
    },
    [clientId, setApk],
  );

  return { load, status, answer, setApk, retry: () => setAttempt((n) => n + 1) };
};
