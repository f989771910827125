// The main navigation. Only sections that work are listed; Intake, Loopbaan APK, Matching,
// Regelingen and Rapportages join here when they exist (no dead links until then).
import { t, type MessageKey } from '../i18n/nl.ts';
import { hrefFor, type Route, type Section } from '../data/routes.ts';
import { ReevaluationCount } from '../features/packs/ReevaluationAlert.tsx';

const sections: ReadonlyArray<{ id: Section; label: MessageKey; route: Route }> = [
  { id: 'clients', label: 'app.nav.clients', route: { name: 'clients' } },
  { id: 'regelingen', label: 'app.nav.packs', route: { name: 'regelingen', tab: 'pakketten' } },
  { id: 'reports', label: 'app.nav.reports', route: { name: 'reports', print: false } },
  { id: 'settings', label: 'app.nav.settings', route: { name: 'settings' } },
];

export function MainNav({ current }: { current: Section | null }) {
  return (
    <nav className="arr-nav" aria-label={t('app.nav.label')}>
      <ul className="arr-nav__list">
        {sections.map((section) => (
          <li key={section.id} className="arr-nav__item">
            <a
              className={`arr-nav__link${current === section.id ? ' arr-nav__link--current' : ''}`}
              href={hrefFor(section.route)}
              aria-current={current === section.id ? 'page' : undefined}
            >
              {t(section.label)}
              {/* Arrangements a pack change moves, waiting for the adviser (and the watch on that pass). */}
              {section.id === 'regelingen' ? <ReevaluationCount /> : null}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
