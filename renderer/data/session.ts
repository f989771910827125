// One dossier's session while the adviser moves between intake, APK, financing, comparison and
// the arrangements. What is stored comes from the cache (dossier.open, packs.list: query.ts) and
// is fresh after any save anywhere; what only the adviser has is kept here, in a zustand store:
// the intake form as typed (also before it is saved, so nothing is lost by switching tabs), the
// stored records that draft started from, the peildatum and which training is in view.
import { useEffect, useMemo } from 'react';
import { create } from 'zustand';
import type { Dossier } from '../../shared/contract/dossier.ts';
import type { Intake } from '../../shared/contract/intake.ts';
import type { PackLoadProblem } from '../../shared/contract/packs.ts';
import type { AppError } from '../../shared/contract/result.ts';
import type { TrainingRecord } from '../../shared/contract/trainings.ts';
import type { Pack } from '../../shared/packs/format.ts';
import { t } from '../i18n/nl.ts';
import { todayIso } from '../i18n/format.ts';
import { change, reads } from './api.ts';
import { intakeChanges, rowOfIssue, sameContent } from './intakeChanges.ts';
import { mergeIntakeValues, type MergeConflict } from './intakeMerge.ts';
import { intakeToValues, type IntakeFormValues, type IntakeOutput } from './intakeForm.ts';
import { fetchQuery, useCache, useQuery, type Loadable } from './query.ts';
import { setUnsaved } from './unsaved.ts';

/** What every screen of a dossier is drawn from: the stored dossier and the app's scheme packs. */
export interface SessionData {
  readonly client: Dossier['client'];
  readonly intake: Intake;
  readonly trainings: readonly TrainingRecord[];
  readonly apk: Dossier['apk'];
  readonly arrangements: Dossier['arrangements'];
  readonly adviserName: string;
  readonly packs: readonly Pack[];
  readonly packProblems: readonly PackLoadProblem[];
}

export interface StoredIntake {
  readonly intake: Intake;
  readonly trainings: readonly TrainingRecord[];
}

export interface DossierSession {
  /** The intake form as the adviser typed it; equals the stored data until they change something. */
  readonly draft: IntakeFormValues | null;
  /** The stored intake and trainings the draft started from: what a save is checked against. */
  readonly base: StoredIntake | null;
  /** True when the draft differs from what is stored. */
  readonly dirty: boolean;
  /** Peildatum (ISO). Defaults to today; an earlier date reconstructs an earlier arrangement. */
  readonly referenceDate: string;
  /** Index into draft.trainings of the training the matching shows. */
  readonly selected: number;
}

export const useSessions = create<{ readonly sessions: Readonly<Record<string, DossierSession>> }>()(() => ({ sessions: {} }));

// A stable starting state per dossier, so a selector can return it before anything was set.
const initial = new Map<string, DossierSession>();
const initialFor = (clientId: string): DossierSession => {
  let session = initial.get(clientId);
  if (!session) {
    session = { draft: null, base: null, dirty: false, referenceDate: todayIso(), selected: 0 };
    initial.set(clientId, session);
  }
  return session;
};

export const getSession = (clientId: string): DossierSession => useSessions.getState().sessions[clientId] ?? initialFor(clientId);

const clampSelected = (selected: number, draft: IntakeFormValues | null): number =>
  Math.max(0, Math.min(selected, (draft?.trainings.length ?? 1) - 1));

const setSession = (clientId: string, next: (s: DossierSession) => Partial<DossierSession>): void => {
  const before = getSession(clientId);
  const merged = { ...before, ...next(before) };
  const session = { ...merged, selected: clampSelected(merged.selected, merged.draft) };
  useSessions.setState((s) => ({ sessions: { ...s.sessions, [clientId]: session } }));
  // An unsaved draft survives switching views, but closing the window asks first.
  setUnsaved(`intake:${clientId}`, session.dirty ? { question: t('intake.leaveQuestion'), lostOn: 'app' } : null);
};

/**
 * The stored dossier came in (first read, or read again after a save anywhere): a draft the
 * adviser has not changed follows it; a changed draft is kept as typed, and a save checks it
 * against the versions it started from.
 */
const followStored = (clientId: string, dossier: Dossier): void => {
  const session = getSession(clientId);
  if (session.dirty && session.draft) return;
  const stored = { intake: dossier.intake, trainings: dossier.trainings };
  const draft = intakeToValues(stored.intake, stored.trainings);
  if (session.draft && session.base && sameContent(session.draft, draft) && sameContent(session.base, stored)) return;
  setSession(clientId, () => ({ draft, base: stored, dirty: false }));
};

useCache.subscribe((state, previous) => {
  for (const [hash, entry] of Object.entries(state.entries)) {
    if (entry.key[0] !== 'dossier' || entry.key.length !== 2 || entry.result.state !== 'ok') continue;
    if (previous.entries[hash]?.result === entry.result) continue;
    followStored(String(entry.key[1]), entry.result.value as Dossier);
  }
});

export type ReloadOutcome =
  | { readonly ok: true; readonly draft: IntakeFormValues; readonly conflicts: readonly MergeConflict[] }
  | { readonly ok: false; readonly message: string };

export type SaveIntakeOutcome =
  | { readonly ok: true; readonly stored: StoredIntake }
  | { readonly ok: false; readonly error: AppError; readonly trainingRows: readonly number[] };

// The stored intake as the form shows it, once per stored version (compared on every keystroke).
const storedValues = new WeakMap<StoredIntake, IntakeFormValues>();
const valuesOf = (stored: StoredIntake): IntakeFormValues => {
  let values = storedValues.get(stored);
  if (!values) {
    values = intakeToValues(stored.intake, stored.trainings);
    storedValues.set(stored, values);
  }
  return values;
};

export const sessionActions = (clientId: string) => ({
  /** The form changed: unsaved exactly when it now differs from what is stored. */
  setDraft: (draft: IntakeFormValues) => {
    // The form reports a reset too; the same content must not count as a change (or loop).
    const current = getSession(clientId);
    if (current.draft && sameContent(draft, current.draft)) return;
    setSession(clientId, (s) => ({ draft, dirty: s.base === null || !sameContent(draft, valuesOf(s.base)) }));
  },
  setReferenceDate: (referenceDate: string) => setSession(clientId, () => ({ referenceDate })),
  select: (selected: number) => setSession(clientId, () => ({ selected })),

  /**
   * "Intake opslaan": the situation and every training change in one intake.save. On a refusal
   * the draft stays exactly as typed; the rows of the trainings it is about are returned.
   */
  saveIntake: async (output: IntakeOutput): Promise<SaveIntakeOutcome> => {
    const { base } = getSession(clientId);
    if (!base) return { ok: false, error: { code: 'internal', message: t('session.loadFailed') }, trainingRows: [] };
    const request = intakeChanges(base, output);
    const answer = await change('intake.save', { clientId, expectedVersion: request.expectedVersion, fields: request.fields, trainings: request.trainings });
    if (!answer.ok) {
      const rows = (answer.error.issues ?? []).map((issue) => rowOfIssue(issue.path, request)).filter((row): row is number => row !== null);
      return { ok: false, error: answer.error, trainingRows: [...new Set(rows)] };
    }
    const stored = { intake: answer.value.intake, trainings: answer.value.trainings };
    setSession(clientId, () => ({ draft: intakeToValues(stored.intake, stored.trainings), base: stored, dirty: false }));
    return { ok: true, stored };
  },

  /**
   * "Nieuwste versie ophalen" after a conflict: read the dossier again and merge, answer by
   * answer, what the adviser changed since the versions they opened with what was saved
   * elsewhere meanwhile (intakeMerge.ts). From now on the draft is saved against the versions
   * just read. Answers both sides changed differently come back as conflicts to decide.
   */
  reloadLatest: async (): Promise<ReloadOutcome> => {
    const read = await fetchQuery(reads.dossier(clientId), { force: true });
    if (read.state !== 'ok') return { ok: false, message: read.state === 'failed' ? read.error.message : t('session.loadFailed') };
    const dossier = read.value;
    const stored = { intake: dossier.intake, trainings: dossier.trainings };
    const theirs = valuesOf(stored);
    const { draft, dirty, base } = getSession(clientId);
    if (!draft || !dirty || !base) {
      setSession(clientId, () => ({ base: stored, draft: theirs, dirty: false }));
      return { ok: true, draft: theirs, conflicts: [] };
    }
    const { merged, conflicts } = mergeIntakeValues(valuesOf(base), draft, theirs);
    setSession(clientId, () => ({ base: stored, draft: merged, dirty: !sameContent(merged, theirs) }));
    return { ok: true, draft: merged, conflicts };
  },

  /**
   * Another write (a confirmed APK signal) changed the stored intake: a changed draft takes over
   * just those changes (`draft`), an unchanged one simply follows what is stored.
   */
  acknowledge: (stored: StoredIntake, draft: IntakeFormValues | null) =>
    setSession(clientId, (s) =>
      s.dirty && draft ? { base: stored, draft } : { base: stored, draft: intakeToValues(stored.intake, stored.trainings), dirty: false },
    ),
});

export type SessionActions = ReturnType<typeof sessionActions>;

/** The adviser's own session state for one dossier (draft, peildatum, training in view). */
export const useSession = <T>(clientId: string, select: (session: DossierSession) => T): T =>
  useSessions((s) => select(s.sessions[clientId] ?? initialFor(clientId)));

export const useSessionActions = (clientId: string): SessionActions => useMemo(() => sessionActions(clientId), [clientId]);

export interface DossierLoad {
  readonly data: Loadable<SessionData>;
  /** The data shown is being read again after a save: wait before acting on it. */
  readonly refreshing: boolean;
  readonly reload: () => void;
}

/** Everything a dossier's screens are drawn from, in one read (dossier.open) plus the app's packs. */
export const useDossier = (clientId: string): DossierLoad => {
  const dossier = useQuery(reads.dossier(clientId));
  const packs = useQuery(reads.packs());
  const d = dossier.result;
  const p = packs.result;
  // A session that was never shown starts from what is stored.
  useEffect(() => {
    if (d.state === 'ok' && getSession(clientId).draft === null) followStored(clientId, d.value);
  }, [clientId, d]);
  const data = useMemo((): Loadable<SessionData> => {
    if (d.state === 'failed') return d;
    if (p.state === 'failed') return p;
    if (d.state !== 'ok' || p.state !== 'ok') return { state: 'loading' };
    const { client, intake, trainings, apk, arrangements, settings } = d.value;
    return {
      state: 'ok',
      value: { client, intake, trainings, apk, arrangements, adviserName: settings.adviserName, packs: p.value.packs, packProblems: p.value.problems },
    };
  }, [d, p]);
  return {
    data,
    refreshing: dossier.refreshing,
    reload: () => {
      dossier.reload();
      if (p.state === 'failed') packs.reload();
    },
  };
};
