// The list of problems above a form (NL Design System / GOV.UK pattern). It takes focus after a
// failed submit; every item jumps to its field. Plain links would change the hash and so the
// route: the click handler focuses the field instead.
import { forwardRef, useId } from 'react';
import { t, tCount } from '../i18n/nl.ts';

export interface SummaryItem {
  readonly fieldId: string;
  readonly message: string;
}

export const ErrorSummary = forwardRef<HTMLDivElement, { items: readonly SummaryItem[] }>(function ErrorSummary({ items }, ref) {
  const titleId = useId();
  if (items.length === 0) return null;
  return (
    <div ref={ref} tabIndex={-1} className="utrecht-alert utrecht-alert--error arr-error-summary" role="group" aria-labelledby={titleId}>
      <div className="utrecht-alert__content">
        <h2 className="arr-error-summary__title" id={titleId}>
          {t('errorSummary.title')}
        </h2>
        <p className="arr-error-summary__intro">{tCount('errorSummary.count', items.length)}</p>
        <ul className="arr-error-summary__list">
          {items.map((item) => (
            <li key={item.fieldId}>
              <a
                className="nl-link"
                href={`#${item.fieldId}`}
                onClick={(event) => {
                  event.preventDefault();
                  const field = document.getElementById(item.fieldId);
                  field?.focus();
                  field?.scrollIntoView({ block: 'center' });
                }}
              >
                {item.message}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
});
