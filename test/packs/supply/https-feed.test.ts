// Issue 9, step 4: an HTTPS feed on 127.0.0.1 with a self-signed certificate made in the test
// (openssl). The client is given that certificate as its CA for this feed only; verification is
// never switched off. Conditional requests, timeouts, and offline keeping what it has.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join, normalize } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { syncHttpsFeed } from '../../../electron/packs/https-feed.ts';
import { freezeWarnings, loadActivePacks } from '../../../electron/packs/install.ts';
import { latestManifestHash, publishToFolderFeed } from '../../../electron/packs/publish.ts';
import { makeEnv, signed, twente, type Env } from './helpers.ts';

let e: Env;
let server: Server;
let port: number;
let cert: Buffer;
let feedDir: string;
let index: { feedVersion: 1; generated: string; refreshDays: number; packs: Array<{ packId: string; version: string }> };
const requests: Array<{ path: string; status: number }> = [];
let slow = false;
const hasOpenssl = (() => {
  try {
    execFileSync('openssl', ['version']);
    return true;
  } catch {
    return false;
  }
})();

beforeAll(async () => {
  if (!hasOpenssl) return;
  e = makeEnv();
  const certDir = join(e.dir, 'cert');
  mkdirSync(certDir);
  execFileSync('openssl', [
    'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes',
    '-keyout', join(certDir, 'key.pem'), '-out', join(certDir, 'cert.pem'), '-days', '2',
    '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1',
  ], { stdio: 'ignore' });
  cert = readFileSync(join(certDir, 'cert.pem'));
  feedDir = join(e.dir, 'www');
  mkdirSync(feedDir);
  index = { feedVersion: 1, generated: '2026-05-30', refreshDays: 7, packs: [] };
  server = createServer({ key: readFileSync(join(certDir, 'key.pem')), cert }, (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'https://x').pathname);
    const done = (status: number, body?: Buffer | string, headers: Record<string, string> = {}) => {
      requests.push({ path, status });
      res.writeHead(status, headers);
      res.end(body);
    };
    if (slow) return; // never answers: the client's timeout must end it
    if (path === '/feed/index.json') {
      const body = JSON.stringify(index);
      const etag = `"${createHash('sha256').update(body).digest('hex').slice(0, 16)}"`;
      if (req.headers['if-none-match'] === etag) return done(304);
      return done(200, body, { etag, 'last-modified': 'Sat, 30 May 2026 08:00:00 GMT', 'content-type': 'application/json' });
    }
    const file = normalize(join(feedDir, path.replace(/^\/feed\//, '')));
    if (!file.startsWith(feedDir) || !existsSync(file) || !statSync(file).isFile()) return done(404, 'niet gevonden');
    done(200, readFileSync(file));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  if (!hasOpenssl) return;
  await new Promise((r) => server.close(r));
  e.cleanup();
});
afterEach(() => {
  slow = false;
});

const url = () => `https://127.0.0.1:${port}/feed/`;
const publish = (version: string, edit?: (p: Record<string, unknown>) => void) => {
  const prev = latestManifestHash(feedDir, 'regio.oost');
  publishToFolderFeed(feedDir, signed(twente(version, { id: 'regio.oost', ...(edit ? { edit } : {}) }), e.key, { previous: prev?.hash ?? null }));
  index.packs.push({ packId: 'regio.oost', version });
};

describe.skipIf(!hasOpenssl)('HTTPS feed', () => {
  it('installs from the index with the given CA, then asks conditionally and gets 304', async () => {
    publish('1.0.0');
    publish('1.1.0');
    const r = await syncHttpsFeed(url(), e.ctx, { ca: cert, timeoutMs: 2000 });
    expect(r.message).toBeUndefined();
    expect(r.reachable).toBe(true);
    expect(r.installed.map((i) => i.version)).toEqual(['1.0.0', '1.1.0']);
    expect(r.refused).toEqual([]);
    expect((await loadActivePacks(e.ctx)).packs.map((p) => `${p.id} ${p.version}`)).toEqual(['regio.oost 1.1.0']);

    const before = requests.length;
    const again = await syncHttpsFeed(url(), e.ctx, { ca: cert, timeoutMs: 2000 });
    expect(again).toMatchObject({ reachable: true, notModified: true, installed: [] });
    expect(requests.slice(before)).toEqual([{ path: '/feed/index.json', status: 304 }]);
    const feedState = e.store.readState().feeds[url()]!;
    expect(feedState.etag).toMatch(/^"/);
    expect(feedState.generated).toBe('2026-05-30');
    expect(freezeWarnings(e.store.readState(), '2026-06-01', '2026-06-01T00:00:00Z').filter((w) => w.kind === 'feed')).toEqual([]);
    expect(freezeWarnings(e.store.readState(), '2026-06-20', '2026-06-20T00:00:00Z').find((w) => w.kind === 'feed')?.message).toContain('sinds 30-05-2026 niet meer bijgewerkt');
  });

  it('refuses a tampered version from the feed and keeps the installed one', async () => {
    publish('1.2.0');
    const { writeFileSync } = await import('node:fs');
    const p = join(feedDir, 'regio.oost', '1.2.0', 'pack.json');
    writeFileSync(p, readFileSync(p, 'utf8').replace('"Twents', '"Tw3nts'));
    const r = await syncHttpsFeed(url(), e.ctx, { ca: cert, timeoutMs: 2000 });
    expect(r.installed).toEqual([]);
    expect(r.refused).toHaveLength(1);
    expect(e.store.readState().packs['regio.oost']?.active).toBe('1.1.0');
  });

  it('without the CA the certificate is not trusted: nothing changes, and it says why', async () => {
    const before = JSON.stringify(e.store.readState().packs);
    const r = await syncHttpsFeed(url(), e.ctx, { timeoutMs: 2000 });
    expect(r.reachable).toBe(false);
    expect(r.message).toContain('certificaat');
    expect(JSON.stringify(e.store.readState().packs)).toBe(before);
  });

  it('a server that does not answer times out; an offline feed keeps what it has', async () => {
    slow = true;
    const t0 = Date.now();
    const r = await syncHttpsFeed(url(), e.ctx, { ca: cert, timeoutMs: 300 });
    expect(Date.now() - t0).toBeLessThan(5000);
    expect(r.reachable).toBe(false);
    expect(r.message).toContain('niet op tijd');
    const off = await syncHttpsFeed('https://127.0.0.1:1/feed/', e.ctx, { ca: cert, timeoutMs: 1000 });
    expect(off.reachable).toBe(false);
    expect(off.message).toContain('geïnstalleerde pakketten blijven in gebruik');
    expect((await loadActivePacks(e.ctx)).packs.map((p) => p.version)).toEqual(['1.1.0']);
  });

  it('refuses plain http and an index that is not valid, in Dutch', async () => {
    expect((await syncHttpsFeed('http://127.0.0.1:1/feed/', e.ctx)).message).toContain('https://');
    const saved = index;
    index = { ...saved, packs: [{ packId: '../etc', version: '1.0' }] };
    const r = await syncHttpsFeed(url(), e.ctx, { ca: cert, timeoutMs: 2000 });
    index = saved;
    expect(r.message).toContain('index.json');
    expect(r.installed).toEqual([]);
  });
});
