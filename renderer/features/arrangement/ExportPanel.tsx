// "PDF voor de klant" and "Exporteren (JSON)". In the desktop app the PDF is printed by Chromium
// in main (arrangements.exportPdf) and saved where the adviser chooses; in a browser that call
// fails with 'unavailable' and the print view of the same document opens instead.
import { useId, useState } from 'react';
import { call } from '../../bridge/index.ts';
import { Button, ButtonGroup } from '../../components/buttons.tsx';
import { navigate } from '../../data/router.ts';
import { t } from '../../i18n/nl.ts';
import { downloadText } from '../../components/exportFile.ts';
import { useInlineMessage } from '../../components/InlineMessage.tsx';

export function ExportPanel({ clientId, id, version }: { clientId: string; id: string; version: number }) {
  const headingId = useId();
  const [busy, setBusy] = useState<'pdf' | 'json' | null>(null);
  const { say, view: messageView } = useInlineMessage();

  const pdf = async () => {
    setBusy('pdf');
    const answer = await call('arrangements.exportPdf', { id, version });
    setBusy(null);
    if (answer.ok) {
      if (answer.value.saved) say('ok', answer.value.path ? t('arrangement.export.pdfSavedAt', { path: answer.value.path }) : t('arrangement.export.pdfSaved'));
      return;
    }
    if (answer.error.code === 'unavailable') {
      navigate({ name: 'arrangement', id: clientId, arrangementId: id, version, print: true });
      return;
    }
    say('error', answer.error.message);
  };

  const json = async () => {
    setBusy('json');
    const answer = await call('arrangements.exportJson', { id, version });
    setBusy(null);
    if (!answer.ok) {
      say('error', answer.error.message);
      return;
    }
    downloadText(answer.value.fileName, answer.value.json);
    say('ok', t('arrangement.export.jsonSaved', { file: answer.value.fileName }));
  };

  return (
    <section className="arr-panel" aria-labelledby={headingId}>
      <h2 className="arr-panel__heading" id={headingId}>
        {t('arrangement.export.heading')}
      </h2>
      <p className="arr-small arr-muted">{t('arrangement.export.intro')}</p>
      <ButtonGroup>
        <Button appearance="primary-action-button" type="button" disabled={busy !== null} aria-busy={busy === 'pdf' || undefined} onClick={() => void pdf()}>
          {t('arrangement.export.pdf')}
        </Button>
        <Button appearance="secondary-action-button" type="button" disabled={busy !== null} aria-busy={busy === 'json' || undefined} onClick={() => void json()}>
          {t('arrangement.export.json')}
        </Button>
      </ButtonGroup>
      {messageView}
    </section>
  );
}
