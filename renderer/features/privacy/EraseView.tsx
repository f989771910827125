// Dossier wissen (issue 13.12, AVG art. 17). The adviser reads what erasure does, opens the
// question, and types the client's name back: erasure cannot be undone, and older backups still
// hold the client until they rotate out (at most about five weeks). After it, the counts of what
// was removed are shown (counts only: nothing about the client is left to show).
import { useEffect, useId, useRef, useState } from 'react';
import { Paragraph } from '@rijkshuisstijl-community/components-react';
import type { Client } from '../../../shared/contract/clients.ts';
import type { ErasedRecords } from '../../../shared/contract/privacy.ts';
import { Field } from '../../components/Field.tsx';
import { Notice } from '../../components/Notice.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { Button, ButtonGroup, ButtonLink } from '../../components/buttons.tsx';
import { TextInput } from '../../components/controls.tsx';
import { change } from '../../data/api.ts';
import { hrefFor } from '../../data/routes.ts';
import { t, type MessageKey } from '../../i18n/nl.ts';

export const ERASE_NAME_ID = 'wissen-naam';

export function EraseView({ client, onErased }: { client: Client; onErased: (records: ErasedRecords) => void }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Notice type="warning" title={t('privacy.erase.warningTitle')}>
        <Paragraph>{t('privacy.erase.what')}</Paragraph>
        <Paragraph>{t('privacy.erase.backups')}</Paragraph>
      </Notice>
      <Paragraph>{t('privacy.erase.exportFirst')}</Paragraph>
      <ButtonGroup>
        <Button appearance="primary-action-button" className="arr-button--danger" type="button" onClick={() => setOpen(true)}>
          {t('privacy.erase.open')}
        </Button>
        <ButtonLink appearance="subtle-button" href={hrefFor({ name: 'client', id: client.id })}>
          {t('privacy.erase.back')}
        </ButtonLink>
      </ButtonGroup>
      <EraseDialog client={client} open={open} onClose={() => setOpen(false)} onErased={onErased} />
    </>
  );
}

/** A native modal <dialog>: focus stays inside, Escape cancels, focus returns to the opener. */
function EraseDialog({ client, open, onClose, onErased }: { client: Client; open: boolean; onClose: () => void; onErased: (records: ErasedRecords) => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const titleId = useId();
  const bodyId = useId();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [problem, setProblem] = useState<{ text: string; conflict: boolean } | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      input.current?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  const close = () => {
    setName('');
    setError(undefined);
    setProblem(null);
    onClose();
  };

  const erase = async () => {
    if (name.trim() === '') {
      setError(t('privacy.erase.nameMissing'));
      input.current?.focus();
      return;
    }
    setBusy(true);
    const answer = await change('clients.erase', { id: client.id, expectedVersion: client.version, confirmName: name });
    setBusy(false);
    if (answer.ok) {
      ref.current?.close();
      onErased(answer.value.records);
      return;
    }
    const fieldMessage = answer.error.issues?.find((i) => i.path === 'confirmName')?.message;
    if (fieldMessage) {
      setError(fieldMessage);
      input.current?.focus();
      return;
    }
    setProblem({ text: answer.error.message, conflict: answer.error.code === 'conflict' });
  };

  return (
    <dialog
      ref={ref}
      className="arr-dialog arr-erase-dialog"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      onCancel={(event) => {
        event.preventDefault();
        if (!busy) close();
      }}
    >
      <h2 className="arr-dialog__title" id={titleId}>
        {t('privacy.erase.dialogTitle', { name: client.displayName })}
      </h2>
      <div id={bodyId}>
        <p className="arr-dialog__body">{t('privacy.erase.cannotUndo')}</p>
        <p className="arr-dialog__body">{t('privacy.erase.backups')}</p>
      </div>
      {problem ? (
        <Notice type="error" title={t('privacy.erase.failed')}>
          <Paragraph>{problem.text}</Paragraph>
          {problem.conflict ? <Paragraph>{t('privacy.erase.conflictHint')}</Paragraph> : null}
        </Notice>
      ) : null}
      <form
        className="arr-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void erase();
        }}
      >
        <Field id={ERASE_NAME_ID} label={t('privacy.erase.nameLabel', { name: client.displayName })} description={t('privacy.erase.nameHint')} error={error}>
          {(control) => (
            <TextInput
              {...control}
              ref={input}
              className="arr-input arr-input--m"
              autoComplete="off"
              spellCheck={false}
              maxLength={200}
              value={name}
              invalid={!!error}
              onChange={(event) => setName(event.target.value)}
            />
          )}
        </Field>
        <ButtonGroup>
          <Button appearance="primary-action-button" className="arr-button--danger" type="submit" disabled={busy} aria-busy={busy || undefined}>
            {busy ? t('privacy.erase.busy') : t('privacy.erase.confirm')}
          </Button>
          <Button appearance="secondary-action-button" type="button" disabled={busy} onClick={close}>
            {t('privacy.erase.cancel')}
          </Button>
        </ButtonGroup>
      </form>
    </dialog>
  );
}

const countLabels: readonly [keyof ErasedRecords, MessageKey][] = [
  ['dossiers', 'privacy.erased.dossiers'],
  ['intakes', 'privacy.erased.intakes'],
  ['trainings', 'privacy.erased.trainings'],
  ['apkAnswers', 'privacy.erased.apkAnswers'],
  ['apkConfirmations', 'privacy.erased.apkConfirmations'],
  ['arrangements', 'privacy.erased.arrangements'],
  ['arrangementVersions', 'privacy.erased.arrangementVersions'],
  ['otherRecords', 'privacy.erased.otherRecords'],
  ['auditReferences', 'privacy.erased.auditReferences'],
];

/** After the erasure: what was removed, in counts, and the way back to the dossiers. */
export function ErasedSummary({ records }: { records: ErasedRecords }) {
  return (
    <>
      <PageHeading>{t('privacy.erased.title')}</PageHeading>
      <Notice type="ok" title={t('privacy.erased.lead')}>
        <ul className="arr-erased-counts">
          {countLabels.map(([key, label]) => (
            <li key={key}>
              {t(label)}: <strong>{records[key]}</strong>
            </li>
          ))}
        </ul>
      </Notice>
      <Paragraph>{t('privacy.erase.backups')}</Paragraph>
      <ButtonLink appearance="primary-action-button" href={hrefFor({ name: 'clients' })}>
        {t('clients.detail.back')}
      </ButtonLink>
    </>
  );
}
