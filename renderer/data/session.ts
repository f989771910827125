// What one session with a client holds while the adviser moves between intake, APK, matching and
// the arrangement: the stored data, the intake form as typed so far (also before it is saved),
// the peildatum and which candidate training is in view. Views are remounted on every navigation,
// so this lives outside React and views subscribe to it; nothing typed is lost by switching tabs.
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type { Client } from '../../../shared/contract/clients.ts';
import type { Intake } from '../../../shared/contract/intake.ts';
import type { PackLoadProblem } from '../../../shared/contract/packs.ts';
import type { TrainingRecord } from '../../../shared/contract/trainings.ts';
import type { AppError } from '../../../shared/contract/result.ts';
import type { Pack } from '../../../shared/packs/format.ts';
import { call } from '../../bridge/index.ts';
import { todayIso } from '../../i18n/format.ts';
import { intakeToValues, type IntakeFormValues } from '../intake/intakeForm.ts';
import { registerUnsavedCheck } from '../../app/unsaved.ts';

export interface SessionData {
  readonly client: Client;
  readonly intake: Intake;
  readonly trainings: readonly TrainingRecord[];
  readonly packs: readonly Pack[];
  readonly packProblems: readonly PackLoadProblem[];
  readonly adviserName: string;
}

export interface SessionState {
  readonly clientId: string;
  readonly data: { state: 'loading' } | { state: 'ok'; value: SessionData } | { state: 'failed'; error: AppError };
  /** The intake form as the adviser typed it; equals the stored data until they change something. */
  readonly draft: IntakeFormValues | null;
  /** True when the draft differs from what is stored. */
  readonly dirty: boolean;
  /** Peildatum (ISO). Defaults to today; an earlier date reconstructs an earlier arrangement. */
  readonly referenceDate: string;
  /** Index into draft.trainings of the training the matching shows. */
  readonly selected: number;
}

type Listener = () => void;

const sessions = new Map<string, SessionState>();
const listeners = new Map<string, Set<Listener>>();

// An intake draft survives switching tabs (it lives here), but not closing the window.
registerUnsavedCheck(() => {
  for (const s of sessions.values()) if (s.dirty) return true;
  return false;
});

const initial = (clientId: string): SessionState => ({
  clientId,
  data: { state: 'loading' },
  draft: null,
  dirty: false,
  referenceDate: todayIso(),
  selected: 0,
});

export const getSession = (clientId: string): SessionState => {
  let state = sessions.get(clientId);
  if (!state) {
    state = initial(clientId);
    sessions.set(clientId, state);
  }
  return state;
};

const setSession = (clientId: string, next: (s: SessionState) => SessionState): void => {
  sessions.set(clientId, next(getSession(clientId)));
  for (const listener of listeners.get(clientId) ?? []) listener();
};

const subscribe = (clientId: string) => (listener: Listener) => {
  let set = listeners.get(clientId);
  if (!set) listeners.set(clientId, (set = new Set()));
  set.add(listener);
  return () => set.delete(listener);
};

const loading = new Map<string, Promise<void>>();

/** Loads (or reloads) everything the session screens need, in parallel. Keeps the draft when asked. */
export const loadSession = (clientId: string, options: { keepDraft?: boolean } = {}): Promise<void> => {
  const pending = loading.get(clientId);
  if (pending) return pending;
  const run = (async () => {
    const [client, intake, trainings, packs, settings] = await Promise.all([
      call('clients.get', { id: clientId }),
      call('intake.get', { clientId }),
      call('trainings.list', { clientId }),
      call('packs.list', {}),
      call('settings.get', {}),
    ]);
    const failed = [client, intake, trainings, packs, settings].find((r) => !r.ok);
    if (failed && !failed.ok) {
      setSession(clientId, (s) => ({ ...s, data: { state: 'failed', error: failed.error } }));
      return;
    }
    if (!client.ok || !intake.ok || !trainings.ok || !packs.ok || !settings.ok) return;
    const value: SessionData = {
      client: client.value,
      intake: intake.value,
      trainings: trainings.value,
      packs: packs.value.packs,
      packProblems: packs.value.problems,
      adviserName: settings.value.adviserName,
    };
    setSession(clientId, (s) => {
      const keep = options.keepDraft && s.draft !== null && s.dirty;
      // Kept typing is saved against the versions just loaded: after a conflict the adviser's
      // text wins on the next save, which is what "Nieuwste versie ophalen" promises.
      const draft = keep && s.draft ? withStoredVersions(s.draft, value.trainings) : intakeToValues(value.intake, value.trainings);
      return { ...s, data: { state: 'ok', value }, draft, dirty: keep ? s.dirty : false, selected: clampSelected(s.selected, draft) };
    });
  })().finally(() => loading.delete(clientId));
  loading.set(clientId, run);
  return run;
};

const withStoredVersions = (draft: IntakeFormValues, trainings: readonly TrainingRecord[]): IntakeFormValues => ({
  ...draft,
  trainings: draft.trainings.map((row) => {
    const stored = row.recordId ? trainings.find((r) => r.id === row.recordId) : undefined;
    return stored ? { ...row, recordVersion: stored.version } : row;
  }),
});

const clampSelected = (selected: number, draft: IntakeFormValues | null): number =>
  Math.max(0, Math.min(selected, (draft?.trainings.length ?? 1) - 1));

export const sessionActions = (clientId: string) => ({
  setDraft: (draft: IntakeFormValues, dirty = true) =>
    setSession(clientId, (s) => ({ ...s, draft, dirty, selected: clampSelected(s.selected, draft) })),
  setReferenceDate: (referenceDate: string) => setSession(clientId, (s) => ({ ...s, referenceDate })),
  select: (selected: number) => setSession(clientId, (s) => ({ ...s, selected: clampSelected(selected, s.draft) })),
  /** After a save or a confirmed APK signal: new stored data, and the draft the form should show. */
  stored: (patch: Partial<SessionData>, draft?: IntakeFormValues, dirty = false) =>
    setSession(clientId, (s) => {
      if (s.data.state !== 'ok') return s;
      const nextDraft = draft ?? s.draft;
      return { ...s, data: { state: 'ok', value: { ...s.data.value, ...patch } }, draft: nextDraft, dirty, selected: clampSelected(s.selected, nextDraft) };
    }),
  reload: (keepDraft = true) => loadSession(clientId, { keepDraft }),
});

export type SessionActions = ReturnType<typeof sessionActions>;

/** The session of one dossier, loaded on first use. */
export const useSession = (clientId: string): { state: SessionState; actions: SessionActions } => {
  const onChange = useMemo(() => subscribe(clientId), [clientId]);
  const state = useSyncExternalStore(onChange, () => getSession(clientId));
  useEffect(() => {
    if (getSession(clientId).data.state !== 'ok') void loadSession(clientId, { keepDraft: true });
  }, [clientId]);
  const actions = useMemo(() => sessionActions(clientId), [clientId]);
  return { state, actions };
};

/** Forget every session (tests; and when the adviser leaves for the dossier list, nothing lingers). */
export const resetSessions = (): void => {
  sessions.clear();
};
