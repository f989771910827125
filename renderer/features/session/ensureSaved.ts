// Before anything is computed by the services (an arrangement is always recomputed from what is
// stored), what the adviser typed must be stored. This saves the intake draft when it has
// unsaved changes, and tells in Dutch what is still wrong when it cannot.
import { t } from '../../i18n/nl.ts';
import { dutchIssue } from '../common/parse.ts';
import { intakeResolverSchema, intakeToValues } from '../intake/intakeForm.ts';
import { saveIntake } from '../intake/saveIntake.ts';
import { getSession, sessionActions, type SessionData } from './sessionStore.ts';

export type EnsureSaved = { ok: true; data: SessionData } | { ok: false; message: string; detail?: string };

export const ensureSaved = async (clientId: string): Promise<EnsureSaved> => {
  const state = getSession(clientId);
  if (state.data.state !== 'ok' || !state.draft) return { ok: false, message: t('session.loadFailed') };
  const data = state.data.value;
  if (!state.dirty && data.intake.version > 0) return { ok: true, data };
  const parsed = intakeResolverSchema.safeParse(state.draft, { error: dutchIssue });
  if (!parsed.success) {
    return { ok: false, message: t('session.intakeInvalid'), detail: parsed.error.issues[0]?.message };
  }
  const saved = await saveIntake(data, parsed.data);
  if (!saved.ok) return { ok: false, message: t('intake.saveFailed'), detail: saved.error.message };
  const values = intakeToValues(saved.intake, saved.trainings);
  sessionActions(clientId).stored({ intake: saved.intake, trainings: saved.trainings }, values, false);
  const next = getSession(clientId);
  return next.data.state === 'ok' ? { ok: true, data: next.data.value } : { ok: false, message: t('session.loadFailed') };
};
