import { Paragraph } from '@rijkshuisstijl-community/components-react';
import { PageHeading } from '../../components/PageHeading.tsx';
import { Notice } from '../../components/Notice.tsx';
import { ButtonLink } from '../../components/buttons.tsx';
import { reads } from '../../data/api.ts';
import { useQuery } from '../../data/query.ts';
import { hrefFor } from '../../data/routes.ts';
import { t } from '../../i18n/nl.ts';
import { ClientForm } from './ClientForm.tsx';
import { toFormValues } from './clientForm.ts';
import { ClientLoadFailed } from '../../components/ClientLoadFailed.tsx';

export function ClientEditView({ id }: { id: string }) {
  const { result, reload } = useQuery(reads.client(id));
  return (
    <>
      <PageHeading preHeading={result.state === 'ok' ? result.value.displayName : undefined}>{t('clients.form.editTitle')}</PageHeading>
      {result.state === 'loading' ? <Paragraph className="arr-hint">{t('app.loading')}</Paragraph> : null}
      {result.state === 'failed' ? (
        <ClientLoadFailed error={result.error} onRetry={reload} title={t('clients.form.loadFailed')} />
      ) : null}
      {result.state === 'ok' && result.value.archivedAt !== null ? (
        <Notice type="info">
          <Paragraph>{t('clients.detail.archivedHint')}</Paragraph>
          <ButtonLink appearance="secondary-action-button" href={hrefFor({ name: 'client', id })}>
            {t('clients.detail.open')}
          </ButtonLink>
        </Notice>
      ) : null}
      {result.state === 'ok' && result.value.archivedAt === null ? (
        <>
          <Paragraph className="arr-lead">{t('clients.form.intro')}</Paragraph>
          <ClientForm client={result.value} initialValues={toFormValues(result.value)} />
        </>
      ) : null}
    </>
  );
}
