// The one-line answer under a row of buttons (saved, or why not): announced (status, or alert for
// an error) and given focus, so a keyboard or screen-reader user lands on what just happened.
import { useRef, useState, type ReactNode } from 'react';

export type InlineMessageType = 'ok' | 'error';

/** `say` shows a message and moves focus to it; `clear` takes it away; `view` is where it goes (null while there is none). */
export function useInlineMessage(): { say: (type: InlineMessageType, text: string) => void; clear: () => void; view: ReactNode } {
  const [message, setMessage] = useState<{ type: InlineMessageType; text: string } | null>(null);
  const ref = useRef<HTMLParagraphElement>(null);
  const say = (type: InlineMessageType, text: string) => {
    setMessage({ type, text });
    requestAnimationFrame(() => ref.current?.focus());
  };
  const view = message ? (
    <p ref={ref} tabIndex={-1} className={`arr-inline-message arr-inline-message--${message.type}`} role={message.type === 'error' ? 'alert' : 'status'}>
      {message.text}
    </p>
  ) : null;
  return { say, clear: () => setMessage(null), view };
}
