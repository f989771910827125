// Instellingen (issue 12.12, 13.12, 13.14): who the adviser is and how the client can reach them
// (printed on the client's document), the retention period, the backups, and where the data is
// stored. Each part saves with its own button: one adviser action, one call.
import { useEffect, useId, useRef, useState } from 'react';
import { Paragraph } from '@rijkshuisstijl-community/components-react';
import type { Settings } from '../../../shared/contract/settings.ts';
import { RETENTION_MAX_MONTHS } from '../../../shared/contract/settings.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { Field } from '../../components/Field.tsx';
import { Notice } from '../../components/Notice.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { Button, ButtonGroup } from '../../components/buttons.tsx';
import { TextInput } from '../../components/controls.tsx';
import { call } from '../../bridge/index.ts';
import { change, reads } from '../../data/api.ts';
import { useQuery } from '../../data/query.ts';
import { hrefFor } from '../../data/routes.ts';
import { t, type MessageKey } from '../../i18n/nl.ts';
import { BackupsPanel } from './BackupsPanel.tsx';
import { draftOf, errorsFromIssues, formFields, readDraft, settingsFieldId, type Errors, type FormField, type SettingsDraft } from './settingsForm.ts';
import { LoadFailed } from '../../components/LoadFailed.tsx';

export function SettingsView() {
  const { result, reload } = useQuery(reads.settings());
  // Held here: a save remounts the form (see the key below), and the notice must survive that.
  const [saved, setSaved] = useState(false);
  return (
    <>
      <PageHeading>{t('settings.title')}</PageHeading>
      <Paragraph className="arr-lead">{t('settings.intro')}</Paragraph>
      {result.state === 'loading' ? <p className="arr-muted">{t('app.loading')}</p> : null}
      {result.state === 'failed' ? (
        <LoadFailed title={t('settings.loadFailed')} message={result.error.message} onRetry={reload} />
      ) : null}
      {result.state === 'ok' ? (
        <>
          {/* Keyed by the stored version: after a save the form shows what was stored (a web address gets its https://). */}
          <SettingsForm key={result.value.updatedAt ?? 'nieuw'} settings={result.value} saved={saved} onSaved={setSaved} />
          <RetentionLink months={result.value.retentionMonths} />
          <BackupsPanel />
          <DataLocation dataLocation={result.value.dataLocation} />
          <AuditCheck />
        </>
      ) : null}
    </>
  );
}

const labels: Record<FormField, { label: MessageKey; description?: MessageKey; autoComplete: string; size: string; max: number; inputMode?: 'numeric' | 'email' | 'tel' | 'url' }> = {
  adviserName: { label: 'settings.adviserName', description: 'settings.adviserName.description', autoComplete: 'name', size: 'arr-input--m', max: 120 },
  organisation: { label: 'settings.organisation', description: 'settings.organisation.description', autoComplete: 'organization', size: 'arr-input--m', max: 120 },
  phone: { label: 'settings.phone', autoComplete: 'tel', size: 'arr-input--m', max: 30, inputMode: 'tel' },
  email: { label: 'settings.email', autoComplete: 'email', size: 'arr-input--m', max: 254, inputMode: 'email' },
  address: { label: 'settings.address', description: 'settings.address.description', autoComplete: 'street-address', size: 'arr-input--m', max: 200 },
  website: { label: 'settings.website', description: 'settings.website.description', autoComplete: 'url', size: 'arr-input--m', max: 200, inputMode: 'url' },
  retentionMonths: { label: 'settings.retention', description: 'settings.retention.description', autoComplete: 'off', size: 'arr-input--s', max: 4, inputMode: 'numeric' },
};

function SettingsForm({ settings, saved, onSaved }: { settings: Settings; saved: boolean; onSaved: (saved: boolean) => void }) {
  const [draft, setDraft] = useState<SettingsDraft>(() => draftOf(settings));
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const problemRef = useRef<HTMLDivElement>(null);
  const headingId = useId();

  const showErrors = (next: Errors) => {
    setErrors(next);
    requestAnimationFrame(() => summaryRef.current?.focus());
  };

  const submit = async () => {
    onSaved(false);
    setProblem(null);
    const read = readDraft(draft);
    if (!read.ok) return showErrors(read.errors);
    setErrors({});
    setBusy(true);
    const answer = await change('settings.update', read.fields);
    setBusy(false);
    if (answer.ok) {
      // The form is remounted with what was stored (key above); the notice says it worked.
      onSaved(true);
      return;
    }
    const fieldErrors = errorsFromIssues(answer.error.issues);
    if (Object.keys(fieldErrors).length > 0) return showErrors(fieldErrors);
    setProblem(answer.error.message);
    requestAnimationFrame(() => problemRef.current?.focus());
  };

  const items = formFields.filter((f) => errors[f]).map((f) => ({ fieldId: settingsFieldId(f), message: errors[f]! }));
  return (
    <section className="arr-panel" aria-labelledby={headingId}>
      <h2 className="arr-section-title" id={headingId}>
        {t('settings.adviser.heading')}
      </h2>
      <p className="arr-small arr-muted">{t('settings.adviser.intro')}</p>
      {saved ? <SavedNotice /> : null}
      {problem ? (
        <Notice ref={problemRef} type="error" title={t('settings.saveFailed')}>
          <Paragraph>{problem}</Paragraph>
        </Notice>
      ) : null}
      <ErrorSummary ref={summaryRef} items={items} />
      <form
        className="arr-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <div className="arr-form-grid">
          {formFields.map((field) => {
            const spec = labels[field];
            return (
              <Field
                key={field}
                id={settingsFieldId(field)}
                label={t(spec.label)}
                description={
                  field === 'retentionMonths'
                    ? t('settings.retention.description', { max: RETENTION_MAX_MONTHS })
                    : spec.description
                      ? t(spec.description)
                      : undefined
                }
                error={errors[field]}
              >
                {(control) => (
                  <TextInput
                    {...control}
                    className={`arr-input ${spec.size}`}
                    autoComplete={spec.autoComplete}
                    inputMode={spec.inputMode}
                    maxLength={spec.max}
                    value={draft[field]}
                    invalid={!!errors[field]}
                    onChange={(event) => {
                      const value = event.target.value;
                      setDraft((d) => ({ ...d, [field]: value }));
                    }}
                  />
                )}
              </Field>
            );
          })}
        </div>
        <ButtonGroup>
          <Button appearance="primary-action-button" type="submit" disabled={busy} aria-busy={busy || undefined}>
            {busy ? t('settings.saving') : t('settings.save')}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}

/** Shown in the (remounted) form after a save; takes focus so a screen reader hears it. */
function SavedNotice() {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    requestAnimationFrame(() => ref.current?.focus());
  }, []);
  return (
    <Notice ref={ref} type="ok">
      {t('settings.saved')}
    </Notice>
  );
}

function RetentionLink({ months }: { months: number | null }) {
  const headingId = useId();
  return (
    <section className="arr-panel" aria-labelledby={headingId}>
      <h2 className="arr-section-title" id={headingId}>
        {t('settings.retentionReview.heading')}
      </h2>
      <Paragraph>{months === null ? t('settings.retentionReview.off') : t('settings.retentionReview.on', { months })}</Paragraph>
      <p>
        <a className="nl-link" href={hrefFor({ name: 'retention' })}>
          {t('settings.retentionReview.link')}
        </a>
      </p>
    </section>
  );
}

function DataLocation({ dataLocation }: { dataLocation: string | null }) {
  const headingId = useId();
  return (
    <section className="arr-panel" aria-labelledby={headingId}>
      <h2 className="arr-section-title" id={headingId}>
        {t('settings.data.heading')}
      </h2>
      <dl className="arr-facts">
        <dt>{t('settings.data.location')}</dt>
        <dd>
          <code className="arr-path">{dataLocation ?? t('settings.data.locationUnknown')}</code>
        </dd>
        <dt>{t('settings.data.encryption')}</dt>
        <dd>{t('settings.data.encrypted')}</dd>
      </dl>
      <p className="arr-small arr-muted">{t('settings.data.hint')}</p>
    </section>
  );
}

/** "Logboek controleren": the whole audit chain, as `npm run audit:verify` does. */
function AuditCheck() {
  const headingId = useId();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const ref = useRef<HTMLParagraphElement>(null);
  const check = async () => {
    setBusy(true);
    const answer = await call('audit.verify', {});
    setBusy(false);
    setOutcome(answer.ok ? { ok: answer.value.ok, text: answer.value.message } : { ok: false, text: answer.error.message });
    requestAnimationFrame(() => ref.current?.focus());
  };
  return (
    <section className="arr-panel" aria-labelledby={headingId}>
      <h2 className="arr-section-title" id={headingId}>
        {t('settings.audit.heading')}
      </h2>
      <p className="arr-small arr-muted">{t('settings.audit.intro')}</p>
      <Button appearance="secondary-action-button" type="button" disabled={busy} aria-busy={busy || undefined} onClick={() => void check()}>
        {t('settings.audit.check')}
      </Button>
      {outcome ? (
        <p ref={ref} tabIndex={-1} className={`arr-inline-message arr-inline-message--${outcome.ok ? 'ok' : 'error'}`} role={outcome.ok ? 'status' : 'alert'}>
          {outcome.text}
        </p>
      ) : null}
    </section>
  );
}
