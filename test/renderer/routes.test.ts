import { describe, expect, it } from 'vitest';
import { hrefFor, parseHash, type Route } from '../../renderer/data/routes.ts';

describe('hash routes', () => {
  it('starts on the dossier list', () => {
    for (const hash of ['', '#', '#/']) expect(parseHash(hash)).toEqual({ name: 'clients' });
  });

  it.each<[string, Route]>([
    ['#/dossiers', { name: 'clients' }],
    ['#/dossiers/', { name: 'clients' }],
    ['#/dossiers/nieuw', { name: 'client-new' }],
    ['#/dossiers/c-123', { name: 'client', id: 'c-123' }],
    ['#/dossiers/c-123/bewerken', { name: 'client-edit', id: 'c-123' }],
    ['#/dossiers/a%20b', { name: 'client', id: 'a b' }],
    ['#/regelingen', { name: 'regelingen', tab: 'pakketten' }],
    ['#/regelingen/zoeken', { name: 'regelingen', tab: 'zoeken' }],
    ['#/regelingen/herberekening', { name: 'regelingen', tab: 'herberekening' }],
    ['#/regelingen/uitgevers', { name: 'regelingen', tab: 'uitgevers' }],
    ['#/regelingen/zoeken/regio.twente.vakmanschap', { name: 'scheme', schemeId: 'regio.twente.vakmanschap' }],
    ['#/rapportages', { name: 'reports', print: false }],
    ['#/rapportages/afdrukken', { name: 'reports', print: true }],
  ])('%s', (hash, route) => {
    expect(parseHash(hash)).toEqual(route);
    expect(parseHash(hrefFor(route))).toEqual(route);
  });

  it('treats in-page anchors as no route, so the view stays', () => {
    expect(parseHash('#inhoud')).toBeNull();
    expect(parseHash('#dossier-displayName')).toBeNull();
  });

  it('shows "not found" for unknown or malformed addresses instead of guessing', () => {
    expect(parseHash('#/onbekend')).toEqual({ name: 'not-found', path: '/onbekend' });
    expect(parseHash('#/regelingen/iets')).toMatchObject({ name: 'not-found' });
    expect(parseHash('#/regelingen/zoeken/a/b')).toMatchObject({ name: 'not-found' });
    expect(parseHash(`#/regelingen/zoeken/${'x'.repeat(65)}`)).toMatchObject({ name: 'not-found' });
    expect(parseHash('#/dossiers/x/verwijderen')).toMatchObject({ name: 'not-found' });
    expect(parseHash('#/rapportages/iets')).toMatchObject({ name: 'not-found' });
    expect(parseHash('#/rapportages/afdrukken/meer')).toMatchObject({ name: 'not-found' });
    expect(parseHash('#/dossiers/%E0%A4%A')).toMatchObject({ name: 'not-found' });
    expect(parseHash(`#/dossiers/${'x'.repeat(65)}`)).toMatchObject({ name: 'not-found' });
  });
});
