// On the dossier page: the client's rights under the AVG (issue 13.11-13.13): who changed what
// (Geschiedenis), everything held about the client (inzage and export), and erasure. Shown for an
// archived dossier too: a client may ask for their data or its erasure at any time.
import { privacyHref, type PrivacyPage } from '../data/privacyRoutes.ts';
import { t, type MessageKey } from '../i18n/nl.ts';

const links: readonly { page: PrivacyPage; label: MessageKey; hint: MessageKey }[] = [
  { page: 'geschiedenis', label: 'privacy.nav.history', hint: 'privacy.links.history' },
  { page: 'gegevens', label: 'privacy.nav.data', hint: 'privacy.links.data' },
  { page: 'wissen', label: 'privacy.nav.erase', hint: 'privacy.links.erase' },
];

export function PrivacyLinks({ clientId }: { clientId: string }) {
  return (
    <section className="arr-panel arr-session-links" aria-labelledby="privacy-kop">
      <h2 className="arr-section-title" id="privacy-kop">
        {t('privacy.links.heading')}
      </h2>
      <ul className="arr-session-links__list">
        {links.map((link) => (
          <li key={link.page}>
            <a className="nl-link arr-session-links__link" href={privacyHref({ name: 'privacy', id: clientId, page: link.page, print: false })}>
              {t(link.label)}
            </a>
            <span className="arr-muted arr-small"> – {t(link.hint)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
