// Issue 13.1: any local program could read every dossier in browser mode, because GET /
// handed out the bridge token to whoever sent the right Host header. Now only the browser
// that opens the one-time login address gets a session (an HttpOnly, SameSite=Strict cookie
// for this run), and nothing answered without it carries a secret or a dossier.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../db/open.ts';
import { bridgePages } from '../../electron/bridge/messages.ts';
import { startBridge, type Bridge } from '../../electron/bridge/server.ts';
import { cookieValues, createSessionGate } from '../../electron/bridge/session.ts';
import { createServices } from '../../electron/services/index.ts';
import { dataFile } from '../../electron/paths.ts';
import { fakeContext, sampleFields } from '../helpers/store.ts';
import { rawRequest, type RawResponse } from '../helpers/http.ts';
import { loginPath, logIn } from './login-helper.ts';

const NAME = 'Ayşe Geheimnaam';
let root: string;
let store: Store;
let bridge: Bridge;
let log: string[];

beforeEach(async () => {
  root = mkdtempSync(join(tmpdir(), 'arrangeur-login-'));
  const staticDir = join(root, 'renderer');
  mkdirSync(join(staticDir, 'assets'), { recursive: true });
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><html lang="nl"><title>Arrangeur</title></html>');
  writeFileSync(join(staticDir, 'assets', 'app.js'), 'console.log("arrangeur");');
  const dataDir = join(root, 'data');
  mkdirSync(dataDir);
  store = openStore(dataFile(dataDir));
  const services = createServices(store, fakeContext(), { log: () => {} });
  const created = await services.dispatch('clients.create', sampleFields({ displayName: NAME }));
  expect(created.ok).toBe(true);
  log = [];
  bridge = await startBridge({ dispatch: services.dispatch, staticDir, log: (line) => log.push(line) });
});

afterEach(async () => {
  await bridge.close();
  store.close();
  rmSync(root, { recursive: true, force: true });
});

const secretOf = (b: Bridge) => new URL(b.loginUrl).searchParams.get('key')!;
const listCall = (headers: Record<string, string> = {}) =>
  rawRequest({
    port: bridge.port,
    method: 'POST',
    path: '/api/call',
    headers: { 'Content-Type': 'application/json', Origin: `http://127.0.0.1:${bridge.port}`, ...headers },
    body: JSON.stringify({ op: 'clients.list', input: {} }),
  });
const everything = (res: RawResponse) => `${JSON.stringify(res.headers)}\n${res.text}`;

describe('without the session cookie', () => {
  it('gets no page, no file, no dossier and no secret, on any path or method', async () => {
    const attempts: RawResponse[] = [];
    for (const path of ['/', '/index.html', '/assets/app.js', '/dossiers/x', '/favicon.ico', '/login', '/login?key=', '/api/call']) {
      for (const method of ['GET', 'HEAD', 'POST']) {
        attempts.push(await rawRequest({ port: bridge.port, method, path, body: method === 'POST' ? '{"op":"clients.list","input":{}}' : undefined }));
      }
    }
    attempts.push(await listCall());
    attempts.push(await listCall({ Host: `localhost:${bridge.port}`, Origin: `http://localhost:${bridge.port}` }));
    for (const res of attempts) {
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(everything(res)).not.toContain(NAME);
      expect(everything(res)).not.toContain(secretOf(bridge));
      expect(res.headers['set-cookie']).toBeUndefined();
      expect(res.text).not.toContain('console.log');
    }
    // The page a browser shows says in Dutch what to do.
    const page = await rawRequest({ port: bridge.port, path: '/' });
    expect(page.status).toBe(403);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.text).toContain(bridgePages.notSignedIn.title);
    expect(page.text).toContain('<html lang="nl">');
    // The login address is still unused: nothing above was a login.
    expect((await rawRequest({ port: bridge.port, path: loginPath(bridge) })).status).toBe(303);
  });
});

describe('the one-time login address', () => {
  it('works once: sets an HttpOnly, SameSite=Strict cookie for this run and sends the browser to the clean address', async () => {
    const first = await rawRequest({ port: bridge.port, path: loginPath(bridge) });
    expect(first.status).toBe(303);
    expect(first.headers.location).toBe('/');
    expect(first.headers['cache-control']).toBe('no-store');
    const setCookie = first.headers['set-cookie'] as string[];
    expect(setCookie).toHaveLength(1);
    expect(setCookie[0]).toMatch(new RegExp(`^arrangeur-${bridge.port}=[A-Za-z0-9_-]{43}; HttpOnly; SameSite=Strict; Path=/$`));
    // The session id is not the login secret.
    expect(setCookie[0]).not.toContain(secretOf(bridge));
    const cookie = setCookie[0]!.split(';', 1)[0]!;

    // The clean address then serves the page, which carries no secret.
    const page = await rawRequest({ port: bridge.port, path: '/', headers: { Cookie: cookie } });
    expect(page.status).toBe(200);
    expect(page.text).not.toContain(secretOf(bridge));
    expect(page.text).not.toContain(cookie.split('=')[1]);
    const list = await listCall({ Cookie: cookie });
    expect(list.json()).toMatchObject({ ok: true, value: [{ displayName: NAME }] });

    // A second use by someone else is refused with a Dutch page, and gets no cookie.
    const second = await rawRequest({ port: bridge.port, path: loginPath(bridge) });
    expect(second.status).toBe(403);
    expect(second.text).toContain(bridgePages.loginUsed.title);
    expect(second.text).toContain('Ctrl+C');
    expect(second.headers['set-cookie']).toBeUndefined();
    expect(everything(second)).not.toContain(NAME);

    // The browser that has the session may open it again (a reload): on to the app, no new cookie.
    const reload = await rawRequest({ port: bridge.port, path: loginPath(bridge), headers: { Cookie: cookie } });
    expect(reload.status).toBe(303);
    expect(reload.headers['set-cookie']).toBeUndefined();
    // And the session stays valid for the run.
    expect((await listCall({ Cookie: cookie })).json()).toMatchObject({ ok: true });
    expect(log).toEqual(['[arrangeur] bridge refused GET /login: 403 login address already used']);
  });

  it('refuses a wrong secret without using up the right one, and a HEAD does not use it up', async () => {
    const wrong = await rawRequest({ port: bridge.port, path: `/login?key=${secretOf(bridge).slice(0, -1)}x` });
    expect(wrong.status).toBe(403);
    expect(wrong.text).toContain(bridgePages.loginWrong.title);
    expect(wrong.headers['set-cookie']).toBeUndefined();
    expect((await rawRequest({ port: bridge.port, method: 'HEAD', path: loginPath(bridge) })).status).toBe(405);
    expect((await rawRequest({ port: bridge.port, path: loginPath(bridge), headers: { Host: `evil.example:${bridge.port}` } })).status).toBe(403);
    const cookie = await logIn(bridge);
    expect((await listCall({ Cookie: cookie })).json()).toMatchObject({ ok: true });
  });

  it('is not accepted by another run, and its cookie means nothing there', async () => {
    const cookie = await logIn(bridge);
    const services = createServices(store, fakeContext(), { log: () => {} });
    const other = await startBridge({ dispatch: services.dispatch, staticDir: join(root, 'renderer'), log: () => {} });
    try {
      const reused = await rawRequest({ port: other.port, path: loginPath(bridge) });
      expect(reused.status).toBe(403);
      const moved = cookie.replace(`arrangeur-${bridge.port}=`, `arrangeur-${other.port}=`);
      const res = await rawRequest({
        port: other.port,
        method: 'POST',
        path: '/api/call',
        headers: { 'Content-Type': 'application/json', Cookie: moved },
        body: JSON.stringify({ op: 'clients.list', input: {} }),
      });
      expect(res.status).toBe(403);
      expect(res.text).not.toContain(NAME);
    } finally {
      await other.close();
    }
  });
});

describe('session gate', () => {
  it('reads the cookie among others and ignores look-alike names', () => {
    expect(cookieValues('a=1; arrangeur-80=x; arrangeur-800=y;b=2', 'arrangeur-80')).toEqual(['x']);
    expect(cookieValues(undefined, 'arrangeur-80')).toEqual([]);
    expect(cookieValues('arrangeur-80', 'arrangeur-80')).toEqual([]);
  });

  it('has no session before the login, and only the granted id after it', () => {
    let n = 0;
    const gate = createSessionGate(80, (bytes) => Buffer.alloc(bytes, ++n));
    expect(gate.hasSession('arrangeur-80=')).toBe(false);
    const secret = new URL(gate.loginUrl('http://127.0.0.1:80/')).searchParams.get('key');
    expect(gate.useLoginSecret(null)).toEqual({ kind: 'wrong' });
    const granted = gate.useLoginSecret(secret);
    expect(granted.kind).toBe('granted');
    const id = granted.kind === 'granted' ? granted.setCookie.split(';', 1)[0]!.split('=')[1]! : '';
    expect(id).not.toBe(secret);
    expect(gate.hasSession(`x=1; arrangeur-80=${id}`)).toBe(true);
    expect(gate.hasSession(`arrangeur-80=${secret}`)).toBe(false);
    expect(gate.useLoginSecret(secret)).toEqual({ kind: 'used' });
  });
});
