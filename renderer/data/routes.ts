// Hash routes: the app is one local page (app://arrangeur/ or the loopback bridge), so the hash
// is the whole address and survives a reload. Pure functions, unit-tested.
// The session screens hang off a dossier:
//   #/dossiers/<id>/intake | /apk | /financiering | /vergelijken | /arrangementen
//   #/dossiers/<id>/arrangementen/<arrangementId>[/versie/<n>][/afdrukken]
// The scheme packs and reports get their own top-level section (#/regelingen, #/rapportages).

import { parsePrivacyPath, parseSettingsPath, privacyHref, settingsHref, type PrivacyRoute, type SettingsRoute } from './privacyRoutes.ts';

const segment = (raw: string): string | null => {
  try {
    const decoded = decodeURIComponent(raw);
    return decoded.length > 0 && decoded.length <= 64 ? decoded : null;
  } catch {
    return null;
  }
};

export const sessionTabs = ['intake', 'apk', 'financiering', 'vergelijken', 'arrangementen'] as const;
export type SessionTab = (typeof sessionTabs)[number];

export type SessionRoute =
  | { readonly name: 'session'; readonly id: string; readonly tab: SessionTab }
  | { readonly name: 'arrangement'; readonly id: string; readonly arrangementId: string; readonly version: number | null; readonly print: boolean };

/** The part after the dossier id: ['intake'] → route; anything unknown gives null ("not found"). */
export const parseSessionPath = (clientId: string, rest: readonly string[]): SessionRoute | null => {
  const [tab, arrangementRaw, ...more] = rest;
  if (rest.length === 1 && (sessionTabs as readonly string[]).includes(tab ?? '')) {
    return { name: 'session', id: clientId, tab: tab as SessionTab };
  }
  if (tab !== 'arrangementen') return null;
  const arrangementId = arrangementRaw === undefined ? null : segment(arrangementRaw);
  if (arrangementId === null) return null;
  let version: number | null = null;
  let print = false;
  let i = 0;
  if (more[i] === 'versie') {
    const n = Number(more[i + 1]);
    if (!Number.isInteger(n) || n < 1 || n > 100_000) return null;
    version = n;
    i += 2;
  }
  if (more[i] === 'afdrukken') {
    print = true;
    i += 1;
  }
  if (i !== more.length) return null;
  return { name: 'arrangement', id: clientId, arrangementId, version, print };
};

export const sessionHref = (route: SessionRoute): string => {
  const base = `#/dossiers/${encodeURIComponent(route.id)}`;
  if (route.name === 'session') return `${base}/${route.tab}`;
  const version = route.version === null ? '' : `/versie/${route.version}`;
  return `${base}/arrangementen/${encodeURIComponent(route.arrangementId)}${version}${route.print ? '/afdrukken' : ''}`;
};

/** The Regelingen section (issue 9): packs, the scheme browser, re-evaluation, tests for authors, feeds and trust. */
export const regelingenTabs = ['pakketten', 'zoeken', 'herberekening', 'testen', 'feeds', 'uitgevers'] as const;
export type RegelingenTab = (typeof regelingenTabs)[number];

export type RegelingenRoute =
  | { readonly name: 'regelingen'; readonly tab: RegelingenTab }
  | { readonly name: 'scheme'; readonly schemeId: string };

/** '#/regelingen[/tab]' and '#/regelingen/zoeken/<scheme id>'; anything else gives null. */
export const parseRegelingenPath = (rest: readonly string[]): RegelingenRoute | null => {
  if (rest.length === 0) return { name: 'regelingen', tab: 'pakketten' };
  const [tab, schemeRaw] = rest;
  if (rest.length === 1 && (regelingenTabs as readonly string[]).includes(tab ?? '')) return { name: 'regelingen', tab: tab as RegelingenTab };
  const schemeId = tab === 'zoeken' && rest.length === 2 && schemeRaw !== undefined ? segment(schemeRaw) : null;
  return schemeId === null ? null : { name: 'scheme', schemeId };
};

export const regelingenHref = (route: RegelingenRoute): string =>
  route.name === 'scheme'
    ? `#/regelingen/zoeken/${encodeURIComponent(route.schemeId)}`
    : route.tab === 'pakketten'
      ? '#/regelingen'
      : `#/regelingen/${route.tab}`;

/** The Rapportages section (issue 10): the report on screen, or its print view (the PDF in browser mode). */
export type ReportsRoute = { readonly name: 'reports'; readonly print: boolean };

export type Route =
  | PrivacyRoute
  | ReportsRoute
  | SettingsRoute
  | { readonly name: 'clients' }
  | { readonly name: 'client-new' }
  | { readonly name: 'client'; readonly id: string }
  | { readonly name: 'client-edit'; readonly id: string }
  | { readonly name: 'not-found'; readonly path: string }
  | SessionRoute
  | RegelingenRoute;

export const defaultRoute: Route = { name: 'clients' };

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
    const privacy = clientId !== null && parts.length >= 3 ? parsePrivacyPath(clientId, parts.slice(2)) : null;
    if (privacy) return privacy;
  }
  const settings = parseSettingsPath(parts);
  if (settings) return settings;
  if (section === 'regelingen') {
    const regelingen = parseRegelingenPath(parts.slice(1));
    if (regelingen) return regelingen;
  }
  if (section === 'rapportages' && parts.length <= 2 && (parts[1] === undefined || parts[1] === 'afdrukken')) {
    return { name: 'reports', print: parts[1] === 'afdrukken' };
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
    case 'privacy':
      return privacyHref(route);
    case 'settings':
    case 'retention':
    case 'welcome':
      return settingsHref(route);
    case 'regelingen':
    case 'scheme':
      return regelingenHref(route);
    case 'reports':
      return route.print ? '#/rapportages/afdrukken' : '#/rapportages';
  }
};

/** Top-level sections shown in the main navigation. Only sections that work are listed. */
export type Section = 'clients' | 'regelingen' | 'reports' | 'settings';
export const sectionOf = (route: Route): Section | null => {
  if (route.name === 'not-found') return null;
  if (route.name === 'settings' || route.name === 'retention' || route.name === 'welcome') return 'settings';
  if (route.name === 'reports') return 'reports';
  return route.name === 'regelingen' || route.name === 'scheme' ? 'regelingen' : 'clients';
};
