// Vertrouwde uitgevers (the functional administrator): which publishers' keys this installation
// trusts, each with its fingerprint in four groups to compare by phone and the scheme id
// prefixes it may publish; adding one from its .pub.json (chosen or pasted) and removing one,
// both after a confirmation; and every change with who made it and when.
import { useId, useRef, useState, type FormEvent } from 'react';
import { Paragraph } from '@rijkshuisstijl-community/components-react';
import { groupKeyId, publicKeyFileSchema } from '../../../shared/packs/manifest.ts';
import type { TrustList } from '../../../shared/contract/packs.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { Field } from '../../components/Field.tsx';
import { Notice } from '../../components/Notice.tsx';
import { Button } from '../../components/buttons.tsx';
import { Textarea, TextInput } from '../../components/controls.tsx';
import { change, reads } from '../../data/api.ts';
import { useQuery } from '../../data/query.ts';
import { t } from '../../i18n/nl.ts';
import { formatDateTimeNl } from '../../i18n/format.ts';
import { FileChoice, problemLines, readProblemText } from './FileChoice.tsx';
import { LoadFailed } from '../../components/LoadFailed.tsx';
import { TableHead } from '../../components/TableHead.tsx';

type Publisher = TrustList['publishers'][number];
type Outcome = { type: 'ok' | 'error'; title: string; lines: string[] } | null;

export function TrustView() {
  const { result, reload } = useQuery(reads.trust());
  const [outcome, setOutcome] = useState<Outcome>(null);
  const outcomeRef = useRef<HTMLDivElement>(null);
  const report = (next: Outcome) => {
    setOutcome(next);
    requestAnimationFrame(() => outcomeRef.current?.focus());
  };
  return (
    <>
      <Paragraph className="arr-lead">{t('trust.intro')}</Paragraph>
      {outcome ? (
        <Notice ref={outcomeRef} type={outcome.type} title={outcome.title}>
          {outcome.lines.length > 0 ? (
            <ul className="arr-plain-list">
              {outcome.lines.map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ul>
          ) : null}
        </Notice>
      ) : null}
      {result.state === 'loading' ? <p className="arr-muted">{t('app.loading')}</p> : null}
      {result.state === 'failed' ? (
        <LoadFailed title={t('trust.loadFailed')} message={result.error.message} onRetry={reload} />
      ) : null}
      {result.state === 'ok' ? (
        <>
          <PublisherTable publishers={result.value.publishers} report={report} />
          <AddPublisher report={report} />
          <ChangeLog changes={result.value.changes} />
        </>
      ) : null}
    </>
  );
}

function PublisherTable({ publishers, report }: { publishers: readonly Publisher[]; report: (o: Outcome) => void }) {
  const headingId = useId();
  const [removing, setRemoving] = useState<Publisher | null>(null);
  const [busy, setBusy] = useState(false);
  const remove = async () => {
    if (!removing) return;
    setBusy(true);
    const answer = await change('trust.remove', { keyId: removing.keyId });
    setBusy(false);
    setRemoving(null);
    report(answer.ok ? { type: 'ok', title: t('trust.removed', { name: removing.name }), lines: [] } : { type: 'error', title: answer.error.message, lines: problemLines(answer.error) });
  };
  return (
    <section className="arr-panel arr-panel--flush" aria-labelledby={headingId}>
      <h2 className="arr-panel__heading arr-packs__heading" id={headingId}>
        {t('trust.list.heading')}
      </h2>
      {publishers.length === 0 ? (
        <p className="arr-packs__empty">{t('trust.list.none')}</p>
      ) : (
        <div className="arr-table-scroll">
          <table className="utrecht-table arr-table arr-trust" aria-labelledby={headingId}>
            <TableHead columns={[t('trust.col.name'), t('trust.col.fingerprint'), t('trust.col.scopes'), t('trust.col.added'), { label: t('trust.col.actions'), hidden: true }]} />
            <tbody className="utrecht-table__body">
              {publishers.map((p) => (
                <tr key={p.keyId} className="utrecht-table__row">
                  <th scope="row" className="utrecht-table__cell">
                    {p.name}
                  </th>
                  <td className="utrecht-table__cell">
                    <span className="arr-fingerprint">{p.keyIdGrouped}</span>
                  </td>
                  <td className="utrecht-table__cell">
                    {p.scopes.map((s) => (
                      <code key={s} className="arr-scope">
                        {s}
                      </code>
                    ))}
                  </td>
                  <td className="utrecht-table__cell">
                    {formatDateTimeNl(p.addedAt)}
                    <span className="arr-small arr-muted arr-block">{t('trust.by', { by: p.addedBy })}</span>
                  </td>
                  <td className="utrecht-table__cell">
                    <Button appearance="secondary-action-button" onClick={() => setRemoving(p)}>
                      {t('trust.remove')}
                      <span className="arr-visually-hidden"> {p.name}</span>
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ConfirmDialog
        open={removing !== null}
        title={t('trust.remove.title', { name: removing?.name ?? '' })}
        body={t('trust.remove.body', { fingerprint: removing?.keyIdGrouped ?? '' })}
        confirmLabel={t('trust.remove.confirm')}
        cancelLabel={t('trust.cancel')}
        busy={busy}
        onConfirm={() => void remove()}
        onCancel={() => setRemoving(null)}
      />
    </section>
  );
}

/** The scopes as typed: separated by commas, spaces or new lines. */
const scopesOf = (text: string): string[] => [...new Set(text.split(/[\s,;]+/).map((s) => s.trim()).filter(Boolean))];

function AddPublisher({ report }: { report: (o: Outcome) => void }) {
  const headingId = useId();
  const [keyText, setKeyText] = useState('');
  const [scopes, setScopes] = useState('');
  const [name, setName] = useState('');
  const [errors, setErrors] = useState<{ key?: string; scopes?: string; name?: string }>({});
  const [confirming, setConfirming] = useState<{ fingerprint: string; name: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const check = (event: FormEvent) => {
    event.preventDefault();
    const next: typeof errors = {};
    let parsed: ReturnType<typeof publicKeyFileSchema.safeParse> | null;
    try {
      parsed = publicKeyFileSchema.safeParse(JSON.parse(keyText));
    } catch {
      parsed = null;
    }
    if (keyText.trim() === '') next.key = t('trust.add.keyMissing');
    else if (!parsed?.success) next.key = t('trust.add.keyInvalid');
    if (scopesOf(scopes).length === 0) next.scopes = t('trust.add.scopesMissing');
    setErrors(next);
    if (Object.keys(next).length > 0 || !parsed?.success) return;
    setConfirming({ fingerprint: groupKeyId(parsed.data.keyId), name: name.trim() || parsed.data.name });
  };

  const add = async () => {
    setBusy(true);
    const answer = await change('trust.add', { publicKeyFile: keyText, scopes: scopesOf(scopes), ...(name.trim() ? { name: name.trim() } : {}) });
    setBusy(false);
    const who = confirming?.name ?? '';
    setConfirming(null);
    if (!answer.ok) {
      const byField: typeof errors = {};
      for (const issue of answer.error.issues ?? []) {
        if (issue.path.startsWith('scopes')) byField.scopes ??= issue.message;
        else if (issue.path.startsWith('name')) byField.name ??= issue.message;
        else byField.key ??= issue.message;
      }
      setErrors(byField);
      report({ type: 'error', title: answer.error.message, lines: problemLines(answer.error) });
      return;
    }
    setKeyText('');
    setScopes('');
    setName('');
    setErrors({});
    report({ type: 'ok', title: t('trust.added', { name: who }), lines: [] });
  };

  return (
    <section className="arr-panel" aria-labelledby={headingId}>
      <h2 className="arr-panel__heading" id={headingId}>
        {t('trust.add.heading')}
      </h2>
      <p className="arr-small arr-muted">{t('trust.add.intro')}</p>
      <form className="arr-form arr-trust-form" noValidate onSubmit={check}>
        <FileChoice
          id="uitgever-sleutelbestand"
          label={t('trust.add.file')}
          description={t('trust.add.fileDescription')}
          accept=".json,application/json"
          maxChars={10_000}
          onRead={(read) => {
            if (read.ok) {
              setKeyText(read.text);
              setErrors((e) => ({ ...e, key: undefined }));
            } else setErrors((e) => ({ ...e, key: readProblemText(read) }));
          }}
        />
        <Field id="uitgever-sleutel" label={t('trust.add.key')} description={t('trust.add.keyDescription')} error={errors.key}>
          {(control) => <Textarea {...control} className="arr-textarea arr-mono" rows={5} spellCheck={false} value={keyText} onChange={(e) => setKeyText(e.target.value)} />}
        </Field>
        <Field id="uitgever-bereik" label={t('trust.add.scopes')} description={t('trust.add.scopesDescription')} error={errors.scopes}>
          {(control) => <TextInput {...control} autoComplete="off" spellCheck={false} value={scopes} onChange={(e) => setScopes(e.target.value)} />}
        </Field>
        <Field id="uitgever-naam" label={t('trust.add.name')} description={t('trust.add.nameDescription')} error={errors.name}>
          {(control) => <TextInput {...control} autoComplete="off" maxLength={200} value={name} onChange={(e) => setName(e.target.value)} />}
        </Field>
        <div className="arr-actions">
          <Button appearance="primary-action-button" type="submit" disabled={busy}>
            {t('trust.add.submit')}
          </Button>
        </div>
      </form>
      <ConfirmDialog
        open={confirming !== null}
        title={t('trust.add.confirmTitle', { name: confirming?.name ?? '' })}
        body={t('trust.add.confirmBody', { fingerprint: confirming?.fingerprint ?? '', scopes: scopesOf(scopes).join(', ') })}
        confirmLabel={t('trust.add.confirm')}
        cancelLabel={t('trust.cancel')}
        busy={busy}
        onConfirm={() => void add()}
        onCancel={() => setConfirming(null)}
      />
    </section>
  );
}

function ChangeLog({ changes }: { changes: TrustList['changes'] }) {
  const headingId = useId();
  return (
    <section className="arr-panel" aria-labelledby={headingId}>
      <h2 className="arr-panel__heading" id={headingId}>
        {t('trust.log.heading')}
      </h2>
      {changes.length === 0 ? (
        <p className="arr-muted">{t('trust.log.none')}</p>
      ) : (
        <ul className="arr-trust-log">
          {changes.map((c, i) => (
            <li key={i}>
              <span className="arr-nowrap">{formatDateTimeNl(c.at)}</span>
              {' – '}
              {c.action === 'add'
                ? t('trust.log.added', { by: c.by, name: c.name, fingerprint: c.keyIdGrouped, scopes: c.scopes.join(', ') })
                : t('trust.log.removed', { by: c.by, name: c.name, fingerprint: c.keyIdGrouped })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
