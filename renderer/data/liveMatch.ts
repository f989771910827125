// The live matching: the case as the adviser has typed it so far, run through the pure matcher
// in the renderer, so the panel follows every change without a round-trip. Input is settled for
// a few tens of milliseconds first, so fast typing does not recompute on every key. While part
// of the intake does not parse yet, the last good result stays on screen, marked as such.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { CaseFile } from '../../shared/case/schema.ts';
import type { OverrideInput } from '../../shared/contract/arrangements.ts';
import { assembleCase } from '../../shared/arrangements/case.ts';
import { applyOverrides } from '../../shared/arrangements/overrides.ts';
import { match } from '../../shared/matcher/index.ts';
import type { ArrangementResult } from '../../shared/matcher/result.ts';
import type { Pack } from '../../shared/packs/format.ts';
import { openSituationQuestions, openTrainingQuestions, situationNow, trainingNow, type IntakeFormValues } from './intakeForm.ts';
import type { MessageKey } from '../i18n/nl.ts';
import type { SessionData } from './session.ts';

export const SETTLE_MS = 60;

/** The value, once it has not changed for `ms` milliseconds. */
export const useSettled = <T>(value: T, ms = SETTLE_MS): T => {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (Object.is(value, settled)) return;
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, settled, ms]);
  return settled;
};

/**
 * What the matching cannot run without yet: the part (situation or training) and, when the
 * adviser simply has not answered something, which questions ("Vul nog in: Werksituatie, ...").
 * An empty `open` means something was answered in a way that does not parse.
 */
export interface Missing {
  readonly missing: 'situation' | 'training' | 'no-training';
  readonly open: readonly MessageKey[];
}

export type LiveMatch =
  | { readonly state: 'ok'; readonly result: ArrangementResult; readonly caseFile: CaseFile; readonly stale: false }
  | ({ readonly state: 'stale'; readonly result: ArrangementResult; readonly caseFile: CaseFile; readonly stale: true } & Missing & { readonly missing: 'situation' | 'training' })
  | ({ readonly state: 'incomplete' } & Missing);

/** The case for one training of the draft, or what is missing to build it. */
export const caseOf = (
  data: SessionData,
  draft: IntakeFormValues,
  trainingIndex: number,
  referenceDate: string,
): { ok: true; caseFile: CaseFile } | ({ ok: false } & Missing) => {
  if (draft.trainings.length === 0) return { ok: false, missing: 'no-training', open: openSituationQuestions(draft) };
  // Nothing is assumed: an unanswered question is named, the matching waits for it.
  const situation = situationNow(draft);
  if (!situation) return { ok: false, missing: 'situation', open: [...openSituationQuestions(draft), ...openTrainingQuestions(draft.trainings[trainingIndex])] };
  const training = trainingNow(draft.trainings[trainingIndex]);
  if (!training) return { ok: false, missing: 'training', open: openTrainingQuestions(draft.trainings[trainingIndex]) };
  return { ok: true, caseFile: assembleCase({ client: data.client, intake: situation, training, referenceDate }) };
};

export const runMatch = (caseFile: CaseFile, packs: readonly Pack[], overrides: readonly OverrideInput[] = []): ArrangementResult => {
  if (overrides.length === 0) return match(caseFile, [...packs]);
  const applied = applyOverrides(caseFile, packs, overrides);
  return match(applied.case, applied.packs);
};

export const useLiveMatch = (
  data: SessionData,
  draft: IntakeFormValues | null,
  trainingIndex: number,
  referenceDate: string,
  overrides: readonly OverrideInput[] = [],
): LiveMatch => {
  const settledDraft = useSettled(draft);
  const lastGood = useRef<{ result: ArrangementResult; caseFile: CaseFile; key: string } | null>(null);
  return useMemo((): LiveMatch => {
    if (!settledDraft) return { state: 'incomplete', missing: 'no-training', open: [] };
    const built = caseOf(data, settledDraft, trainingIndex, referenceDate);
    // The last good result only stands in for the same training: never show one training's money under another's name.
    const key = `${trainingIndex}:${settledDraft.trainings[trainingIndex]?.recordId ?? 'nieuw'}`;
    if (!built.ok) {
      const previous = lastGood.current;
      if (previous && previous.key === key && built.missing !== 'no-training') {
        return { state: 'stale', result: previous.result, caseFile: previous.caseFile, stale: true, missing: built.missing, open: built.open };
      }
      return { state: 'incomplete', missing: built.missing, open: built.open };
    }
    const result = runMatch(built.caseFile, data.packs, overrides);
    lastGood.current = { result, caseFile: built.caseFile, key };
    return { state: 'ok', result, caseFile: built.caseFile, stale: false };
  }, [data, settledDraft, trainingIndex, referenceDate, overrides]);
};
