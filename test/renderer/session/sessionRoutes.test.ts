import { describe, expect, it } from 'vitest';
import { hrefFor, parseHash } from '../../../renderer/data/routes.ts';

describe('session routes below a dossier', () => {
  it('parses every tab and gives the same address back', () => {
    for (const tab of ['intake', 'apk', 'financiering', 'vergelijken', 'arrangementen'] as const) {
      const route = parseHash(`#/dossiers/abc/${tab}`);
      expect(route).toEqual({ name: 'session', id: 'abc', tab });
      expect(hrefFor(route!)).toBe(`#/dossiers/abc/${tab}`);
    }
  });

  it('parses an arrangement, a version of it and its print view', () => {
    expect(parseHash('#/dossiers/abc/arrangementen/a1')).toEqual({ name: 'arrangement', id: 'abc', arrangementId: 'a1', version: null, print: false });
    const old = parseHash('#/dossiers/abc/arrangementen/a1/versie/2/afdrukken');
    expect(old).toEqual({ name: 'arrangement', id: 'abc', arrangementId: 'a1', version: 2, print: true });
    expect(hrefFor(old!)).toBe('#/dossiers/abc/arrangementen/a1/versie/2/afdrukken');
  });

  it('refuses what it does not know instead of guessing', () => {
    for (const hash of ['#/dossiers/abc/onbekend', '#/dossiers/abc/arrangementen/a1/versie/0', '#/dossiers/abc/arrangementen/a1/versie/x', '#/dossiers/abc/intake/extra', '#/dossiers/abc/arrangementen/a1/iets']) {
      expect(parseHash(hash)?.name).toBe('not-found');
    }
  });

  it('keeps the dossier routes as they were', () => {
    expect(parseHash('#/dossiers/abc')).toEqual({ name: 'client', id: 'abc' });
    expect(parseHash('#/dossiers/abc/bewerken')).toEqual({ name: 'client-edit', id: 'abc' });
  });
});
