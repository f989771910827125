// The settings and privacy addresses (issue 12.12, 13.11-13.14): each parses to its route and
// back to the same address; near misses are "not found", never a guess.
import { describe, expect, it } from 'vitest';
import { hrefFor, parseHash, sectionOf, type Route } from '../../renderer/data/routes.ts';

describe('settings and privacy routes', () => {
  const cases: readonly [string, Route][] = [
    ['#/instellingen', { name: 'settings' }],
    ['#/instellingen/bewaartermijn', { name: 'retention' }],
    ['#/welkom', { name: 'welcome' }],
    ['#/dossiers/c1/geschiedenis', { name: 'privacy', id: 'c1', page: 'geschiedenis', print: false }],
    ['#/dossiers/c1/gegevens', { name: 'privacy', id: 'c1', page: 'gegevens', print: false }],
    ['#/dossiers/c1/gegevens/afdrukken', { name: 'privacy', id: 'c1', page: 'gegevens', print: true }],
    ['#/dossiers/c1/wissen', { name: 'privacy', id: 'c1', page: 'wissen', print: false }],
  ];

  it.each(cases)('%s', (hash, route) => {
    expect(parseHash(hash)).toEqual(route);
    expect(hrefFor(route)).toBe(hash);
  });

  it('refuses near misses', () => {
    for (const hash of ['#/instellingen/iets', '#/welkom/x', '#/dossiers/c1/wissen/afdrukken', '#/dossiers/c1/geschiedenis/2', '#/dossiers/c1/privacy']) {
      expect(parseHash(hash)).toMatchObject({ name: 'not-found' });
    }
  });

  it('puts Instellingen in its own section and the privacy pages under the dossiers', () => {
    expect(sectionOf({ name: 'settings' })).toBe('settings');
    expect(sectionOf({ name: 'retention' })).toBe('settings');
    expect(sectionOf({ name: 'privacy', id: 'c1', page: 'wissen', print: false })).toBe('clients');
  });
});
