// On the dossier page: the way into the conversation (intake, Loopbaan APK, financing,
// comparison, arrangements). Hidden for an archived dossier, which is read-only.
import { sessionHref, type SessionTab } from '../data/routes.ts';
import { t } from '../i18n/nl.ts';

const links: readonly { tab: SessionTab; label: Parameters<typeof t>[0]; hint: Parameters<typeof t>[0] }[] = [
  { tab: 'intake', label: 'session.nav.intake', hint: 'session.links.intake' },
  { tab: 'apk', label: 'session.nav.apk', hint: 'session.links.apk' },
  { tab: 'financiering', label: 'session.nav.matching', hint: 'session.links.matching' },
  { tab: 'vergelijken', label: 'session.nav.comparison', hint: 'session.links.comparison' },
  { tab: 'arrangementen', label: 'session.nav.arrangement', hint: 'session.links.arrangement' },
];

export function SessionLinks({ clientId }: { clientId: string }) {
  return (
    <section className="arr-panel arr-session-links" aria-labelledby="gesprek-kop">
      <h2 className="arr-section-title" id="gesprek-kop">
        {t('session.links.heading')}
      </h2>
      <ul className="arr-session-links__list">
        {links.map((link) => (
          <li key={link.tab}>
            <a className="nl-link arr-session-links__link" href={sessionHref({ name: 'session', id: clientId, tab: link.tab })}>
              {t(link.label)}
            </a>
            <span className="arr-muted arr-small"> – {t(link.hint)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
