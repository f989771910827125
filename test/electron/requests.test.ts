import { describe, expect, it } from 'vitest';
import { isAllowedRequestUrl } from '../../electron/security/requests.ts';

describe('isAllowedRequestUrl (session request filter)', () => {
  it.each([
    'app://arrangeur/index.html',
    'app://arrangeur/assets/index.js',
    'devtools://devtools/bundled/inspector.html',
    'data:image/svg+xml;base64,PHN2Zy8+',
  ])('lets %s through', (url) => expect(isAllowedRequestUrl(url)).toBe(true));

  it.each([
    'https://fonts.googleapis.com/css',
    'http://127.0.0.1:8080/api/call',
    'ws://localhost:1234/',
    'file:///etc/passwd',
    'app://evil/index.html',
    'app://user@arrangeur/index.html',
    'ftp://example.org/',
    'blob:app://arrangeur/1234',
    'chrome-extension://abc/x.js',
    'not a url',
    '',
  ])('blocks %s', (url) => expect(isAllowedRequestUrl(url)).toBe(false));
});
