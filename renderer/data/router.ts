// A minimal hash router as a zustand store: the current route, and a count of navigations so a
// new view knows it was reached by navigating (and should take focus) rather than by start-up.
// Leaving a view with unsaved input asks first (unsaved.ts).
import { create } from 'zustand';
import { defaultRoute, hrefFor, parseHash, type Route } from './routes.ts';
import { forgetViewInput, installCloseGuard, leaveQuestion } from './unsaved.ts';

interface RouterState {
  readonly route: Route;
  readonly navigations: number;
}

export const useRouter = create<RouterState>()(() => ({
  route: (typeof location === 'undefined' ? null : parseHash(location.hash)) ?? defaultRoute,
  navigations: 0,
}));

export const navigate = (route: Route, options: { replace?: boolean } = {}): void => {
  const href = hrefFor(route);
  if (options.replace) {
    history.replaceState(null, '', href);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  } else if (location.hash !== href) {
    location.hash = href;
  }
};

/** Follows the address bar from now on; returns the way to stop (tests, hot reload). */
export const startRouter = (): (() => void) => {
  let currentHash = location.hash;
  useRouter.setState({ route: parseHash(currentHash) ?? defaultRoute });
  const onHashChange = () => {
    const next = parseHash(location.hash);
    // In-page anchors (#inhoud) are not routes: stay on the current view.
    if (!next) return;
    const question = leaveQuestion();
    if (question !== null && location.hash !== currentHash && !window.confirm(question)) {
      // Stay: put the address back without creating a history entry or a new hashchange.
      history.replaceState(null, '', currentHash || '#/dossiers');
      return;
    }
    forgetViewInput();
    currentHash = location.hash;
    useRouter.setState((previous) => ({ route: next, navigations: previous.navigations + 1 }));
  };
  window.addEventListener('hashchange', onHashChange);
  const removeCloseGuard = installCloseGuard();
  return () => {
    window.removeEventListener('hashchange', onHashChange);
    removeCloseGuard();
  };
};
