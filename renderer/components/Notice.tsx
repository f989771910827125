// Feedback after an action or a failure, styled as an NL Design System alert. 'ok' and 'info' are
// announced politely (role=status), 'error' and 'warning' at once (role=alert). The wrapper can
// take focus, for messages that replace the control the adviser just used.
// Markup rather than the library's <Alert>: that component pulls in its whole icon set (~270 KB
// of SVG paths, a third of the bundle) to show one of four icons; the app must start fast.
import { forwardRef, type ReactNode } from 'react';

export type NoticeType = 'ok' | 'info' | 'warning' | 'error';

export interface NoticeProps {
  readonly type: NoticeType;
  readonly title?: string;
  readonly children?: ReactNode;
}

const roleOf: Record<NoticeType, 'status' | 'alert'> = { ok: 'status', info: 'status', warning: 'alert', error: 'alert' };

/** Simple line icons (24×24, stroke currentColor), drawn for this app. */
const iconPaths: Record<NoticeType, ReactNode> = {
  ok: <path d="M7.5 12.5l3 3 6-7" />,
  info: (
    <>
      <path d="M12 11v6" />
      <path d="M12 7.5v.01" />
    </>
  ),
  warning: (
    <>
      <path d="M12 8v5" />
      <path d="M12 16.5v.01" />
    </>
  ),
  error: (
    <>
      <path d="M9 9l6 6" />
      <path d="M15 9l-6 6" />
    </>
  ),
};

function NoticeIcon({ type }: { type: NoticeType }) {
  return (
    <svg viewBox="0 0 24 24" width="24" height="24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
      <circle cx="12" cy="12" r="9.25" />
      {iconPaths[type]}
    </svg>
  );
}

export const Notice = forwardRef<HTMLDivElement, NoticeProps>(function Notice({ type, title, children }, ref) {
  return (
    <div ref={ref} tabIndex={-1} className="arr-notice">
      <div className={`utrecht-alert utrecht-alert--${type}`}>
        <div className="utrecht-alert__icon">
          <NoticeIcon type={type} />
        </div>
        <div className="utrecht-alert__content">
          <div className="utrecht-alert__message" role={roleOf[type]}>
            {title ? <p className="arr-notice__title">{title}</p> : null}
            {children}
          </div>
        </div>
      </div>
    </div>
  );
});
