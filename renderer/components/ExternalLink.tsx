// A link to an official source outside the app. In Electron the shell denies the new window and
// hands the (allow-listed) address to the system browser; in a browser it opens a new tab
// without access back to this page (noopener, noreferrer). Only http(s) addresses are linked:
// anything else from a pack is shown as text.
import type { ReactNode } from 'react';
import { t } from '../i18n/nl.ts';

const isWebAddress = (url: string): boolean => {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:';
  } catch {
    return false;
  }
};

export function ExternalLink({ href, children }: { href: string | null | undefined; children: ReactNode }) {
  if (!href || !isWebAddress(href)) return <span>{children}</span>;
  return (
    <a className="nl-link arr-external-link" href={href} target="_blank" rel="noopener noreferrer">
      {children}
      <span className="arr-visually-hidden"> {t('session.opensNewWindow')}</span>
    </a>
  );
}
