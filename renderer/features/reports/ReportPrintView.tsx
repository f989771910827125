// The report's print view, for browser mode (the desktop app prints the PDF in main): the same
// document the PDF is made from, shown as it prints; "Afdrukken" and then "Opslaan als PDF".
import { Paragraph } from '@rijkshuisstijl-community/components-react';
import type { ReportRequest } from '../../../shared/contract/reports.ts';
import { DocumentFrame } from '../../components/DocumentFrame.tsx';
import { Notice } from '../../components/Notice.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { reads } from '../../data/api.ts';
import { useQuery } from '../../data/query.ts';
import { hrefFor } from '../../data/routes.ts';
import { t } from '../../i18n/nl.ts';
import { Progress, useAfterAMoment } from './Progress.tsx';

export const REPORT_FRAME_ID = 'rapportage-document';

export function ReportPrintView({ request }: { request: ReportRequest }) {
  const { result: doc } = useQuery(reads.reportDocument(request));
  const busy = useAfterAMoment(doc.state === 'loading');
  return (
    <div className="arr-print">
      <p className="arr-backlink arr-no-print">
        <a className="nl-link" href={hrefFor({ name: 'reports', print: false })}>
          {t('reports.print.back')}
        </a>
      </p>
      <PageHeading>{t('reports.print.title')}</PageHeading>
      {busy ? <Progress label={t('reports.result.busy')} /> : null}
      {doc.state === 'failed' ? (
        <Notice type="error" title={t('reports.print.failed')}>
          <Paragraph>{doc.error.message}</Paragraph>
        </Notice>
      ) : null}
      {doc.state === 'ok' ? (
        <DocumentFrame
          html={doc.value.html}
          frameId={REPORT_FRAME_ID}
          fallbackTitle={t('reports.print.title')}
          print={{ label: t('print.print'), hint: t('reports.print.intro', { file: doc.value.fileName }) }}
        />
      ) : null}
    </div>
  );
}
