// The Loopbaan APK of one dossier: the checklist (versioned data, read once per run) and the
// answers given so far with their progress and signals (part of the dossier, dossier.open).
// Every answer is saved as the adviser goes; the choice shows at once and a failed save is
// reported next to the statement, never lost silently.
import { useCallback, useRef, useState } from 'react';
import type { ApkAnswer, ApkChecklist } from '../../../shared/apk/checklist.ts';
import type { ApkState } from '../../../shared/contract/apk.ts';
import { change, reads, withApk } from '../../data/api.ts';
import { useQuery, type Loadable } from '../../data/query.ts';

export interface StatementStatus {
  readonly saving: boolean;
  readonly error: string | null;
  readonly savedAt: string | null;
}

type Given = ApkState['answers'][string];

export const useApk = (clientId: string, stored: ApkState) => {
  const { result: checklist, reload } = useQuery(reads.apkChecklist());
  const [status, setStatus] = useState<Record<string, StatementStatus>>({});
  // Choices shown before the services confirmed them (and kept shown when a save failed).
  const [pending, setPending] = useState<Record<string, Given>>({});
  // Answers are saved in the order given; a slow earlier answer must not overwrite a later state.
  const ticket = useRef(0);

  const answer = useCallback(
    async (statementId: string, value: ApkAnswer, note: string) => {
      const mine = ++ticket.current;
      setStatus((s) => ({ ...s, [statementId]: { saving: true, error: null, savedAt: s[statementId]?.savedAt ?? null } }));
      setPending((p) => ({ ...p, [statementId]: { answer: value, note, answeredAt: p[statementId]?.answeredAt ?? '' } }));
      const result = await change('apk.answer', { clientId, statementId, answer: value, note }, {
        update: (apk) => {
          if (mine === ticket.current) withApk(clientId, apk);
        },
      });
      if (!result.ok) {
        setStatus((s) => ({ ...s, [statementId]: { saving: false, error: result.error.message, savedAt: s[statementId]?.savedAt ?? null } }));
        return false;
      }
      setPending((p) => {
        const { [statementId]: _done, ...rest } = p;
        return rest;
      });
      setStatus((s) => ({ ...s, [statementId]: { saving: false, error: null, savedAt: result.value.answers[statementId]?.answeredAt ?? null } }));
      return true;
    },
    [clientId],
  );

  const apk: ApkState = Object.keys(pending).length === 0 ? stored : { ...stored, answers: { ...stored.answers, ...pending } };
  return { checklist: checklist as Loadable<ApkChecklist>, apk, status, answer, retry: reload };
};
