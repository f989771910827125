// On the dossier page: the way into the conversation (intake, Loopbaan APK, financing,
// comparison, arrangements). Hidden for an archived dossier, which is read-only.
import { sessionHref, type SessionTab } from '../data/routes.ts';
import { t } from '../i18n/nl.ts';
import { LinksPanel } from './LinksPanel.tsx';

const links: readonly { tab: SessionTab; label: Parameters<typeof t>[0]; hint: Parameters<typeof t>[0] }[] = [
  { tab: 'intake', label: 'session.nav.intake', hint: 'session.links.intake' },
  { tab: 'apk', label: 'session.nav.apk', hint: 'session.links.apk' },
  { tab: 'financiering', label: 'session.nav.matching', hint: 'session.links.matching' },
  { tab: 'vergelijken', label: 'session.nav.comparison', hint: 'session.links.comparison' },
  { tab: 'arrangementen', label: 'session.nav.arrangement', hint: 'session.links.arrangement' },
];

export function SessionLinks({ clientId }: { clientId: string }) {
  return (
    <LinksPanel
      headingId="gesprek-kop"
      heading={t('session.links.heading')}
      links={links.map((link) => ({
        href: sessionHref({ name: 'session', id: clientId, tab: link.tab }),
        label: t(link.label),
        hint: t(link.hint),
      }))}
    />
  );
}
