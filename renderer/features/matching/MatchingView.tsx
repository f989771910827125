// "Financiering": the whole matching for one candidate training on the chosen peildatum, with
// every scheme and why it does or does not fit, and the step to save it as an arrangement.
import { useMemo, useRef, useState } from 'react';
import { navigate } from '../../app/router.tsx';
import { Notice } from '../../components/Notice.tsx';
import { Button } from '../../components/buttons.tsx';
import { call } from '../../bridge/index.ts';
import { t } from '../../i18n/nl.ts';
import { SessionLayout } from '../session/SessionLayout.tsx';
import { sessionHref } from '../session/sessionRoutes.ts';
import { ensureSaved } from '../session/ensureSaved.ts';
import { useSession, type SessionData } from '../session/sessionStore.ts';
import { MatchingPanel } from './MatchingPanel.tsx';
import { indexSchemes } from './packIndex.ts';
import { PeildatumField } from './PeildatumField.tsx';
import { TrainingPicker, trainingTitleOf } from './TrainingPicker.tsx';
import { useLiveMatch } from './useLiveMatch.ts';

export function MatchingView({ clientId }: { clientId: string }) {
  return (
    <SessionLayout clientId={clientId} tab="financiering" title={t('match.title')}>
      {(data) => <MatchingScreen clientId={clientId} data={data} />}
    </SessionLayout>
  );
}

function MatchingScreen({ clientId, data }: { clientId: string; data: SessionData }) {
  const { state, actions } = useSession(clientId);
  const index = useMemo(() => indexSchemes(data.packs), [data.packs]);
  const live = useLiveMatch(data, state.draft, state.selected, state.referenceDate);
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<{ text: string; detail?: string } | null>(null);
  const problemRef = useRef<HTMLDivElement>(null);

  const saveArrangement = async () => {
    setSaving(true);
    setProblem(null);
    const saved = await ensureSaved(clientId);
    if (!saved.ok) {
      setSaving(false);
      setProblem({ text: saved.message, detail: saved.detail });
      requestAnimationFrame(() => problemRef.current?.focus());
      return;
    }
    const training = saved.data.trainings[state.selected];
    if (!training) {
      setSaving(false);
      setProblem({ text: t('match.missing.noTraining') });
      return;
    }
    const answer = await call('arrangements.save', {
      clientId,
      trainingId: training.id,
      referenceDate: state.referenceDate,
      overrides: [],
      status: 'concept',
      lineStatuses: {},
    });
    setSaving(false);
    if (!answer.ok) {
      setProblem({ text: t('arrangement.saveFailed'), detail: answer.error.message });
      requestAnimationFrame(() => problemRef.current?.focus());
      return;
    }
    navigate({ name: 'arrangement', id: clientId, arrangementId: answer.value.id, version: null, print: false });
  };

  return (
    <div className="arr-matching">
      <div className="arr-matching__controls">
        <TrainingPicker draft={state.draft} selected={state.selected} onSelect={actions.select} />
        <PeildatumField value={state.referenceDate} onChange={actions.setReferenceDate} />
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
        trainingTitle={trainingTitleOf(state.draft, state.selected)}
        afterLines={
          <div className="arr-save-row">
            <Button appearance="primary-action-button" type="button" disabled={saving} aria-busy={saving || undefined} onClick={() => void saveArrangement()}>
              {saving ? t('session.saving') : t('match.saveArrangement')}
            </Button>
            <span className="arr-save-row__hint">{t('match.saveArrangement.hint')}</span>
          </div>
        }
      />
    </div>
  );
}
