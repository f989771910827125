import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  appResponseHeaders,
  contentTypeFor,
  createAppProtocolHandler,
  resolveAppRequest,
} from '../../electron/security/protocol.ts';
import { CONTENT_SECURITY_POLICY } from '../../shared/csp.ts';

const root = path.resolve('/srv/arrangeur/dist/renderer');

describe('resolveAppRequest', () => {
  it('maps our own URLs into the root folder', () => {
    expect(resolveAppRequest('app://arrangeur/', root)).toBe(path.join(root, 'index.html'));
    expect(resolveAppRequest('app://arrangeur/index.html', root)).toBe(path.join(root, 'index.html'));
    expect(resolveAppRequest('app://arrangeur/assets/index-Ab12.js', root)).toBe(
      path.join(root, 'assets', 'index-Ab12.js'),
    );
    expect(resolveAppRequest('app://arrangeur/assets/app.css?v=2#x', root)).toBe(path.join(root, 'assets', 'app.css'));
    expect(resolveAppRequest('app://arrangeur/fonts/R%C3%BCdiger%20Sans.woff2', root)).toBe(
      path.join(root, 'fonts', 'Rüdiger Sans.woff2'),
    );
  });

  it.each([
    // plain traversal (the URL parser would quietly fold these into the root; we refuse instead)
    'app://arrangeur/../../../etc/passwd',
    'app://arrangeur/assets/../../secret.txt',
    'app://arrangeur/./index.html',
    'app://arrangeur/..',
    // encoded dots and separators
    'app://arrangeur/%2e%2e/%2e%2e/etc/passwd',
    'app://arrangeur/%2E%2E/secret',
    'app://arrangeur/.%2e/secret',
    'app://arrangeur/%2e./secret',
    'app://arrangeur/assets%2f..%2f..%2fsecret',
    'app://arrangeur/..%2fsecret',
    'app://arrangeur/%5c..%5csecret',
    'app://arrangeur/%252e%252e/secret', // double-encoded: refused so no later decode can turn it into ..
    // backslashes, absolute paths, drive letters, NUL bytes
    'app://arrangeur/..\\..\\secret',
    'app://arrangeur/assets\\..\\..\\secret',
    'app://arrangeur//etc/passwd',
    'app://arrangeur/C:/Windows/win.ini',
    'app://arrangeur/C%3A/Windows/win.ini',
    'app://arrangeur/index.html%00.png',
    'app://arrangeur/index.html\u0000.png',
    'app://arrangeur/assets/',
    // other origins and look-alikes
    'app://evil/index.html',
    'app://arrangeur.evil/index.html',
    'app://user@arrangeur/index.html',
    'app://arrangeur:1234/index.html',
    'file:///etc/passwd',
    'https://arrangeur/index.html',
    'https://evil.example/?next=app://arrangeur/index.html',
    'app://arrangeur/%E0%A4%A', // malformed escape
    '',
  ])('refuses %s', (url) => {
    expect(resolveAppRequest(url, root)).toBeNull();
  });

  it('refuses non-strings and giant URLs', () => {
    expect(resolveAppRequest(undefined, root)).toBeNull();
    expect(resolveAppRequest({ url: 'app://arrangeur/' }, root)).toBeNull();
    expect(resolveAppRequest(`app://arrangeur/${'a'.repeat(3000)}`, root)).toBeNull();
  });

  it('never returns a path outside the root, whatever the input', () => {
    const attempts = ['..', '%2e%2e', '.', '%2f', '%5c', '\\', '//', 'C:', '%00', 'a', '~', '%2E'];
    for (const a of attempts) {
      for (const b of attempts) {
        const resolved = resolveAppRequest(`app://arrangeur/${a}/${b}/x`, root);
        if (resolved !== null) expect(resolved.startsWith(root + path.sep)).toBe(true);
      }
    }
  });
});

describe('response headers', () => {
  it('gives module scripts a JavaScript type and every file the CSP', () => {
    expect(contentTypeFor('/x/index.html')).toMatch(/^text\/html/);
    expect(contentTypeFor('/x/a.JS')).toMatch(/^text\/javascript/);
    expect(contentTypeFor('/x/a.css')).toMatch(/^text\/css/);
    expect(contentTypeFor('/x/a.woff2')).toBe('font/woff2');
    expect(contentTypeFor('/x/unknown.bin')).toBe('application/octet-stream');
    const headers = appResponseHeaders('/x/index.html');
    expect(headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
  });
});

describe('createAppProtocolHandler', () => {
  let dir: string;
  let rootDir: string;

  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'arrangeur-protocol-'));
    rootDir = path.join(dir, 'renderer');
    mkdirSync(path.join(rootDir, 'assets'), { recursive: true });
    writeFileSync(path.join(rootDir, 'index.html'), '<!doctype html><title>Arrangeur</title>');
    writeFileSync(path.join(rootDir, 'assets', 'main.js'), 'console.log(1)');
    writeFileSync(path.join(dir, 'secret.txt'), 'client data outside the root');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('serves index.html for / with the CSP header', async () => {
    const handle = createAppProtocolHandler({ rootDir });
    const response = await handle({ url: 'app://arrangeur/', method: 'GET' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await response.text()).toContain('<title>Arrangeur</title>');
  });

  it('serves assets with their type', async () => {
    const handle = createAppProtocolHandler({ rootDir });
    const response = await handle({ url: 'app://arrangeur/assets/main.js', method: 'GET' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(await response.text()).toBe('console.log(1)');
  });

  it.each(['app://arrangeur/../secret.txt', 'app://arrangeur/%2e%2e/secret.txt', 'app://arrangeur/..%2fsecret.txt'])(
    'does not leak a file outside the root via %s',
    async (url) => {
      const handle = createAppProtocolHandler({ rootDir });
      const response = await handle({ url, method: 'GET' });
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain('client data');
    },
  );

  it('answers 404 for a missing file and 405 for writes', async () => {
    const handle = createAppProtocolHandler({ rootDir });
    expect((await handle({ url: 'app://arrangeur/nope.js', method: 'GET' })).status).toBe(404);
    expect((await handle({ url: 'app://arrangeur/index.html', method: 'POST' })).status).toBe(405);
  });

  it('answers HEAD without a body', async () => {
    const handle = createAppProtocolHandler({ rootDir });
    const response = await handle({ url: 'app://arrangeur/index.html', method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });

  it('reads through the injected reader (asar in Electron)', async () => {
    const read: string[] = [];
    const handle = createAppProtocolHandler({
      rootDir: '/virtual',
      readFile: async (file) => {
        read.push(file);
        return new TextEncoder().encode('ok');
      },
    });
    const response = await handle({ url: 'app://arrangeur/index.html', method: 'GET' });
    expect(await response.text()).toBe('ok');
    expect(read).toEqual([path.join(path.resolve('/virtual'), 'index.html')]);
  });
});
