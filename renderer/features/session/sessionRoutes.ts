// Addresses of the session screens, below a dossier:
//   #/dossiers/<id>/intake | /apk | /financiering | /vergelijken | /arrangementen
//   #/dossiers/<id>/arrangementen/<arrangementId>[/versie/<n>][/afdrukken]
// Pure; the shell's router delegates the part after the dossier id to parseSessionPath.

export const sessionTabs = ['intake', 'apk', 'financiering', 'vergelijken', 'arrangementen'] as const;
export type SessionTab = (typeof sessionTabs)[number];

export type SessionRoute =
  | { readonly name: 'session'; readonly id: string; readonly tab: SessionTab }
  | { readonly name: 'arrangement'; readonly id: string; readonly arrangementId: string; readonly version: number | null; readonly print: boolean };

const segment = (raw: string | undefined): string | null => {
  if (raw === undefined) return null;
  try {
    const decoded = decodeURIComponent(raw);
    return decoded.length > 0 && decoded.length <= 64 ? decoded : null;
  } catch {
    return null;
  }
};

/** ['intake'] → route; anything it does not know gives null (the shell shows "not found"). */
export const parseSessionPath = (clientId: string, rest: readonly string[]): SessionRoute | null => {
  const [tab, arrangementRaw, ...more] = rest;
  if (rest.length === 1 && (sessionTabs as readonly string[]).includes(tab ?? '')) {
    return { name: 'session', id: clientId, tab: tab as SessionTab };
  }
  if (tab !== 'arrangementen') return null;
  const arrangementId = segment(arrangementRaw);
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
