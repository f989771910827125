// "Financiering": the whole matching for one candidate training on the chosen peildatum, with
// every scheme and why it does or does not fit, and the step to save it as an arrangement.
// An arrangement is always computed by the services from what is stored, so the screen offers
// to save it only when what it shows is stored: unsaved intake changes are saved first (their
// own action), and while the dossier is being read again after a save, the button waits.
import { useMemo, useRef, useState } from 'react';
import { Notice } from '../../components/Notice.tsx';
import { SessionLayout } from '../../components/SessionLayout.tsx';
import { Button } from '../../components/buttons.tsx';
import { MatchingPanel } from '../../components/matching/MatchingPanel.tsx';
import { PeildatumField } from '../../components/matching/PeildatumField.tsx';
import { TrainingPicker, trainingTitleOf } from '../../components/matching/TrainingPicker.tsx';
import { change } from '../../data/api.ts';
import { intakeResolverSchema } from '../../data/intakeForm.ts';
import { useLiveMatch } from '../../data/liveMatch.ts';
import { indexSchemes } from '../../../shared/packs/scheme-index.ts';
import { navigate } from '../../data/router.ts';
import { sessionHref } from '../../data/routes.ts';
import { getSession, useDossier, useSession, useSessionActions, type SessionData } from '../../data/session.ts';
import { t } from '../../i18n/nl.ts';

export function MatchingView({ clientId }: { clientId: string }) {
  return (
    <SessionLayout clientId={clientId} tab="financiering" title={t('match.title')}>
      {(data) => <MatchingScreen clientId={clientId} data={data} />}
    </SessionLayout>
  );
}

type Problem = { readonly text: string; readonly detail?: string };

function MatchingScreen({ clientId, data }: { clientId: string; data: SessionData }) {
  const draft = useSession(clientId, (s) => s.draft);
  const dirty = useSession(clientId, (s) => s.dirty);
  const selected = useSession(clientId, (s) => s.selected);
  const referenceDate = useSession(clientId, (s) => s.referenceDate);
  const actions = useSessionActions(clientId);
  const { refreshing } = useDossier(clientId);
  const index = useMemo(() => indexSchemes(data.packs), [data.packs]);
  const live = useLiveMatch(data, draft, selected, referenceDate);
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const problemRef = useRef<HTMLDivElement>(null);
  const intakeUnsaved = dirty || data.intake.version === 0;

  const fail = (next: Problem) => {
    setProblem(next);
    requestAnimationFrame(() => problemRef.current?.focus());
  };

  /** "Intake opslaan" from here: what the adviser typed, in one intake.save. */
  const saveIntake = async () => {
    const current = getSession(clientId).draft;
    if (!current) return;
    const parsed = intakeResolverSchema.safeParse(current);
    if (!parsed.success) {
      fail({ text: t('session.intakeInvalid'), detail: parsed.error.issues[0]?.message });
      return;
    }
    setSaving(true);
    setProblem(null);
    const saved = await actions.saveIntake(parsed.data);
    setSaving(false);
    if (!saved.ok) fail({ text: t('intake.saveFailed'), detail: saved.error.message });
  };

  /** "Opslaan als arrangement": one arrangements.save; the services compute it from what is stored. */
  const saveArrangement = async () => {
    const trainingId = getSession(clientId).draft?.trainings[selected]?.recordId;
    if (!trainingId) {
      fail({ text: t('match.missing.noTraining') });
      return;
    }
    setSaving(true);
    setProblem(null);
    const answer = await change('arrangements.save', { clientId, trainingId, referenceDate, overrides: [], status: 'concept', lineStatuses: {} });
    setSaving(false);
    if (!answer.ok) {
      fail({ text: t('arrangement.saveFailed'), detail: answer.error.message });
      return;
    }
    navigate({ name: 'arrangement', id: clientId, arrangementId: answer.value.id, version: null, print: false });
  };

  return (
    <div className="arr-matching">
      <div className="arr-matching__controls">
        <TrainingPicker draft={draft} selected={selected} onSelect={actions.select} />
        <PeildatumField value={referenceDate} onChange={actions.setReferenceDate} />
      </div>
      {problem ? (
        <Notice ref={problemRef} type="error" title={problem.text}>
          {problem.detail ? <p>{problem.detail}</p> : null}
          <p>
            <a className="nl-link" href={sessionHref({ name: 'session', id: clientId, tab: 'intake' })}>
              {t('match.toIntake')}
            </a>
          </p>
        </Notice>
      ) : null}
      <MatchingPanel
        live={live}
        index={index}
        trainingTitle={trainingTitleOf(draft, selected)}
        afterLines={
          intakeUnsaved ? (
            <div className="arr-save-row">
              <Button appearance="primary-action-button" type="button" disabled={saving} aria-busy={saving || undefined} onClick={() => void saveIntake()}>
                {saving ? t('session.saving') : t('intake.save')}
              </Button>
              <span className="arr-save-row__hint">{t('match.saveIntakeFirst')}</span>
            </div>
          ) : (
            <div className="arr-save-row">
              <Button
                appearance="primary-action-button"
                type="button"
                disabled={saving || refreshing}
                aria-busy={saving || refreshing || undefined}
                onClick={() => void saveArrangement()}
              >
                {saving ? t('session.saving') : t('match.saveArrangement')}
              </Button>
              <span className="arr-save-row__hint">{t('match.saveArrangement.hint')}</span>
            </div>
          )
        }
      />
    </div>
  );
}
