// The h1 of a view. After a navigation it takes focus, so keyboard and screen-reader users land at
// the top of the new view instead of on a link that no longer exists. At start-up it does not, so
// the skip link stays the first stop.
import { useEffect, useRef, type ReactNode } from 'react';
import { Heading } from '@rijkshuisstijl-community/components-react';
import { useRouter } from '../data/router.ts';
import { t } from '../i18n/nl.ts';

export function PageHeading({ children, preHeading }: { children: ReactNode; preHeading?: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const navigations = useRouter((s) => s.navigations);
  // The window title names the view too (WCAG 2.4.2): screen readers announce it, and it is
  // what the adviser sees in the taskbar.
  const text = typeof children === 'string' ? children : null;
  useEffect(() => {
    document.title = text ? `${text} – ${t('app.name')}` : t('app.name');
  }, [text]);
  useEffect(() => {
    if (navigations > 0) ref.current?.focus({ preventScroll: false });
    // Only on mount (empty deps on purpose): a view is keyed by its route, so every
    // navigation mounts a new heading.
  }, []);
  return (
    <div className="arr-page-heading">
      {preHeading ? <p className="arr-page-heading__pre">{preHeading}</p> : null}
      <Heading level={1} ref={ref} tabIndex={-1} className="arr-page-heading__title">
        {children}
      </Heading>
    </div>
  );
}
