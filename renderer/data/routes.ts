// Hash routes: the app is one local page (app://arrangeur/ or the loopback bridge), so the hash
// is the whole address and survives a reload. Pure functions, unit-tested.
// The session screens hang off a dossier (#/dossiers/<id>/intake, /apk, /financiering,
// /vergelijken, /arrangementen[/...]; see features/session/sessionRoutes.ts); the scheme packs
// and reports get their own top-level section (#/regelingen, #/rapportages).
import { parseSessionPath, sessionHref, type SessionRoute } from '../features/session/sessionRoutes.ts';

export type Route =
  | { readonly name: 'clients' }
  | { readonly name: 'client-new' }
  | { readonly name: 'client'; readonly id: string }
  | { readonly name: 'client-edit'; readonly id: string }
  | { readonly name: 'not-found'; readonly path: string }
  | SessionRoute;

export const defaultRoute: Route = { name: 'clients' };

const segment = (raw: string): string | null => {
  try {
    const decoded = decodeURIComponent(raw);
    return decoded.length > 0 && decoded.length <= 64 ? decoded : null;
  } catch {
    return null;
  }
};

/** '#/dossiers/abc' → route. Hashes that are not routes (in-page anchors like #inhoud) give null. */
export const parseHash = (hash: string): Route | null => {
  if (hash === '' || hash === '#' || hash === '#/') return defaultRoute;
  if (!hash.startsWith('#/')) return null;
  const parts = hash.slice(2).split('?')[0]!.split('/').filter((p) => p !== '');
  const [section, id, action] = parts;
  if (section === 'dossiers') {
    if (parts.length === 1) return { name: 'clients' };
    if (parts.length === 2 && id === 'nieuw') return { name: 'client-new' };
    const clientId = id === undefined ? null : segment(id);
    if (clientId !== null && parts.length === 2) return { name: 'client', id: clientId };
    if (clientId !== null && parts.length === 3 && action === 'bewerken') return { name: 'client-edit', id: clientId };
    const session = clientId !== null && parts.length >= 3 ? parseSessionPath(clientId, parts.slice(2)) : null;
    if (session) return session;
  }
  return { name: 'not-found', path: hash.slice(1) };
};

export const hrefFor = (route: Route): string => {
  switch (route.name) {
    case 'clients':
      return '#/dossiers';
    case 'client-new':
      return '#/dossiers/nieuw';
    case 'client':
      return `#/dossiers/${encodeURIComponent(route.id)}`;
    case 'client-edit':
      return `#/dossiers/${encodeURIComponent(route.id)}/bewerken`;
    case 'not-found':
      return `#${route.path}`;
    case 'session':
    case 'arrangement':
      return sessionHref(route);
  }
};

/** Top-level sections shown in the main navigation. Only sections that work are listed. */
export type Section = 'clients';
export const sectionOf = (route: Route): Section | null =>
  route.name === 'not-found' ? null : 'clients';
