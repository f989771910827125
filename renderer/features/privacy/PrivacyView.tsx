// The privacy screens of one dossier (issue 13.11-13.13): Geschiedenis, Alle gegevens (inzage and
// export) and Dossier wissen. Each starts from the dossier page and names the client; after an
// erasure the dossier is gone, so the outcome is held here, above the read that would now fail.
import { useState } from 'react';
import type { ErasedRecords } from '../../../shared/contract/privacy.ts';
import { PageHeading } from '../../components/PageHeading.tsx';
import { reads } from '../../data/api.ts';
import type { PrivacyRoute } from '../../data/privacyRoutes.ts';
import { useQuery } from '../../data/query.ts';
import { hrefFor } from '../../data/routes.ts';
import { t, type MessageKey } from '../../i18n/nl.ts';
import { DataView } from './DataView.tsx';
import { ErasedSummary, EraseView } from './EraseView.tsx';
import { HistoryView } from './HistoryView.tsx';
import { ClientLoadFailed } from '../../components/ClientLoadFailed.tsx';

const titles: Record<PrivacyRoute['page'], MessageKey> = {
  geschiedenis: 'privacy.history.title',
  gegevens: 'privacy.data.title',
  wissen: 'privacy.erase.title',
};

export function PrivacyView({ route }: { route: PrivacyRoute }) {
  const [erased, setErased] = useState<ErasedRecords | null>(null);
  const { result, reload } = useQuery(erased ? null : reads.client(route.id));
  if (erased) return <ErasedSummary records={erased} />;
  if (result.state !== 'ok') {
    return (
      <>
        <PageHeading preHeading={t('clients.detail.preHeading')}>{result.state === 'loading' ? t('app.loading') : t(titles[route.page])}</PageHeading>
        {result.state === 'failed' ? (
          <ClientLoadFailed error={result.error} onRetry={reload} notFound={t('clients.detail.notFound')} />
        ) : null}
      </>
    );
  }
  const client = result.value;
  const back = hrefFor({ name: 'client', id: client.id });
  return (
    <>
      <p className="arr-backlink arr-no-print">
        <a className="nl-link" href={back}>
          {t('privacy.backToDossier', { name: client.displayName })}
        </a>
      </p>
      <PageHeading preHeading={t('privacy.preHeading', { name: client.displayName })}>{t(titles[route.page])}</PageHeading>
      {route.page === 'geschiedenis' ? <HistoryView clientId={client.id} /> : null}
      {route.page === 'gegevens' ? <DataView clientId={client.id} print={route.print} /> : null}
      {route.page === 'wissen' ? <EraseView client={client} onErased={setErased} /> : null}
    </>
  );
}
