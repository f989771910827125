import { describe, expect, it } from 'vitest';
import { isAppUrl, isTrustedUrl, parseUrl } from '../../electron/security/trusted-url.ts';

describe('isAppUrl', () => {
  it.each(['app://arrangeur/index.html', 'app://arrangeur/', 'app://arrangeur/assets/index-abc.js?v=1#top'])(
    'accepts our own page %s',
    (url) => expect(isAppUrl(url)).toBe(true),
  );

  // Each of these would pass a naive `includes('app://arrangeur')` or `startsWith` check.
  it.each([
    'https://evil.example/?next=app://arrangeur',
    'https://evil.example/app://arrangeur/index.html',
    'app://user@arrangeur/index.html',
    'app://user:secret@arrangeur/index.html',
    'app://arrangeur.evil/index.html',
    'app://arrangeur.evil.example/',
    'app://evil/arrangeur',
    'app://arrangeur:8080/index.html',
    'apps://arrangeur/index.html',
    'file:///app://arrangeur/index.html',
    'javascript:app://arrangeur/',
    'http://arrangeur/index.html',
    'app:arrangeur',
    ' app://arrangeur/',
    'app://arrangeur/\n',
    'app://arr\tangeur/',
    'app:///arrangeur/',
    'app://ARRANGEUR.evil/',
  ])('refuses look-alike %s', (url) => expect(isAppUrl(url)).toBe(false));

  it.each([undefined, null, 42, {}, '', 'not a url'])('refuses non-URL value %j', (value) =>
    expect(isAppUrl(value)).toBe(false),
  );

  it('refuses giant URLs', () => expect(isAppUrl(`app://arrangeur/${'a'.repeat(5000)}`)).toBe(false));
});

describe('isTrustedUrl', () => {
  const allowed = [{ protocol: 'https:', hostname: 'www.uwv.nl', port: '' }];

  it('matches protocol, host and port exactly', () => {
    expect(isTrustedUrl('https://www.uwv.nl/werk', allowed)).toBe(true);
    expect(isTrustedUrl('https://www.uwv.nl:443/werk', allowed)).toBe(true); // default port normalises away
    expect(isTrustedUrl('https://www.uwv.nl:8443/werk', allowed)).toBe(false);
    expect(isTrustedUrl('http://www.uwv.nl/werk', allowed)).toBe(false);
    expect(isTrustedUrl('https://www.uwv.nl.evil.example/', allowed)).toBe(false);
    expect(isTrustedUrl('https://evil.example/?u=https://www.uwv.nl', allowed)).toBe(false);
    expect(isTrustedUrl('https://www.uwv.nl@evil.example/', allowed)).toBe(false);
    expect(isTrustedUrl('https://x@www.uwv.nl/', allowed)).toBe(false);
  });

  it('parseUrl never throws', () => {
    expect(parseUrl('http://[::1')).toBeNull();
    expect(parseUrl(Symbol('x'))).toBeNull();
  });
});
