// A self-contained HTML document from the services (a report, a client's document) shown as it
// will print, in a sandboxed frame that can run nothing (see prepareDocument.ts), with a button
// that prints only that frame, with the document's own A4 page rules; the browser's "Opslaan als
// PDF" then gives the same PDF as the desktop app. The frame grows to its content. Without a
// `print` the frame is shown alone (a screen that offers its own way to save the document).
import { useId, useMemo, useRef, useState } from 'react';
import { Button, ButtonGroup } from './buttons.tsx';
import { adoptStyles, prepareDocument } from './prepareDocument.ts';

export interface DocumentFrameProps {
  readonly html: string;
  readonly frameId: string;
  /** The frame's title when the document has none. */
  readonly fallbackTitle: string;
  /** The print button's label and what printing does, shown above the button (it describes the button too). */
  readonly print?: { readonly label: string; readonly hint: string };
}

export function DocumentFrame({ html, frameId, fallbackTitle, print }: DocumentFrameProps) {
  const prepared = useMemo(() => prepareDocument(html), [html]);
  const frame = useRef<HTMLIFrameElement>(null);
  const [ready, setReady] = useState(false);
  const hintId = useId();
  const onLoad = () => {
    const el = frame.current;
    if (!el || !adoptStyles(el, prepared.css)) return;
    const height = el.contentDocument?.documentElement.scrollHeight ?? 0;
    if (height > 0) el.style.height = `${height + 24}px`;
    setReady(true);
  };
  return (
    <>
      {print ? (
        <>
          <p className="arr-intro arr-no-print" id={hintId}>
            {print.hint}
          </p>
          <ButtonGroup className="arr-no-print">
            <Button appearance="primary-action-button" type="button" disabled={!ready} aria-describedby={hintId} onClick={() => frame.current?.contentWindow?.print()}>
              {print.label}
            </Button>
          </ButtonGroup>
        </>
      ) : null}
      <div className="arr-print__paper">
        <iframe
          ref={frame}
          id={frameId}
          className="arr-print__frame"
          title={prepared.title || fallbackTitle}
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
