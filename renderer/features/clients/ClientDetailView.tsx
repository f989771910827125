// One dossier: its data, and the actions on it. Later screens (intake, Loopbaan APK, matching,
// arrangements) start from here, as sections below the data.
import { useRef, useState, type ReactNode, type Ref } from 'react';
import { DataSummary, DataSummaryItem, Paragraph } from '@rijkshuisstijl-community/components-react';
import type { Client } from '../../../shared/contract/clients.ts';
import { ageOn } from '../../../shared/dates/index.ts';
import { PageHeading } from '../../components/PageHeading.tsx';
import { Notice } from '../../components/Notice.tsx';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { PrivacyLinks } from '../../components/PrivacyLinks.tsx';
import { SessionLinks } from '../../components/SessionLinks.tsx';
import { Button, ButtonGroup, ButtonLink } from '../../components/buttons.tsx';
import { change, reads } from '../../data/api.ts';
import { showNotice, useNotice } from '../../data/notices.ts';
import { updateCached, useQuery } from '../../data/query.ts';
import { regionLabel, useRegions } from '../../data/regions.ts';
import { hrefFor } from '../../data/routes.ts';
import { t } from '../../i18n/nl.ts';
import { formatDateNl, formatDateTimeNl, todayIso } from '../../i18n/format.ts';
import { ClientLoadFailed } from '../../components/ClientLoadFailed.tsx';

export function ClientDetailView({ id }: { id: string }) {
  const { result, reload } = useQuery(reads.client(id));
  const href = hrefFor({ name: 'client', id });
  const notice = useNotice(href);
  const noticeRef = useRef<HTMLDivElement>(null);
  const problemRef = useRef<HTMLDivElement>(null);
  const [confirmArchive, setConfirmArchive] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const act = async (op: 'clients.archive' | 'clients.restore', client: Client) => {
    setBusy(true);
    const answer = await change(op, { id: client.id, expectedVersion: client.version }, { update: (saved) => updateCached(reads.client(id).key, () => saved) });
    setBusy(false);
    setConfirmArchive(false);
    if (!answer.ok) {
      setProblem(answer.error.message);
      requestAnimationFrame(() => problemRef.current?.focus());
      return;
    }
    setProblem(null);
    showNotice(t(op === 'clients.archive' ? 'clients.notice.archived' : 'clients.notice.restored', { name: answer.value.displayName }), href);
    // The button that was pressed is gone (Archiveren becomes Terugzetten): land on the message.
    requestAnimationFrame(() => noticeRef.current?.focus());
  };

  if (result.state !== 'ok') {
    return (
      <>
        <PageHeading preHeading={t('clients.detail.preHeading')}>{result.state === 'loading' ? t('app.loading') : t('clients.form.loadFailed')}</PageHeading>
        {result.state === 'failed' ? (
          <ClientLoadFailed error={result.error} onRetry={reload} notFound={t('clients.detail.notFound')} />
        ) : null}
      </>
    );
  }

  const client = result.value;
  const archived = client.archivedAt !== null;
  return (
    <DetailBody
      client={client}
      archived={archived}
      notice={notice}
      noticeRef={noticeRef}
      problem={problem}
      problemRef={problemRef}
      busy={busy}
      onEditHref={hrefFor({ name: 'client-edit', id })}
      onArchive={() => setConfirmArchive(true)}
      onRestore={() => void act('clients.restore', client)}
      onReload={() => {
        setProblem(null);
        reload();
      }}
      dialog={
        <ConfirmDialog
          open={confirmArchive}
          title={t('clients.archive.title')}
          body={t('clients.archive.body', { name: client.displayName })}
          confirmLabel={t('clients.archive.confirm')}
          cancelLabel={t('clients.archive.cancel')}
          busy={busy}
          onConfirm={() => void act('clients.archive', client)}
          onCancel={() => setConfirmArchive(false)}
        />
      }
    />
  );
}

interface DetailBodyProps {
  readonly client: Client;
  readonly archived: boolean;
  readonly notice: string | null;
  readonly noticeRef: Ref<HTMLDivElement>;
  readonly problem: string | null;
  readonly problemRef: Ref<HTMLDivElement>;
  readonly busy: boolean;
  readonly onEditHref: string;
  readonly onArchive: () => void;
  readonly onRestore: () => void;
  readonly onReload: () => void;
  readonly dialog: ReactNode;
}

function DetailBody({ client, archived, notice, noticeRef, problem, problemRef, busy, onEditHref, onArchive, onRestore, onReload, dialog }: DetailBodyProps) {
  const regions = useRegions();
  const age = ageOn(client.birthDate, todayIso());
  return (
    <>
      <PageHeading preHeading={t('clients.detail.preHeading')}>{client.displayName}</PageHeading>
      {notice ? (
        <Notice ref={noticeRef} type="ok">
          {notice}
        </Notice>
      ) : null}
      {problem ? (
        <Notice ref={problemRef} type="error" title={t('clients.detail.actionFailed')}>
          <Paragraph>{problem}</Paragraph>
          <Button appearance="secondary-action-button" onClick={onReload}>
            {t('clients.detail.reload')}
          </Button>
        </Notice>
      ) : null}
      {archived ? (
        <Notice type="info" title={t('clients.detail.archivedOn', { date: formatDateNl(client.archivedAt!.slice(0, 10)) })}>
          <Paragraph>{t('clients.detail.archivedHint')}</Paragraph>
        </Notice>
      ) : null}

      <ButtonGroup className="arr-actions">
        {archived ? (
          <Button appearance="primary-action-button" onClick={onRestore} disabled={busy} aria-busy={busy || undefined}>
            {t('clients.detail.restore')}
          </Button>
        ) : (
          <>
            <ButtonLink appearance="primary-action-button" href={onEditHref}>
              {t('clients.detail.edit')}
            </ButtonLink>
            <Button appearance="secondary-action-button" onClick={onArchive} disabled={busy}>
              {t('clients.detail.archive')}
            </Button>
          </>
        )}
        <ButtonLink appearance="subtle-button" href={hrefFor({ name: 'clients' })}>
          {t('clients.detail.back')}
        </ButtonLink>
      </ButtonGroup>

      <section className="arr-panel" aria-labelledby="dossier-gegevens">
        <h2 className="arr-section-title" id="dossier-gegevens">
          {t('clients.detail.dataHeading')}
        </h2>
        <DataSummary appearance="row" className="arr-summary">
          <DataSummaryItem itemKey={t('clients.form.displayName.label')} itemValue={client.displayName} />
          <DataSummaryItem
            itemKey={t('clients.form.birthDate.label')}
            itemValue={`${formatDateNl(client.birthDate)} (${t('clients.detail.age', { age })})`}
          />
          <DataSummaryItem itemKey={t('clients.form.region.label')} itemValue={regionLabel(regions, client.region)} />
          <DataSummaryItem itemKey={t('clients.list.col.reference')} itemValue={client.adviserReference || t('clients.detail.emptyValue')} />
          <DataSummaryItem itemKey={t('clients.detail.noteLabel')} itemValue={client.note ?? t('clients.detail.emptyValue')} className="arr-summary__note" />
          <DataSummaryItem itemKey={t('clients.detail.created')} itemValue={formatDateTimeNl(client.createdAt)} />
          <DataSummaryItem itemKey={t('clients.detail.updated')} itemValue={formatDateTimeNl(client.updatedAt)} />
        </DataSummary>
      </section>
      {archived ? null : <SessionLinks clientId={client.id} />}
      <PrivacyLinks clientId={client.id} />
      {dialog}
    </>
  );
}
