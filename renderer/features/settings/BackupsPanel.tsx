// Back-ups on the Instellingen screen (issue 13.14): the folder they go to (a network share is
// common), "Nu back-up maken", the list, and a restore. A restore replaces every dossier, so it
// is asked for here, checked at once, and done at the next start of Arrangeur (the services say
// why in electron/backups/folder.ts); until then the adviser can cancel it.
import { useId, useRef, useState } from 'react';
import { Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableRow } from '@rijkshuisstijl-community/components-react';
import type { Backup, BackupState } from '../../../shared/contract/backups.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { Field } from '../../components/Field.tsx';
import { Notice } from '../../components/Notice.tsx';
import { TableHeaderCell } from '../../components/TableHeaderCell.tsx';
import { Button, ButtonGroup } from '../../components/buttons.tsx';
import { TextInput } from '../../components/controls.tsx';
import { change, reads } from '../../data/api.ts';
import { useQuery } from '../../data/query.ts';
import { formatDateTimeNl } from '../../i18n/format.ts';
import { t } from '../../i18n/nl.ts';
import { useInlineMessage } from '../../components/InlineMessage.tsx';

export const BACKUP_FOLDER_ID = 'backup-map';

const sizeText = (bytes: number): string =>
  bytes >= 1_048_576 ? `${(bytes / 1_048_576).toFixed(1).replace('.', ',')} MB` : `${Math.max(1, Math.round(bytes / 1024))} kB`;

type Message = { type: 'ok' | 'error'; text: string };

export function BackupsPanel() {
  const headingId = useId();
  const { result, reload } = useQuery(reads.backups());
  return (
    <section className="arr-panel" aria-labelledby={headingId}>
      <h2 className="arr-section-title" id={headingId}>
        {t('backups.heading')}
      </h2>
      <p className="arr-small arr-muted">{t('backups.intro')}</p>
      {result.state === 'loading' ? <p className="arr-muted">{t('app.loading')}</p> : null}
      {result.state === 'failed' ? (
        <Notice type={result.error.code === 'unavailable' ? 'info' : 'error'} title={t('backups.loadFailed')}>
          <Paragraph>{result.error.message}</Paragraph>
          {result.error.code !== 'unavailable' ? (
            <Button appearance="secondary-action-button" onClick={reload}>
              {t('app.retry')}
            </Button>
          ) : null}
        </Notice>
      ) : null}
      {result.state === 'ok' ? <BackupsBody state={result.value} /> : null}
    </section>
  );
}

function BackupsBody({ state }: { state: BackupState }) {
  const [busy, setBusy] = useState<'create' | 'restore' | 'cancel' | null>(null);
  const [restoring, setRestoring] = useState<Backup | null>(null);
  const inline = useInlineMessage();
  const say = (next: Message) => inline.say(next.type, next.text);

  const create = async () => {
    setBusy('create');
    const answer = await change('backups.create', {});
    setBusy(null);
    say(answer.ok ? { type: 'ok', text: t('backups.created', { date: formatDateTimeNl(answer.value.backup.madeAt) }) } : { type: 'error', text: answer.error.message });
  };

  const restore = async (backup: Backup) => {
    setBusy('restore');
    const answer = await change('backups.restore', { name: backup.name, confirm: true });
    setBusy(null);
    setRestoring(null);
    say(answer.ok ? { type: 'ok', text: t('backups.restoreRequested') } : { type: 'error', text: answer.error.message });
  };

  const cancel = async () => {
    setBusy('cancel');
    const answer = await change('backups.cancelRestore', {});
    setBusy(null);
    say(answer.ok ? { type: 'ok', text: t('backups.restoreCancelled') } : { type: 'error', text: answer.error.message });
  };

  return (
    <>
      {state.lastRestore ? (
        <Notice type={state.lastRestore.ok ? 'ok' : 'warning'} title={state.lastRestore.ok ? t('backups.lastRestore.ok') : t('backups.lastRestore.refused')}>
          <Paragraph>{state.lastRestore.message}</Paragraph>
        </Notice>
      ) : null}
      {state.pendingRestore ? (
        <Notice type="warning" title={t('backups.pending.title', { date: formatDateTimeNl(state.pendingRestore.madeAt) })}>
          <Paragraph>{t('backups.pending.body')}</Paragraph>
          <Button appearance="secondary-action-button" type="button" disabled={busy !== null} aria-busy={busy === 'cancel' || undefined} onClick={() => void cancel()}>
            {t('backups.pending.cancel')}
          </Button>
        </Notice>
      ) : null}
      {state.lastAutomatic && !state.lastAutomatic.ok ? (
        <Notice type="warning" title={t('backups.automaticFailed', { date: formatDateTimeNl(state.lastAutomatic.at) })}>
          <Paragraph>{state.lastAutomatic.message}</Paragraph>
        </Notice>
      ) : null}

      <FolderForm state={state} />

      <ButtonGroup>
        <Button appearance="primary-action-button" type="button" disabled={busy !== null} aria-busy={busy === 'create' || undefined} onClick={() => void create()}>
          {busy === 'create' ? t('backups.creating') : t('backups.create')}
        </Button>
      </ButtonGroup>
      {inline.view}

      {state.backups.length === 0 ? (
        <Paragraph>{t('backups.none')}</Paragraph>
      ) : (
        <Table className="arr-backup-table">
          <TableCaption className="arr-visually-hidden">{t('backups.caption')}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('backups.col.madeAt')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('backups.col.kind')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('backups.col.size')}</TableHeaderCell>
              <TableHeaderCell scope="col">
                <span className="arr-visually-hidden">{t('backups.col.action')}</span>
              </TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {state.backups.map((backup) => (
              <TableRow key={backup.name}>
                <TableCell>{formatDateTimeNl(backup.madeAt)}</TableCell>
                <TableCell>{backup.kind === 'backup' ? t('backups.kind.backup') : t('backups.kind.beforeRestore')}</TableCell>
                <TableCell>{sizeText(backup.sizeBytes)}</TableCell>
                <TableCell>
                  <Button
                    appearance="subtle-button"
                    type="button"
                    disabled={busy !== null}
                    aria-label={t('backups.restore.label', { date: formatDateTimeNl(backup.madeAt) })}
                    onClick={() => setRestoring(backup)}
                  >
                    {t('backups.restore')}
                  </Button>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <ConfirmDialog
        open={restoring !== null}
        title={t('backups.confirm.title')}
        body={restoring ? t('backups.confirm.body', { date: formatDateTimeNl(restoring.madeAt) }) : ''}
        confirmLabel={t('backups.confirm.yes')}
        cancelLabel={t('backups.confirm.no')}
        busy={busy === 'restore'}
        onConfirm={() => restoring && void restore(restoring)}
        onCancel={() => setRestoring(null)}
      />
    </>
  );
}

/** The backup folder: any existing folder this user can write to, or the default one. */
function FolderForm({ state }: { state: BackupState }) {
  const [folder, setFolder] = useState(state.isDefaultFolder ? '' : state.folder);
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const savedRef = useRef<HTMLParagraphElement>(null);

  const save = async (next: string | null) => {
    setSaved(null);
    if (next !== null && next.trim() === '') {
      setError(t('backups.folder.empty'));
      input.current?.focus();
      return;
    }
    setBusy(true);
    const answer = await change('backups.setFolder', { folder: next });
    setBusy(false);
    if (!answer.ok) {
      setError(answer.error.issues?.[0]?.message ?? answer.error.message);
      input.current?.focus();
      return;
    }
    setError(undefined);
    if (next === null) setFolder('');
    setSaved(answer.value.isDefaultFolder ? t('backups.folder.savedDefault') : t('backups.folder.saved', { folder: answer.value.folder }));
    requestAnimationFrame(() => savedRef.current?.focus());
  };

  return (
    <form
      className="arr-form arr-backup-folder"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save(folder);
      }}
    >
      <p>
        {t('backups.folder.current')} <code className="arr-path">{state.folder}</code>
        {state.isDefaultFolder ? ` ${t('backups.folder.isDefault')}` : ''}
      </p>
      <Field id={BACKUP_FOLDER_ID} label={t('backups.folder.label')} description={t('backups.folder.description')} error={error}>
        {(control) => (
          <TextInput
            {...control}
            ref={input}
            className="arr-input arr-input--l"
            autoComplete="off"
            spellCheck={false}
            maxLength={1000}
            value={folder}
            invalid={!!error}
            onChange={(event) => setFolder(event.target.value)}
          />
        )}
      </Field>
      <ButtonGroup>
        <Button appearance="secondary-action-button" type="submit" disabled={busy} aria-busy={busy || undefined}>
          {t('backups.folder.save')}
        </Button>
        {state.isDefaultFolder ? null : (
          <Button appearance="subtle-button" type="button" disabled={busy} onClick={() => void save(null)}>
            {t('backups.folder.useDefault')}
          </Button>
        )}
      </ButtonGroup>
      {saved ? (
        <p ref={savedRef} tabIndex={-1} className="arr-inline-message arr-inline-message--ok" role="status">
          {saved}
        </p>
      ) : null}
    </form>
  );
}
