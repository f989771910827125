// A minimal hash router: the current route, a way to go somewhere, and a count of navigations so
// a new view knows it was reached by navigating (and should take focus) rather than by start-up.
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { hrefFor, parseHash, type Route, defaultRoute } from './routes.ts';
import { installCloseGuard, registerUnsavedCheck } from './unsaved.ts';

interface RouterState {
  readonly route: Route;
  readonly navigations: number;
}

const RouterContext = createContext<RouterState>({ route: defaultRoute, navigations: 0 });

/**
 * A view with unsaved input registers a question here; leaving it then asks first. Set to null
 * when the input is saved or gone. Only one view is shown at a time, so one guard suffices.
 */
let leaveQuestion: string | null = null;
registerUnsavedCheck(() => leaveQuestion !== null);
export const setLeaveGuard = (question: string | null): void => {
  leaveQuestion = question;
};

export const navigate = (route: Route, options: { replace?: boolean } = {}): void => {
  const href = hrefFor(route);
  if (options.replace) {
    history.replaceState(null, '', href);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  } else if (location.hash !== href) {
    location.hash = href;
  }
};

export function RouterProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<RouterState>(() => ({ route: parseHash(location.hash) ?? defaultRoute, navigations: 0 }));
  useEffect(() => {
    let currentHash = location.hash;
    const onHashChange = () => {
      const next = parseHash(location.hash);
      // In-page anchors (#inhoud) are not routes: stay on the current view.
      if (!next) return;
      if (leaveQuestion !== null && location.hash !== currentHash && !window.confirm(leaveQuestion)) {
        // Stay: put the address back without creating a history entry or a new hashchange.
        history.replaceState(null, '', currentHash || '#/dossiers');
        return;
      }
      leaveQuestion = null;
      currentHash = location.hash;
      setState((previous) => ({ route: next, navigations: previous.navigations + 1 }));
    };
    window.addEventListener('hashchange', onHashChange);
    const removeCloseGuard = installCloseGuard();
    return () => {
      window.removeEventListener('hashchange', onHashChange);
      removeCloseGuard();
    };
  }, []);
  return <RouterContext value={state}>{children}</RouterContext>;
}

export const useRouter = (): RouterState => useContext(RouterContext);
