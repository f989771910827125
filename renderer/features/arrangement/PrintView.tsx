// The print view of the client's document, for browser mode (in the desktop app the PDF is made
// in main). The document is shown as the client will see it, in a sandboxed frame that can run
// nothing; "Afdrukken" prints only that frame, with the document's own A4 page rules, so the
// browser's "Opslaan als PDF" gives the same PDF as the desktop app.
import { useId, useMemo, useRef, useState } from 'react';
import { Paragraph } from '@rijkshuisstijl-community/components-react';
import { Notice } from '../../components/Notice.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { Button, ButtonGroup } from '../../components/buttons.tsx';
import { reads } from '../../data/api.ts';
import { useQuery } from '../../data/query.ts';
import { sessionHref } from '../../data/routes.ts';
import { t } from '../../i18n/nl.ts';
import { adoptStyles, prepareDocument } from '../../components/prepareDocument.ts';

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
      {doc.state === 'ok' ? <DocumentFrame html={doc.value.html} fileName={doc.value.fileName} /> : null}
    </div>
  );
}

function DocumentFrame({ html, fileName }: { html: string; fileName: string }) {
  const prepared = useMemo(() => prepareDocument(html), [html]);
  const frame = useRef<HTMLIFrameElement>(null);
  const [ready, setReady] = useState(false);
  const hintId = useId();
  const onLoad = () => {
    const el = frame.current;
    if (!el || !adoptStyles(el, prepared.css)) return;
    // Show the whole document on the page: the frame grows to its content.
    const height = el.contentDocument?.documentElement.scrollHeight ?? 0;
    if (height > 0) el.style.height = `${height + 24}px`;
    setReady(true);
  };
  return (
    <>
      <p className="arr-intro arr-no-print" id={hintId}>
        {t('print.intro', { file: fileName.replace(/\.html?$/i, '.pdf') })}
      </p>
      <ButtonGroup>
        <Button
          appearance="primary-action-button"
          type="button"
          disabled={!ready}
          aria-describedby={hintId}
          onClick={() => frame.current?.contentWindow?.print()}
        >
          {t('print.print')}
        </Button>
      </ButtonGroup>
      <div className="arr-print__paper">
        <iframe
          ref={frame}
          id={DOCUMENT_FRAME_ID}
          className="arr-print__frame"
          title={prepared.title || t('print.frameTitle')}
          // Scripts never run here; same-origin only so the app can apply the document's stylesheet
          // (a CSP-safe CSSOM call) and ask this frame to print itself.
          sandbox="allow-same-origin allow-modals"
          srcDoc={prepared.srcdoc}
          onLoad={onLoad}
        />
      </div>
    </>
  );
}
