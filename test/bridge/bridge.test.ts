// The loopback bridge against the real services and a real database file: valid calls work,
// and every malformed or foreign request is refused with a typed error while the database
// stays exactly as it was (full dump compared before and after). The session comes from the
// one-time login address (login.test.ts covers that address itself).
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../db/open.ts';
import { bridgeMessages } from '../../electron/bridge/messages.ts';
import { MAX_BODY_BYTES, startBridge, type Bridge } from '../../electron/bridge/server.ts';
import { createServices } from '../../electron/services/index.ts';
import { serviceMessages } from '../../electron/services/messages.ts';
import { dataFile } from '../../electron/paths.ts';
import { fakeContext, sampleFields } from '../helpers/store.ts';
import { rawRequest, type RawRequest } from '../helpers/http.ts';
import { logIn } from './login-helper.ts';

const INDEX_HTML = `<!doctype html><html lang="nl"><head>
<script type="module" src="./assets/app.js"></script></head><body><div id="root"></div></body></html>`;

let root: string;
let staticDir: string;
let store: Store;
let bridge: Bridge;
/** "arrangeur-<port>=<session id>", as the logged-in browser sends it. */
let cookie: string;
const logLines: string[] = [];

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'arrangeur-bridge-'));
  staticDir = join(root, 'renderer');
  mkdirSync(join(staticDir, 'assets'), { recursive: true });
  writeFileSync(join(staticDir, 'index.html'), INDEX_HTML);
  writeFileSync(join(staticDir, 'assets', 'app.js'), 'console.log("arrangeur");');
  writeFileSync(join(staticDir, 'assets', 'app.css'), 'body{margin:0}');
  writeFileSync(join(staticDir, 'assets', 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(join(staticDir, 'assets', 'font.woff2'), Buffer.from([0x77, 0x4f, 0x46, 0x32]));
  // Things that must never be served: a secret next to the build and a symlink out of it.
  writeFileSync(join(root, 'secret.txt'), 'GEHEIM');
  symlinkSync(join(root, 'secret.txt'), join(staticDir, 'assets', 'link.txt'));

  const dataDir = join(root, 'data');
  mkdirSync(dataDir);
  store = openStore(dataFile(dataDir));
  const services = createServices(store, fakeContext(), { log: () => {} });
  bridge = await startBridge({ dispatch: services.dispatch, staticDir, log: (line) => logLines.push(line) });
  cookie = await logIn(bridge);
});

afterAll(async () => {
  await bridge?.close();
  store?.close();
  rmSync(root, { recursive: true, force: true });
});

const dump = () => ({
  count: store.sqlite.prepare('SELECT count(*) FROM clients').pluck().get(),
  rows: store.sqlite.prepare('SELECT * FROM clients ORDER BY seq').all(),
  migrations: store.sqlite.prepare('SELECT * FROM arrangeur_migrations ORDER BY name').all(),
});

const call = (body: unknown, overrides: Partial<RawRequest> & { headers?: Record<string, string> } = {}) =>
  rawRequest({
    port: bridge.port,
    method: 'POST',
    path: '/api/call',
    body: typeof body === 'string' ? body : JSON.stringify(body),
    ...overrides,
    headers: { 'Content-Type': 'application/json', Cookie: cookie, ...overrides.headers },
  });

describe('bridge: the happy path', () => {
  it('listens on 127.0.0.1 with a random port and a one-time login address with a long random secret', () => {
    expect(bridge.url).toBe(`http://127.0.0.1:${bridge.port}/`);
    expect(bridge.port).toBeGreaterThan(0);
    expect(bridge.loginUrl).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${bridge.port}/login\\?key=[A-Za-z0-9_-]{43}$`));
    expect(cookie).toMatch(new RegExp(`^arrangeur-${bridge.port}=[A-Za-z0-9_-]{43}$`));
  });

  it('creates a dossier and answers 200 with the Result', async () => {
    const res = await call({ op: 'clients.create', input: sampleFields({ displayName: 'Jürgen Müller' }) });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.json()).toEqual({ ok: true, value: expect.objectContaining({ displayName: 'Jürgen Müller', version: 1 }) });
    const search = await call({ op: 'clients.search', input: { query: 'muller' } });
    expect(search.json()).toMatchObject({ ok: true, value: [{ displayName: 'Jürgen Müller' }] });
  });

  it('accepts our own Origin, with either host name', async () => {
    const own = await call({ op: 'regions.list', input: {} }, { headers: { Origin: `http://127.0.0.1:${bridge.port}` } });
    expect(own.json()).toMatchObject({ ok: true });
    const viaLocalhost = await call(
      { op: 'regions.list', input: {} },
      { headers: { Host: `localhost:${bridge.port}`, Origin: `http://localhost:${bridge.port}` } },
    );
    expect(viaLocalhost.json()).toMatchObject({ ok: true });
  });
});

describe('bridge: malformed and foreign requests change nothing', () => {
  const tooBig = 'x'.repeat(1024 * 1024);
  const cases: Array<{ name: string; send: () => ReturnType<typeof call>; status: number; code: string; message?: string }> = [
    {
      name: 'wrong types',
      send: () => call({ op: 'clients.create', input: { ...sampleFields(), birthDate: 19800412, region: 7 } }),
      status: 200,
      code: 'invalid-input',
      message: serviceMessages.invalidInput,
    },
    {
      name: 'unknown fields',
      send: () => call({ op: 'clients.create', input: { ...sampleFields(), archivedAt: null, id: 'mine' } }),
      status: 200,
      code: 'invalid-input',
    },
    {
      name: 'a 1 MB string (body over the limit)',
      send: () => call({ op: 'clients.create', input: sampleFields({ displayName: tooBig }) }),
      status: 413,
      code: 'payload-too-large',
      message: bridgeMessages.payloadTooLarge,
    },
    {
      name: 'a 200 KB name (body under the limit, field over its maximum)',
      send: () => call({ op: 'clients.create', input: sampleFields({ displayName: 'x'.repeat(200 * 1024) }) }),
      status: 200,
      code: 'invalid-input',
    },
    {
      name: 'a missing session cookie',
      send: () =>
        rawRequest({
          port: bridge.port,
          method: 'POST',
          path: '/api/call',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ op: 'clients.create', input: sampleFields() }),
        }),
      status: 403,
      code: 'forbidden',
      message: bridgeMessages.forbidden,
    },
    {
      name: 'a wrong session id',
      send: () => call({ op: 'clients.create', input: sampleFields() }, { headers: { Cookie: `arrangeur-${bridge.port}=raden` } }),
      status: 403,
      code: 'forbidden',
    },
    {
      name: 'a session id that differs in the last character',
      send: () =>
        call({ op: 'clients.create', input: sampleFields() }, { headers: { Cookie: `${cookie.slice(0, -1)}${cookie.endsWith('A') ? 'B' : 'A'}` } }),
      status: 403,
      code: 'forbidden',
    },
    {
      name: 'the right session id under another port\'s cookie name',
      send: () =>
        call({ op: 'clients.create', input: sampleFields() }, { headers: { Cookie: cookie.replace(`arrangeur-${bridge.port}=`, 'arrangeur-1=') } }),
      status: 403,
      code: 'forbidden',
    },
    {
      name: 'the old token header without the cookie',
      send: () =>
        call({ op: 'clients.create', input: sampleFields() }, { headers: { Cookie: '', 'X-Arrangeur-Token': 'x'.repeat(43) } }),
      status: 403,
      code: 'forbidden',
    },
    {
      name: 'a foreign Origin',
      send: () => call({ op: 'clients.create', input: sampleFields() }, { headers: { Origin: 'https://evil.example' } }),
      status: 403,
      code: 'forbidden',
    },
    {
      name: 'the "null" Origin (sandboxed frame, file:// page)',
      send: () => call({ op: 'clients.create', input: sampleFields() }, { headers: { Origin: 'null' } }),
      status: 403,
      code: 'forbidden',
    },
    {
      name: 'our host on another port as Origin',
      send: () =>
        call({ op: 'clients.create', input: sampleFields() }, { headers: { Origin: `http://127.0.0.1:${bridge.port + 1}` } }),
      status: 403,
      code: 'forbidden',
    },
    {
      name: 'a foreign Host (DNS rebinding)',
      send: () => call({ op: 'clients.create', input: sampleFields() }, { headers: { Host: `evil.example:${bridge.port}` } }),
      status: 403,
      code: 'forbidden',
    },
    {
      name: 'a non-JSON body',
      send: () => call('op=clients.create&displayName=x'),
      status: 400,
      code: 'invalid-input',
      message: bridgeMessages.notJson,
    },
    {
      name: 'a JSON array instead of an envelope',
      send: () => call([{ op: 'clients.create', input: sampleFields() }]),
      status: 400,
      code: 'invalid-input',
      message: bridgeMessages.badEnvelope,
    },
    {
      name: 'extra keys in the envelope',
      send: () => call({ op: 'clients.create', input: sampleFields(), sql: 'DROP TABLE clients' }),
      status: 400,
      code: 'invalid-input',
    },
    {
      name: 'an unknown op',
      send: () => call({ op: 'clients.delete', input: { id: 'id1' } }),
      status: 200,
      code: 'unknown-operation',
      message: serviceMessages.unknownOperation,
    },
    {
      name: 'an inherited property name as op',
      send: () => call({ op: 'constructor', input: {} }),
      status: 200,
      code: 'unknown-operation',
    },
    {
      name: 'GET on the API',
      send: () => call(undefined, { method: 'GET', body: undefined }),
      status: 405,
      code: 'forbidden',
      message: bridgeMessages.methodNotAllowed,
    },
    {
      name: 'a CORS preflight',
      send: () =>
        call(undefined, {
          method: 'OPTIONS',
          body: undefined,
          headers: { Origin: `http://127.0.0.1:${bridge.port}`, 'Access-Control-Request-Method': 'POST' },
        }),
      status: 405,
      code: 'forbidden',
    },
    {
      name: 'another API path',
      send: () => call({ op: 'clients.create', input: sampleFields() }, { path: '/api/admin' }),
      status: 404,
      code: 'unknown-operation',
    },
  ];

  for (const c of cases) {
    it(`refuses ${c.name}`, async () => {
      const before = dump();
      const res = await c.send();
      expect(res.status).toBe(c.status);
      const body = res.json() as { ok: boolean; error: { code: string; message: string } };
      expect(body.ok).toBe(false);
      expect(body.error.code).toBe(c.code);
      if (c.message) expect(body.error.message).toBe(c.message);
      expect(res.headers['access-control-allow-origin']).toBeUndefined();
      expect(dump()).toEqual(before);
    });
  }

  it('logs each refusal as one line, without the query (which could hold a login secret)', async () => {
    logLines.length = 0;
    await call({ op: 'clients.create', input: sampleFields() }, { headers: { Cookie: '' } });
    await call({ op: 'clients.create', input: sampleFields() }, { headers: { Origin: 'https://evil.example' }, path: '/api/call?key=geheim' });
    expect(logLines).toEqual([
      '[arrangeur] bridge refused POST /api/call: 403 no session',
      '[arrangeur] bridge refused POST /api/call: 403 foreign Origin',
    ]);
  });

  it('answers the refusal of an oversized body only after the limit, not at it', async () => {
    // Exactly at the limit is allowed through to validation (and then refused by the schema).
    const envelope = JSON.stringify({ op: 'clients.create', input: sampleFields({ note: '' }) });
    const padding = MAX_BODY_BYTES - Buffer.byteLength(envelope);
    const atLimit = envelope.replace('"note":""', `"note":"${'n'.repeat(padding)}"`);
    expect(Buffer.byteLength(atLimit)).toBe(MAX_BODY_BYTES);
    const before = dump();
    expect((await call(atLimit)).status).toBe(200);
    expect((await call(`${atLimit} `)).status).toBe(413);
    expect(dump()).toEqual(before);
  });

  it('refuses a huge declared body at once, without reading it', async () => {
    const before = dump();
    const res = await call('{"op":"clients.create"', { headers: { 'Content-Length': String(100 * 1024 * 1024) } });
    expect(res.status).toBe(413);
    expect(res.json()).toMatchObject({ ok: false, error: { code: 'payload-too-large' } });
    expect(res.headers.connection).toBe('close');
    expect(dump()).toEqual(before);
  });

  it('still works normally after all those refusals', async () => {
    const res = await call({ op: 'clients.list', input: {} });
    expect(res.json()).toMatchObject({ ok: true, value: [{ displayName: 'Jürgen Müller' }] });
  });
});

describe('bridge: static files', () => {
  const get = (path: string, headers: Record<string, string> = {}) =>
    rawRequest({ port: bridge.port, method: 'GET', path, headers: { Cookie: cookie, ...headers } });

  it('serves index.html as built (no secret written into it) with the CSP as a header', async () => {
    const res = await get('/');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.text).toBe(INDEX_HTML);
    expect(res.headers['content-security-policy']).toMatch(/^default-src 'none'; script-src 'self'/);
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.headers['cache-control']).toBe('no-store');
    expect((await get('/index.html')).text).toBe(INDEX_HTML);
  });

  it('serves assets with their content types', async () => {
    const expectations: Array<[string, string]> = [
      ['/assets/app.js', 'text/javascript; charset=utf-8'],
      ['/assets/app.css', 'text/css; charset=utf-8'],
      ['/assets/logo.svg', 'image/svg+xml'],
      ['/assets/font.woff2', 'font/woff2'],
    ];
    for (const [path, type] of expectations) {
      const res = await get(path);
      expect(res.status, path).toBe(200);
      expect(res.headers['content-type'], path).toBe(type);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
    }
    expect((await get('/assets/app.js?v=1')).text).toBe('console.log("arrangeur");');
  });

  it('falls back to index.html for extension-less paths only', async () => {
    const route = await get('/dossiers/id1');
    expect(route.status).toBe(200);
    expect(route.text).toBe(INDEX_HTML);
    expect((await get('/assets/missing.js')).status).toBe(404);
    expect((await get('/missing.css')).status).toBe(404);
  });

  it('refuses path traversal, plain and encoded, and symlinks out of the build', async () => {
    for (const path of [
      '/../secret.txt',
      '/assets/../../secret.txt',
      '/%2e%2e/secret.txt',
      '/%2E%2E/secret.txt',
      '/assets/%2e%2e/%2e%2e/secret.txt',
      '/..%2fsecret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/..%5csecret.txt',
      '/%2e%2e%2f%2e%2e%2fsecret.txt',
      '/assets/link.txt',
      '/secret.txt%00.js',
      '/%E0%A4%A',
    ]) {
      const res = await get(path);
      expect(res.text, path).not.toContain('GEHEIM');
      expect([400, 404], path).toContain(res.status);
    }
  });

  it('refuses a foreign Host for pages too, even with the cookie (DNS rebinding)', async () => {
    const res = await get('/', { Host: `evil.example:${bridge.port}` });
    expect(res.status).toBe(403);
    expect(res.text).toBe(bridgeMessages.forbidden);
  });

  it('refuses to write through the static side', async () => {
    const res = await rawRequest({ port: bridge.port, method: 'PUT', path: '/index.html', body: 'x', headers: { Cookie: cookie } });
    expect(res.status).toBe(405);
  });

  it('supports HEAD without a body', async () => {
    const res = await rawRequest({ port: bridge.port, method: 'HEAD', path: '/assets/app.js', headers: { Cookie: cookie } });
    expect(res.status).toBe(200);
    expect(res.text).toBe('');
  });
});

describe('bridge: lifecycle', () => {
  it('refuses a port that is taken and closes cleanly', async () => {
    const services = createServices(store, fakeContext(), { log: () => {} });
    await expect(startBridge({ dispatch: services.dispatch, staticDir, port: bridge.port })).rejects.toThrow(/EADDRINUSE/);
    const second = await startBridge({ dispatch: services.dispatch, staticDir, log: () => {} });
    expect(second.loginUrl.split('key=')[1]).not.toBe(bridge.loginUrl.split('key=')[1]);
    // This run's session means nothing to another run.
    const foreign = await rawRequest({ port: second.port, path: '/', headers: { Cookie: cookie.replace(`-${bridge.port}=`, `-${second.port}=`) } });
    expect(foreign.status).toBe(403);
    await second.close();
    await expect(rawRequest({ port: second.port, path: '/' })).rejects.toThrow(/ECONNREFUSED/);
  });
});
