// Geschiedenis (issue 13.13): who changed what in this dossier, and when, newest first. Field
// names only, never the values (the services never hand them out). The read sits under the
// dossier's key, so any save to the dossier makes it stale and it is read again.
import { Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableRow } from '@rijkshuisstijl-community/components-react';
import { TableHeaderCell } from '../../components/TableHeaderCell.tsx';
import { reads } from '../../data/api.ts';
import { useQuery } from '../../data/query.ts';
import { formatDateTimeNl } from '../../i18n/format.ts';
import { t } from '../../i18n/nl.ts';
import { LoadFailed } from '../../components/LoadFailed.tsx';

export function HistoryView({ clientId }: { clientId: string }) {
  const { result, reload, refreshing } = useQuery(reads.history(clientId));
  return (
    <>
      <Paragraph className="arr-lead">{t('privacy.history.intro')}</Paragraph>
      {result.state === 'loading' ? <p className="arr-muted">{t('app.loading')}</p> : null}
      {result.state === 'failed' ? (
        <LoadFailed title={t('privacy.history.failed')} message={result.error.message} onRetry={reload} />
      ) : null}
      {result.state === 'ok' && result.value.length === 0 ? <Paragraph>{t('privacy.history.empty')}</Paragraph> : null}
      {result.state === 'ok' && result.value.length > 0 ? (
        <div className="arr-panel arr-panel--flush">
          <Table className="arr-history-table" aria-busy={refreshing || undefined}>
            <TableCaption className="arr-visually-hidden">{t('privacy.history.caption')}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('privacy.history.col.when')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('privacy.history.col.who')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('privacy.history.col.what')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {result.value.map((entry) => (
                <TableRow key={entry.seq}>
                  <TableCell className="arr-nowrap">{formatDateTimeNl(entry.at)}</TableCell>
                  <TableCell>{entry.actor}</TableCell>
                  <TableCell>{entry.description}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      ) : null}
    </>
  );
}
