// Alle gegevens (issue 13.11, AVG art. 15 and 20): everything Arrangeur holds about the client,
// shown as the readable document, saved as JSON (format arrangeur.client-export v1) or as PDF.
// Opening it is handing data out, so the services record it ("Gegevens uitgegeven") each time.
// In the desktop app the PDF is printed in main (clients.exportPdf); in a browser that answers
// 'unavailable' and the print view opens, where the browser's "Opslaan als PDF" makes the same file.
import { useEffect, useState } from 'react';
import { Paragraph } from '@rijkshuisstijl-community/components-react';
import type { OpOutput } from '../../../shared/contract/index.ts';
import { DocumentFrame } from '../../components/DocumentFrame.tsx';
import { Notice } from '../../components/Notice.tsx';
import { Button, ButtonGroup } from '../../components/buttons.tsx';
import { downloadText } from '../../components/exportFile.ts';
import { change } from '../../data/api.ts';
import { navigate } from '../../data/router.ts';
import { t } from '../../i18n/nl.ts';
import { useInlineMessage } from '../../components/InlineMessage.tsx';

export const DATA_FRAME_ID = 'alle-gegevens';

type Export = OpOutput<'clients.exportData'>;
type Loaded = { state: 'loading' } | { state: 'ok'; value: Export } | { state: 'failed'; message: string };

export function DataView({ clientId, print }: { clientId: string; print: boolean }) {
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const [busy, setBusy] = useState<'pdf' | null>(null);
  const { say, view: messageView } = useInlineMessage();

  useEffect(() => {
    let current = true;
    // One call when the screen opens: a write in the contract's sense (it adds an audit entry).
    void change('clients.exportData', { clientId }).then((answer) => {
      if (!current) return;
      setLoaded(answer.ok ? { state: 'ok', value: answer.value } : { state: 'failed', message: answer.error.message });
    });
    return () => {
      current = false;
    };
  }, [clientId]);

  const pdf = async () => {
    setBusy('pdf');
    const answer = await change('clients.exportPdf', { clientId });
    setBusy(null);
    if (answer.ok) {
      if (answer.value.saved) say('ok', answer.value.path ? t('privacy.data.pdfSavedAt', { path: answer.value.path }) : t('privacy.data.pdfSaved'));
      return;
    }
    if (answer.error.code === 'unavailable') {
      navigate({ name: 'privacy', id: clientId, page: 'gegevens', print: true });
      return;
    }
    say('error', answer.error.message);
  };

  const json = (value: Export) => {
    downloadText(value.json.fileName, value.json.text);
    say('ok', t('privacy.data.jsonSaved', { file: value.json.fileName }));
  };

  return (
    <div className={print ? 'arr-print' : undefined}>
      <Paragraph className="arr-lead arr-no-print">{print ? t('privacy.data.printIntro') : t('privacy.data.intro')}</Paragraph>
      {loaded.state === 'loading' ? <p className="arr-muted">{t('app.loading')}</p> : null}
      {loaded.state === 'failed' ? (
        <Notice type="error" title={t('privacy.data.failed')}>
          <Paragraph>{loaded.message}</Paragraph>
        </Notice>
      ) : null}
      {loaded.state === 'ok' && !print ? (
        <>
          <ButtonGroup className="arr-no-print">
            <Button appearance="primary-action-button" type="button" disabled={busy !== null} aria-busy={busy === 'pdf' || undefined} onClick={() => void pdf()}>
              {t('privacy.data.pdf')}
            </Button>
            <Button appearance="secondary-action-button" type="button" onClick={() => json(loaded.value)}>
              {t('privacy.data.json')}
            </Button>
          </ButtonGroup>
          {messageView}
          <p className="arr-small arr-muted arr-no-print">{t('privacy.data.handOver')}</p>
        </>
      ) : null}
      {loaded.state === 'ok' ? (
        <DocumentFrame
          html={loaded.value.document.html}
          frameId={DATA_FRAME_ID}
          fallbackTitle={t('privacy.data.frameTitle')}
          print={print ? { label: t('print.print'), hint: t('privacy.data.printHint') } : undefined}
        />
      ) : null}
    </div>
  );
}

