// On the dossier page: the client's rights under the AVG (issue 13.11-13.13): who changed what
// (Geschiedenis), everything held about the client (inzage and export), and erasure. Shown for an
// archived dossier too: a client may ask for their data or its erasure at any time.
import { privacyHref, type PrivacyPage } from '../data/privacyRoutes.ts';
import { t, type MessageKey } from '../i18n/nl.ts';
import { LinksPanel } from './LinksPanel.tsx';

const links: readonly { page: PrivacyPage; label: MessageKey; hint: MessageKey }[] = [
  { page: 'geschiedenis', label: 'privacy.nav.history', hint: 'privacy.links.history' },
  { page: 'gegevens', label: 'privacy.nav.data', hint: 'privacy.links.data' },
  { page: 'wissen', label: 'privacy.nav.erase', hint: 'privacy.links.erase' },
];

export function PrivacyLinks({ clientId }: { clientId: string }) {
  return (
    <LinksPanel
      headingId="privacy-kop"
      heading={t('privacy.links.heading')}
      links={links.map((link) => ({
        href: privacyHref({ name: 'privacy', id: clientId, page: link.page, print: false }),
        label: t(link.label),
        hint: t(link.hint),
      }))}
    />
  );
}
