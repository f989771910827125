// The signals the answers raise. A signal that would change the case is shown as a proposal with
// its reason; only "Overnemen" (the adviser's confirmation) writes it into the intake, via
// apk.applySignal. Advice-only signals need no confirmation.
import { useId, useRef, useState } from 'react';
import type { Signal } from '../../../shared/contract/apk.ts';
import type { ApkState } from '../../../shared/contract/apk.ts';
import { call } from '../../bridge/index.ts';
import { Button } from '../../components/buttons.tsx';
import { Field } from '../../components/Field.tsx';
import { Select } from '../../components/controls.tsx';
import { t } from '../../i18n/nl.ts';
import { getSession, sessionActions } from '../session/sessionStore.ts';
import { proposalText, withChanges } from './proposals.ts';

export interface SignalListProps {
  readonly clientId: string;
  readonly signals: readonly Signal[];
  readonly schemeName: (id: string) => string;
  readonly onState: (state: ApkState) => void;
}

export function SignalList({ clientId, signals, schemeName, onState }: SignalListProps) {
  const headingId = useId();
  return (
    <section className="arr-signals" aria-labelledby={headingId}>
      <h2 className="arr-aside-heading" id={headingId}>
        {t('apk.signals.heading')}
      </h2>
      {signals.length === 0 ? <p className="arr-muted">{t('apk.signals.none')}</p> : null}
      <ul className="arr-signals__list">
        {signals.map((signal) => (
          <li key={signal.id}>
            <SignalCard clientId={clientId} signal={signal} schemeName={schemeName} onState={onState} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function SignalCard({ clientId, signal, schemeName, onState }: { clientId: string; signal: Signal; schemeName: (id: string) => string; onState: (state: ApkState) => void }) {
  const session = getSession(clientId);
  const data = session.data.state === 'ok' ? session.data.value : null;
  const needsTraining = signal.changes.some((c) => c.field === 'training.kansberoep');
  const [trainingId, setTrainingId] = useState<string>(data?.trainings[session.selected]?.id ?? data?.trainings[0]?.id ?? '');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ type: 'error'; text: string } | null>(null);
  const messageRef = useRef<HTMLParagraphElement>(null);
  const doneRef = useRef<HTMLParagraphElement>(null);
  const titleId = useId();

  const confirm = async () => {
    const now = getSession(clientId);
    if (now.data.state !== 'ok') return;
    const stored = now.data.value;
    const training = needsTraining ? stored.trainings.find((r) => r.id === trainingId) : undefined;
    setBusy(true);
    const answer = await call('apk.applySignal', {
      clientId,
      signalId: signal.id,
      expectedIntakeVersion: stored.intake.version,
      ...(training ? { trainingId: training.id, expectedTrainingVersion: training.version } : {}),
    });
    setBusy(false);
    if (!answer.ok) {
      setMessage({ type: 'error', text: answer.error.message });
      if (answer.error.code === 'conflict') void sessionActions(clientId).reload(true);
      requestAnimationFrame(() => messageRef.current?.focus());
      return;
    }
    const { intake, training: savedTraining, applied, state } = answer.value;
    const trainings = savedTraining ? stored.trainings.map((r) => (r.id === savedTraining.id ? savedTraining : r)) : stored.trainings;
    const draft = now.draft ? withChanges(now.draft, applied, savedTraining ? { recordId: savedTraining.id, version: savedTraining.version } : null) : undefined;
    sessionActions(clientId).stored({ intake, trainings }, draft, now.dirty);
    onState(state);
    setMessage(null);
    // The button is gone; land on the sentence that says it was taken over.
    requestAnimationFrame(() => doneRef.current?.focus());
  };

  return (
    <article className={`arr-signal${signal.pending ? ' arr-signal--pending' : ''}`} aria-labelledby={titleId} data-signal={signal.id}>
      <h3 className="arr-signal__title" id={titleId}>
        {signal.title}
      </h3>
      <p className="arr-signal__text">{signal.explanation}</p>
      <p className="arr-signal__text arr-signal__advice">{signal.advice}</p>
      {signal.schemes.length > 0 ? (
        <p className="arr-small arr-muted">{t('apk.signal.schemes', { schemes: signal.schemes.map(schemeName).join(', ') })}</p>
      ) : null}
      {signal.changes.length > 0 ? (
        <ul className="arr-proposals">
          {signal.changes.map((change) => (
            <li key={`${change.field}-${String(change.value)}`} className="arr-proposal">
              {proposalText(change)}
            </li>
          ))}
        </ul>
      ) : null}
      {signal.pending && needsTraining && data && data.trainings.length > 0 ? (
        <Field id={`signaal-${signal.id}-opleiding`} label={t('apk.signal.training')}>
          {(control) => (
            <Select {...control} className="arr-input arr-input--l" value={trainingId} onChange={(event) => setTrainingId(event.target.value)}>
              {data.trainings.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.training.title}
                </option>
              ))}
            </Select>
          )}
        </Field>
      ) : null}
      {signal.pending && needsTraining && data && data.trainings.length === 0 ? <p className="arr-small">{t('apk.signal.noTraining')}</p> : null}
      {signal.pending ? (
        <Button appearance="primary-action-button" type="button" disabled={busy} aria-busy={busy || undefined} aria-describedby={titleId} onClick={() => void confirm()}>
          {busy ? t('session.saving') : t('apk.signal.confirm')}
        </Button>
      ) : signal.changes.length > 0 ? (
        <p ref={doneRef} tabIndex={-1} className="arr-signal__done" role="status">
          {t('apk.signal.done')}
        </p>
      ) : null}
      {message ? (
        <p ref={messageRef} tabIndex={-1} className={`arr-signal__message arr-signal__message--${message.type}`} role="alert">
          {message.text}
        </p>
      ) : null}
    </article>
  );
}
