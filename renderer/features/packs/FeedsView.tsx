// Feeds: where this installation looks for new pack versions (the administrator's setting, in
// pack-feeds.json): folders (a share, a synced folder, a USB stick) and HTTPS addresses, each
// with when it was last read and what went wrong; and who changed the list when.
import { useId, useRef, useState, type FormEvent } from 'react';
import { Paragraph } from '@rijkshuisstijl-community/components-react';
import type { FeedsConfig } from '../../../shared/contract/packs.ts';
import { Field } from '../../components/Field.tsx';
import { Notice } from '../../components/Notice.tsx';
import { Button } from '../../components/buttons.tsx';
import { Textarea } from '../../components/controls.tsx';
import { change, reads } from '../../data/api.ts';
import { useQuery } from '../../data/query.ts';
import { t } from '../../i18n/nl.ts';
import { formatDateTimeNl } from '../../i18n/format.ts';
import { LoadFailed } from '../../components/LoadFailed.tsx';

const linesOf = (text: string): string[] => text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);

export function FeedsView() {
  const { result, reload } = useQuery(reads.feeds());
  const packs = useQuery(reads.packs()).result;
  if (result.state === 'loading') return <p className="arr-muted">{t('app.loading')}</p>;
  if (result.state === 'failed') {
    return (
      <LoadFailed title={t('feeds.loadFailed')} message={result.error.message} onRetry={reload} />
    );
  }
  const statuses = packs.state === 'ok' ? packs.value.feeds : [];
  return (
    <>
      <Paragraph className="arr-lead">{t('feeds.intro')}</Paragraph>
      {statuses.length > 0 ? (
        <section className="arr-panel" aria-labelledby="feeds-status">
          <h2 className="arr-panel__heading" id="feeds-status">
            {t('feeds.status.heading')}
          </h2>
          <ul className="arr-plain-list">
            {statuses.map((f) => (
              <li key={f.location}>
                <span className="arr-break">{f.location}</span>
                <span className="arr-small arr-muted arr-block">
                  {f.lastSuccess ? t('feeds.status.ok', { when: formatDateTimeNl(f.lastSuccess) }) : t('feeds.status.never')}
                  {f.lastError ? ` ${t('feeds.status.error', { error: f.lastError })}` : ''}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <FeedsForm config={result.value} />
      <section className="arr-panel" aria-labelledby="feeds-log">
        <h2 className="arr-panel__heading" id="feeds-log">
          {t('feeds.log.heading')}
        </h2>
        {result.value.changes.length === 0 ? (
          <p className="arr-muted">{t('feeds.log.none')}</p>
        ) : (
          <ul className="arr-plain-list">
            {result.value.changes.map((c, i) => (
              <li key={i}>
                {t('feeds.log.line', { when: formatDateTimeNl(c.at), by: c.by, count: c.folders.length + c.urls.length })}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

function FeedsForm({ config }: { config: FeedsConfig }) {
  const headingId = useId();
  const [folders, setFolders] = useState(config.folders.join('\n'));
  const [urls, setUrls] = useState(config.urls.map((u) => u.url).join('\n'));
  const [errors, setErrors] = useState<{ folders?: string; urls?: string }>({});
  const [outcome, setOutcome] = useState<{ type: 'ok' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const outcomeRef = useRef<HTMLDivElement>(null);
  const withCa = config.urls.filter((u) => u.hasCa).map((u) => u.url);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setOutcome(null);
    const answer = await change('packs.setFeeds', { folders: linesOf(folders), urls: linesOf(urls).map((url) => ({ url })) });
    setBusy(false);
    if (answer.ok) {
      setErrors({});
      setOutcome({ type: 'ok', text: t('feeds.saved') });
    } else {
      const next: typeof errors = {};
      for (const issue of answer.error.issues ?? []) {
        const [field, index] = issue.path.split('.');
        const line = index !== undefined && /^\d+$/.test(index) ? t('feeds.line', { n: Number(index) + 1 }) : '';
        if (field === 'folders') next.folders ??= `${line}${issue.message}`;
        else if (field === 'urls') next.urls ??= `${line}${issue.message}`;
      }
      setErrors(next);
      setOutcome({ type: 'error', text: answer.error.message });
    }
    requestAnimationFrame(() => outcomeRef.current?.focus());
  };

  return (
    <section className="arr-panel" aria-labelledby={headingId}>
      <h2 className="arr-panel__heading" id={headingId}>
        {t('feeds.form.heading')}
      </h2>
      <form className="arr-form" noValidate onSubmit={(e) => void save(e)}>
        <Field id="feeds-mappen" label={t('feeds.folders.label')} description={t('feeds.folders.description')} error={errors.folders}>
          {(control) => <Textarea {...control} className="arr-textarea arr-mono" rows={3} spellCheck={false} value={folders} onChange={(e) => setFolders(e.target.value)} />}
        </Field>
        <Field id="feeds-adressen" label={t('feeds.urls.label')} description={t('feeds.urls.description')} error={errors.urls}>
          {(control) => <Textarea {...control} className="arr-textarea arr-mono" rows={3} spellCheck={false} value={urls} onChange={(e) => setUrls(e.target.value)} />}
        </Field>
        {withCa.length > 0 ? <p className="arr-small">{t('feeds.caWarning', { urls: withCa.join(', ') })}</p> : null}
        <div className="arr-actions">
          <Button appearance="primary-action-button" type="submit" disabled={busy} aria-busy={busy || undefined}>
            {t('feeds.save')}
          </Button>
        </div>
      </form>
      {outcome ? (
        <Notice ref={outcomeRef} type={outcome.type}>
          <p>{outcome.text}</p>
        </Notice>
      ) : null}
    </section>
  );
}
