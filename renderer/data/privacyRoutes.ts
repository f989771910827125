// Addresses of the settings and privacy screens (issue 12.12, 13.11-13.14). Pure functions, like
// routes.ts, which joins them into the one Route type:
//   #/welkom                          first start: ask the adviser's name
//   #/instellingen                    adviser, organisation, contact, retention, backups, data folder
//   #/instellingen/bewaartermijn      the retention review
//   #/dossiers/<id>/geschiedenis      the dossier's audit trail
//   #/dossiers/<id>/gegevens[/afdrukken]  everything held about the client (inzage, export)
//   #/dossiers/<id>/wissen            erase the dossier (art. 17)

export const privacyPages = ['geschiedenis', 'gegevens', 'wissen'] as const;
export type PrivacyPage = (typeof privacyPages)[number];

export type PrivacyRoute = { readonly name: 'privacy'; readonly id: string; readonly page: PrivacyPage; readonly print: boolean };
export type SettingsRoute = { readonly name: 'settings' } | { readonly name: 'retention' } | { readonly name: 'welcome' };

/** The part after the dossier id: ['geschiedenis'] → route; anything else gives null. */
export const parsePrivacyPath = (clientId: string, rest: readonly string[]): PrivacyRoute | null => {
  const [page, more] = rest;
  if (!(privacyPages as readonly string[]).includes(page ?? '')) return null;
  if (rest.length === 1) return { name: 'privacy', id: clientId, page: page as PrivacyPage, print: false };
  if (rest.length === 2 && page === 'gegevens' && more === 'afdrukken') return { name: 'privacy', id: clientId, page: 'gegevens', print: true };
  return null;
};

export const privacyHref = (route: PrivacyRoute): string =>
  `#/dossiers/${encodeURIComponent(route.id)}/${route.page}${route.print ? '/afdrukken' : ''}`;

/** '#/instellingen[/bewaartermijn]' and '#/welkom' (the parts after '#/'); anything else gives null. */
export const parseSettingsPath = (parts: readonly string[]): SettingsRoute | null => {
  const [section, sub] = parts;
  if (section === 'welkom' && parts.length === 1) return { name: 'welcome' };
  if (section !== 'instellingen') return null;
  if (parts.length === 1) return { name: 'settings' };
  if (parts.length === 2 && sub === 'bewaartermijn') return { name: 'retention' };
  return null;
};

export const settingsHref = (route: SettingsRoute): string =>
  route.name === 'welcome' ? '#/welkom' : route.name === 'retention' ? '#/instellingen/bewaartermijn' : '#/instellingen';
