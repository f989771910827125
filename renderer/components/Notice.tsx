// Feedback after an action or a failure, as an NL Design System alert. 'ok' and 'info' are
// announced politely (role=status), 'error' and 'warning' at once (role=alert). The wrapper can
// take focus, for messages that replace the control the adviser just used.
import { forwardRef, type ReactNode } from 'react';
import { Alert } from '@rijkshuisstijl-community/components-react';

export interface NoticeProps {
  readonly type: 'ok' | 'info' | 'warning' | 'error';
  readonly title?: string;
  readonly children?: ReactNode;
}

export const Notice = forwardRef<HTMLDivElement, NoticeProps>(function Notice({ type, title, children }, ref) {
  return (
    <div ref={ref} tabIndex={-1} className="arr-notice">
      <Alert type={type}>
        {title ? <p className="arr-notice__title">{title}</p> : null}
        {children}
      </Alert>
    </div>
  );
});
