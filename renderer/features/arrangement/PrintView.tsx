// The print view of the client's document, for browser mode (in the desktop app the PDF is made
// in main). The document is shown as the client will see it, in a sandboxed frame that can run
// nothing; "Afdrukken" prints only that frame, with the document's own A4 page rules, so the
// browser's "Opslaan als PDF" gives the same PDF as the desktop app.
import { Paragraph } from '@rijkshuisstijl-community/components-react';
import { Notice } from '../../components/Notice.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { DocumentFrame } from '../../components/DocumentFrame.tsx';
import { reads } from '../../data/api.ts';
import { useQuery } from '../../data/query.ts';
import { sessionHref } from '../../data/routes.ts';
import { t } from '../../i18n/nl.ts';

export const DOCUMENT_FRAME_ID = 'document-voor-de-klant';

export function PrintView({ clientId, arrangementId, version }: { clientId: string; arrangementId: string; version: number | null }) {
  const { result: doc } = useQuery(reads.document(arrangementId, version));
  const back = sessionHref({ name: 'arrangement', id: clientId, arrangementId, version, print: false });
  return (
    <div className="arr-print">
      <p className="arr-backlink arr-no-print">
        <a className="nl-link" href={back}>
          {t('print.back')}
        </a>
      </p>
      <PageHeading>{t('print.title')}</PageHeading>
      {doc.state === 'loading' ? <p className="arr-muted">{t('app.loading')}</p> : null}
      {doc.state === 'failed' ? (
        <Notice type="error" title={t('print.failed')}>
          <Paragraph>{doc.error.message}</Paragraph>
        </Notice>
      ) : null}
      {doc.state === 'ok' ? (
        <DocumentFrame
          html={doc.value.html}
          frameId={DOCUMENT_FRAME_ID}
          fallbackTitle={t('print.frameTitle')}
          print={{ label: t('print.print'), hint: t('print.intro', { file: doc.value.fileName.replace(/\.html?$/i, '.pdf') }) }}
        />
      ) : null}
    </div>
  );
}
