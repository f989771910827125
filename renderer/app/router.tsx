// A minimal hash router: the current route, a way to go somewhere, and a count of navigations so
// a new view knows it was reached by navigating (and should take focus) rather than by start-up.
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { hrefFor, parseHash, type Route, defaultRoute } from './routes.ts';

interface RouterState {
  readonly route: Route;
  readonly navigations: number;
}

const RouterContext = createContext<RouterState>({ route: defaultRoute, navigations: 0 });

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
    const onHashChange = () => {
      const next = parseHash(location.hash);
      // In-page anchors (#inhoud) are not routes: stay on the current view.
      if (next) setState((previous) => ({ route: next, navigations: previous.navigations + 1 }));
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);
  return <RouterContext value={state}>{children}</RouterContext>;
}

export const useRouter = (): RouterState => useContext(RouterContext);
