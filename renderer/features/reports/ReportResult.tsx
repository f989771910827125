// The report on screen: what it counts (source, period, filters, how many), the one line about
// what was left out and why, the exports, and a section per table. Counting happens in the
// services; a report that takes longer than a moment shows a progress line, and a refresh keeps
// the previous report on screen until the new one is in.
import { useId, useState } from 'react';
import type { Report, ReportRequest } from '../../../shared/contract/reports.ts';
import { call } from '../../bridge/index.ts';
import { Notice } from '../../components/Notice.tsx';
import { Button, ButtonGroup } from '../../components/buttons.tsx';
import { downloadFile } from '../../components/exportFile.ts';
import { reads } from '../../data/api.ts';
import { useQuery } from '../../data/query.ts';
import { navigate } from '../../data/router.ts';
import { formatDateTimeNl } from '../../i18n/format.ts';
import { t } from '../../i18n/nl.ts';
import { Progress, useAfterAMoment } from './Progress.tsx';
import { ReportSection } from './ReportTables.tsx';
import { LoadFailed } from '../../components/LoadFailed.tsx';
import { useInlineMessage } from '../../components/InlineMessage.tsx';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function ReportResult({ request }: { request: ReportRequest }) {
  const { result, refreshing, reload } = useQuery(reads.report(request));
  const counting = useAfterAMoment(result.state === 'loading' || refreshing);
  return (
    <div className="arr-report-result" aria-busy={result.state === 'loading' || refreshing || undefined}>
      {counting ? <Progress label={t('reports.result.busy')} /> : null}
      {result.state === 'failed' ? (
        <LoadFailed title={t('reports.result.failed')} message={result.error.message} onRetry={reload} />
      ) : null}
      {result.state === 'ok' ? <ReportBody report={result.value} request={request} /> : null}
    </div>
  );
}

function ReportBody({ report, request }: { report: Report; request: ReportRequest }) {
  const headingId = useId();
  const bundleCount = report.bundles.length;
  return (
    <>
      <section className="arr-panel arr-report-summary" aria-labelledby={headingId}>
        <h2 className="arr-section-title" id={headingId}>
          {report.total === null ? t('reports.result.totalHidden') : t(report.total === 1 ? 'reports.result.totalOne' : 'reports.result.total', { count: report.total })}
        </h2>
        <ul className="arr-plain-list arr-report-filterlines">
          <li>{report.source === 'local' ? t('reports.result.sourceLocal') : t('reports.result.sourceBundles', { count: bundleCount })}</li>
          {report.filterLines.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
          <li className="arr-muted">{t('reports.result.madeAt', { at: formatDateTimeNl(report.madeAt) })}</li>
        </ul>
        <p className="arr-report-suppression" data-testid="suppression-line">
          <strong>{t('reports.result.suppressionLabel')}</strong> {report.suppressionNote}
        </p>
        <ExportButtons request={request} />
      </section>
      {report.source === 'bundles' && bundleCount === 0 ? <Notice type="info">{t('reports.result.noBundles')}</Notice> : null}
      {report.tables.map((table) => (
        <ReportSection key={table.id} table={table} />
      ))}
    </>
  );
}

function ExportButtons({ request }: { request: ReportRequest }) {
  const [busy, setBusy] = useState<'csv' | 'xlsx' | 'pdf' | null>(null);
  const { say, view: messageView } = useInlineMessage();
  const showProgress = useAfterAMoment(busy !== null);

  const csv = async () => {
    setBusy('csv');
    const answer = await call('reports.exportCsv', request);
    setBusy(null);
    if (!answer.ok) return say('error', answer.error.message);
    downloadFile(answer.value.fileName, 'text/csv', { text: answer.value.csv });
    say('ok', t('reports.export.saved', { file: answer.value.fileName }));
  };
  const xlsx = async () => {
    setBusy('xlsx');
    const answer = await call('reports.exportXlsx', request);
    setBusy(null);
    if (!answer.ok) return say('error', answer.error.message);
    downloadFile(answer.value.fileName, XLSX_MIME, { base64: answer.value.base64 });
    say('ok', t('reports.export.saved', { file: answer.value.fileName }));
  };
  // The desktop app prints the PDF itself; a browser gets the print view of the same document.
  const pdf = async () => {
    setBusy('pdf');
    const answer = await call('reports.exportPdf', request);
    setBusy(null);
    if (answer.ok) {
      if (answer.value.saved) say('ok', answer.value.path ? t('reports.export.pdfSavedAt', { path: answer.value.path }) : t('reports.export.pdfSaved'));
      return;
    }
    if (answer.error.code === 'unavailable') return navigate({ name: 'reports', print: true });
    say('error', answer.error.message);
  };

  return (
    <div className="arr-report-exports">
      <p className="arr-small arr-muted">{t('reports.export.intro')}</p>
      <ButtonGroup>
        <Button appearance="secondary-action-button" type="button" disabled={busy !== null} aria-busy={busy === 'pdf' || undefined} onClick={() => void pdf()}>
          {t('reports.export.pdf')}
        </Button>
        <Button appearance="secondary-action-button" type="button" disabled={busy !== null} aria-busy={busy === 'xlsx' || undefined} onClick={() => void xlsx()}>
          {t('reports.export.xlsx')}
        </Button>
        <Button appearance="secondary-action-button" type="button" disabled={busy !== null} aria-busy={busy === 'csv' || undefined} onClick={() => void csv()}>
          {t('reports.export.csv')}
        </Button>
      </ButtonGroup>
      {showProgress ? <Progress label={t('reports.export.busy')} /> : null}
      {messageView}
    </div>
  );
}
