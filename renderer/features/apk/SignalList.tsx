// The signals the answers raise. A signal that would change the case is shown as a proposal with
// its reason; only "Overnemen" (the adviser's confirmation) writes it into the intake, via
// apk.applySignal. Advice-only signals need no confirmation.
import { useId, useRef, useState } from 'react';
import type { Signal } from '../../../shared/contract/apk.ts';
import { Button } from '../../components/buttons.tsx';
import { Field } from '../../components/Field.tsx';
import { Select } from '../../components/controls.tsx';
import { change, keys } from '../../data/api.ts';
import { invalidate } from '../../data/query.ts';
import { getSession, sessionActions, useSession, type SessionData } from '../../data/session.ts';
import { t } from '../../i18n/nl.ts';
import { proposalText, withChanges } from './proposals.ts';

export interface SignalListProps {
  readonly clientId: string;
  readonly data: SessionData;
  readonly signals: readonly Signal[];
  readonly schemeName: (id: string) => string;
}

export function SignalList({ clientId, data, signals, schemeName }: SignalListProps) {
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
            <SignalCard clientId={clientId} data={data} signal={signal} schemeName={schemeName} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function SignalCard({ clientId, data, signal, schemeName }: { clientId: string; data: SessionData; signal: Signal; schemeName: (id: string) => string }) {
  const needsTraining = signal.changes.some((c) => c.field === 'training.kansberoep');
  // "Voor welke opleiding?" follows the training in view (the picker beside the APK, or the one
  // last worked on in the intake) until the adviser picks one here (issue 12, item 8).
  const inView = useSession(clientId, (session) => session.draft?.trainings[session.selected]?.recordId ?? null);
  const [picked, setPicked] = useState<string | null>(null);
  const trainingId =
    (picked !== null && data.trainings.some((r) => r.id === picked) ? picked : null) ??
    data.trainings.find((r) => r.id === inView)?.id ??
    data.trainings[0]?.id ??
    '';
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ type: 'error'; text: string } | null>(null);
  const messageRef = useRef<HTMLParagraphElement>(null);
  const doneRef = useRef<HTMLParagraphElement>(null);
  const titleId = useId();

  /** "Voorstel overnemen": one apk.applySignal writes the proposal into the stored intake. */
  const confirm = async () => {
    const stored = data;
    const training = needsTraining ? stored.trainings.find((r) => r.id === trainingId) : undefined;
    setBusy(true);
    const answer = await change('apk.applySignal', {
      clientId,
      signalId: signal.id,
      expectedIntakeVersion: stored.intake.version,
      ...(training ? { trainingId: training.id, expectedTrainingVersion: training.version } : {}),
    });
    setBusy(false);
    if (!answer.ok) {
      setMessage({ type: 'error', text: answer.error.message });
      // Stored meanwhile by someone else: read the dossier again, so a second try can succeed.
      if (answer.error.code === 'conflict') invalidate(keys.dossier(clientId));
      requestAnimationFrame(() => messageRef.current?.focus());
      return;
    }
    const { intake, training: savedTraining, applied } = answer.value;
    const trainings = savedTraining ? stored.trainings.map((r) => (r.id === savedTraining.id ? savedTraining : r)) : stored.trainings;
    // Typing not saved yet stays; the confirmed change is put into it as well.
    const draft = getSession(clientId).draft;
    sessionActions(clientId).acknowledge(
      { intake, trainings },
      draft ? withChanges(draft, applied, savedTraining ? { recordId: savedTraining.id, version: savedTraining.version } : null) : null,
    );
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
      {signal.pending && needsTraining && data.trainings.length > 0 ? (
        <Field id={`signaal-${signal.id}-opleiding`} label={t('apk.signal.training')}>
          {(control) => (
            <Select {...control} className="arr-input arr-input--l" value={trainingId} onChange={(event) => setPicked(event.target.value)}>
              {data.trainings.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.training.title}
                </option>
              ))}
            </Select>
          )}
        </Field>
      ) : null}
      {signal.pending && needsTraining && data.trainings.length === 0 ? <p className="arr-small">{t('apk.signal.noTraining')}</p> : null}
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
