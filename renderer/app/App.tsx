// The app shell: skip link, header with the product name, main navigation, the current view in
// <main>, and a footer. Views are keyed by their address, so each navigation mounts a fresh view
// (and its heading takes focus).
import { useEffect, type ReactNode } from 'react';
import { SkipLink } from '@rijkshuisstijl-community/components-react';
import { dossierListActions, SEARCH_INPUT_ID } from '../data/dossierList.ts';
import { retireNoticesExcept } from '../data/notices.ts';
import { navigate, useRouter } from '../data/router.ts';
import { hrefFor, sectionOf, type Route } from '../data/routes.ts';
import { ClientDetailView } from '../features/clients/ClientDetailView.tsx';
import { ClientEditView } from '../features/clients/ClientEditView.tsx';
import { ClientListView } from '../features/clients/ClientListView.tsx';
import { ClientNewView } from '../features/clients/ClientNewView.tsx';
import { ReevaluationAlert } from '../features/packs/ReevaluationAlert.tsx';
import { RegelingenView } from '../features/packs/RegelingenView.tsx';
import { PrivacyView } from '../features/privacy/PrivacyView.tsx';
import { RetentionView } from '../features/privacy/RetentionView.tsx';
import { ReportsView } from '../features/reports/ReportsView.tsx';
import { SettingsView } from '../features/settings/SettingsView.tsx';
import { WelcomeView } from '../features/settings/WelcomeView.tsx';
import { t } from '../i18n/nl.ts';
import { MainNav } from './MainNav.tsx';
import { NotFoundView } from './NotFoundView.tsx';
import { useFirstStart } from './useFirstStart.ts';
import { SessionView } from './SessionView.tsx';

const MAIN_ID = 'inhoud';

/** Three stacked bars of different length: funding lines adding up to one arrangement. */
function BrandMark() {
  return (
    <svg className="arr-brand__mark" viewBox="0 0 28 28" aria-hidden="true" focusable="false">
      <rect x="0.75" y="0.75" width="26.5" height="26.5" rx="5" fill="none" stroke="currentColor" strokeOpacity="0.45" strokeWidth="1.5" />
      <rect x="6" y="7" width="16" height="3.5" rx="1" fill="#ffd24d" />
      <rect x="6" y="12.25" width="11" height="3.5" rx="1" fill="#8fb8e0" />
      <rect x="6" y="17.5" width="7" height="3.5" rx="1" fill="currentColor" />
    </svg>
  );
}

const viewFor = (route: Route): ReactNode => {
  switch (route.name) {
    case 'clients':
      return (
        <>
          <ReevaluationAlert />
          <ClientListView />
        </>
      );
    case 'client-new':
      return <ClientNewView />;
    case 'client':
      return <ClientDetailView id={route.id} />;
    case 'regelingen':
    case 'scheme':
      return <RegelingenView route={route} />;
    case 'client-edit':
      return <ClientEditView id={route.id} />;
    case 'not-found':
      return <NotFoundView />;
    case 'session':
    case 'arrangement':
      return <SessionView route={route} />;
    case 'privacy':
      return <PrivacyView route={route} />;
    case 'settings':
      return <SettingsView />;
    case 'retention':
      return <RetentionView />;
    case 'welcome':
      return <WelcomeView />;
    case 'reports':
      return <ReportsView print={route.print} />;
  }
};

const isTyping = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/** "/" jumps to the dossier search, Alt+N starts a new dossier (announced in the footer). */
const useShortcuts = (route: Route) => {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey) return;
      if (event.key === '/' && !event.altKey && !isTyping(event.target) && !document.querySelector('dialog[open]')) {
        event.preventDefault();
        const search = document.getElementById(SEARCH_INPUT_ID);
        if (search) {
          search.focus();
        } else {
          dossierListActions.focusSearchOnMount(true);
          navigate({ name: 'clients' });
        }
      } else if (event.altKey && !event.shiftKey && event.code === 'KeyN' && route.name !== 'client-new' && route.name !== 'client-edit') {
        event.preventDefault();
        navigate({ name: 'client-new' });
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [route]);
};

export function App() {
  const route = useRouter((s) => s.route);
  const navigations = useRouter((s) => s.navigations);
  useShortcuts(route);
  const routeKey = hrefFor(route);
  const firstStart = useFirstStart(route);

  useEffect(() => {
    // A notice belongs to the view it was meant for; arriving anywhere else retires it.
    retireNoticesExcept(routeKey);
  }, [routeKey, navigations]);

  return (
    <>
      <SkipLink
        href={`#${MAIN_ID}`}
        onClick={(event) => {
          // An in-page anchor would change the hash; move focus directly instead.
          event.preventDefault();
          document.getElementById(MAIN_ID)?.focus();
        }}
      >
        {t('app.skipLink')}
      </SkipLink>
      <header className="arr-header">
        <div className="arr-header__inner">
          <a className="arr-brand" href={hrefFor({ name: 'clients' })}>
            <BrandMark />
            <span className="arr-brand__name">{t('app.name')}</span>
            <span className="arr-brand__tagline">{t('app.tagline')}</span>
          </a>
        </div>
        <MainNav current={sectionOf(route)} />
      </header>
      <main id={MAIN_ID} className="arr-main" tabIndex={-1}>
        <div className="arr-main__inner" key={firstStart ? 'welkom' : routeKey}>
          {firstStart ? <WelcomeView /> : viewFor(route)}
        </div>
      </main>
      <footer className="arr-footer">
        <div className="arr-footer__inner">
          <p>{t('app.footer.offline')}</p>
          <p>{t('app.footer.shortcuts')}</p>
        </div>
      </footer>
    </>
  );
}
