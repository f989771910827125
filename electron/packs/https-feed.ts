// An HTTPS feed: `<base>/index.json` lists the pack versions on offer; each version lives at
// `<base>/<packId>/<version>/` like in a folder feed. The index is only a table of contents and
// is not trusted: every version is verified by its signed manifest exactly as from a folder.
// Conditional requests (ETag / Last-Modified) keep a daily check cheap; every request has a
// timeout; when the feed cannot be reached the app keeps what it has and says so.
// Certificates are always verified; a feed with its own CA passes it in `ca` for this client
// only (never a global switch).
import { request } from 'node:https';
import { z } from 'zod';
import { isoDateSchema } from '../../shared/dates/index.ts';
import { idPattern } from '../../shared/packs/format.ts';
import { comparePlainVersions, MANIFEST_FILE, plainVersionPattern, SIGNATURE_FILE, type Manifest } from '../../shared/packs/manifest.ts';
import { formatIssues, parseJsonWith } from '../../shared/packs/parse.ts';
import { chainIndex, installVersion, type SupplyContext } from './install.ts';
import { SourceError, SourceUnavailableError, type Refusal, type VersionSource } from './verify.ts';

export const feedIndexSchema = z.strictObject({
  feedVersion: z.literal(1),
  /** When the publisher last regenerated the index (ISO date). */
  generated: isoDateSchema,
  /** The publisher's promise: the index is regenerated at least this often. */
  refreshDays: z.number().int().min(1).max(3660),
  packs: z
    .array(
      z.strictObject({
        packId: z.string().regex(idPattern),
        version: z.string().regex(plainVersionPattern, { message: 'Verwacht een versienummer als 1.2.3.' }),
      }),
    )
    .max(10_000),
});
export type FeedIndex = z.infer<typeof feedIndexSchema>;

export interface HttpsFeedOptions {
  /** Extra trusted CA certificate(s) in PEM, for this feed only. */
  readonly ca?: string | Buffer | ReadonlyArray<string | Buffer>;
  /** Per request: no answer or no data for this long aborts it (default 15 s). */
  readonly timeoutMs?: number;
  readonly maxIndexBytes?: number;
}

interface Response {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: Buffer;
}

const networkText = (err: unknown): string => {
  const code = (err as { code?: string } | null)?.code ?? '';
  if (code === 'ECONNREFUSED') return 'de server weigert de verbinding';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'de server is niet gevonden (geen netwerk?)';
  if (code === 'ETIMEDOUT' || code === 'TIMEOUT') return 'de server antwoordt niet op tijd';
  if (code === 'ECONNRESET') return 'de verbinding is verbroken';
  if (code.startsWith('ERR_TLS') || code.includes('CERT') || code === 'DEPTH_ZERO_SELF_SIGNED_CERT' || code === 'SELF_SIGNED_CERT_IN_CHAIN') return 'het certificaat van de server wordt niet vertrouwd';
  return err instanceof Error ? err.message.slice(0, 120) : 'onbekende fout';
};

/**
 * One GET. Bodies over maxBytes are cut off and refused while streaming (a 100 MB file is never
 * held in memory). Redirects are not followed: a feed moves by changing its address in settings.
 */
const get = (url: URL, headers: Record<string, string>, options: HttpsFeedOptions, maxBytes: number): Promise<Response> =>
  new Promise((resolve, reject) => {
    const timeoutMs = options.timeoutMs ?? 15_000;
    const req = request(url, { method: 'GET', headers: { 'user-agent': 'Arrangeur', ...headers }, ...(options.ca ? { ca: options.ca as string | Buffer | Array<string | Buffer> } : {}), timeout: timeoutMs });
    // The socket timeout covers silence; the deadline covers a server that trickles bytes.
    const deadline = setTimeout(() => req.destroy(Object.assign(new Error('timeout'), { code: 'TIMEOUT' })), timeoutMs * 4);
    req.on('timeout', () => req.destroy(Object.assign(new Error('timeout'), { code: 'TIMEOUT' })));
    req.on('error', (err) => {
      clearTimeout(deadline);
      reject(err);
    });
    req.on('response', (res) => {
      const declared = Number(res.headers['content-length'] ?? '0');
      if (declared > maxBytes) {
        clearTimeout(deadline);
        res.destroy();
        reject(Object.assign(new Error(`too large: ${declared}`), { code: 'TOO_LARGE', size: declared }));
        return;
      }
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (c: Buffer) => {
        size += c.length;
        if (size > maxBytes) {
          clearTimeout(deadline);
          res.destroy();
          reject(Object.assign(new Error(`too large: ${size}`), { code: 'TOO_LARGE', size }));
          return;
        }
        chunks.push(c);
      });
      res.on('end', () => {
        clearTimeout(deadline);
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) });
      });
      res.on('error', (err) => {
        clearTimeout(deadline);
        reject(err);
      });
    });
    req.end();
  });

const header = (r: Response, name: string): string | undefined => {
  const v = r.headers[name];
  return Array.isArray(v) ? v[0] : v;
};

/** A version on an HTTPS feed, fetched lazily: files only after the signature was checked. */
export const httpsSource = (base: URL, packId: string, version: string, options: HttpsFeedOptions): VersionSource => {
  const dir = new URL(`${encodeURIComponent(packId)}/${encodeURIComponent(version)}/`, base);
  const cache = new Map<string, Buffer>();
  const fetchFile = async (name: string, maxBytes: number): Promise<Buffer> => {
    const hit = cache.get(name);
    if (hit) return hit;
    const url = new URL(encodeURIComponent(name), dir);
    let r: Response;
    try {
      r = await get(url, {}, options, maxBytes);
    } catch (err) {
      if ((err as { code?: string }).code === 'TOO_LARGE') throw new SourceError(name, `"${name}" is groter dan de grens van ${maxBytes} bytes.`);
      throw new SourceUnavailableError(`${url.href} kon niet worden opgehaald: ${networkText(err)}.`);
    }
    if (r.status !== 200) throw new SourceUnavailableError(`${url.href} gaf status ${r.status}.`);
    cache.set(name, r.body);
    return r.body;
  };
  return {
    label: dir.href,
    readManifest: (max) => fetchFile(MANIFEST_FILE, max),
    readSignature: (max) => fetchFile(SIGNATURE_FILE, max),
    readFile: (name, expectedSize, max) => fetchFile(name, Math.min(max, expectedSize)),
  };
};

export interface HttpsSyncResult {
  readonly feed: string;
  readonly reachable: boolean;
  /** 304: the index did not change since the last sync. */
  readonly notModified: boolean;
  readonly message?: string;
  readonly installed: Array<{ packId: string; version: string; replaced: string | null }>;
  readonly refused: Refusal[];
  /** Versions that could not be fetched now; tried again next time. */
  readonly unavailable: Array<{ packId: string; version: string; message: string }>;
}

/**
 * Checks the feed and installs every new version it lists, oldest first. Offline, a timeout or
 * a bad certificate: nothing changes, `reachable` is false and `message` says why in Dutch.
 */
export const syncHttpsFeed = async (baseUrl: string, ctx: SupplyContext, options: HttpsFeedOptions = {}): Promise<HttpsSyncResult> => {
  const feed = baseUrl;
  const none = { installed: [], refused: [], unavailable: [] };
  let base: URL;
  try {
    base = new URL(baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`);
  } catch {
    return { feed, reachable: false, notModified: false, message: `"${baseUrl}" is geen geldig webadres.`, ...none };
  }
  if (base.protocol !== 'https:') return { feed, reachable: false, notModified: false, message: 'Een feed moet een https://-adres hebben.', ...none };

  const state = ctx.store.readState();
  const known = state.feeds[feed] ?? {};
  const conditional: Record<string, string> = {};
  if (known.etag) conditional['if-none-match'] = known.etag;
  if (known.lastModified) conditional['if-modified-since'] = known.lastModified;

  let r: Response;
  try {
    r = await get(new URL('index.json', base), conditional, options, options.maxIndexBytes ?? 1024 * 1024);
  } catch (err) {
    const message = `De feed ${feed} is niet bereikbaar (${networkText(err)}); de geïnstalleerde pakketten blijven in gebruik.`;
    noteFeed(ctx, feed, { lastError: message });
    return { feed, reachable: false, notModified: false, message, ...none };
  }
  if (r.status === 304) {
    noteFeed(ctx, feed, { lastSuccess: ctx.now() });
    return { feed, reachable: true, notModified: true, ...none };
  }
  if (r.status !== 200) {
    const message = `De feed ${feed} gaf status ${r.status}; de geïnstalleerde pakketten blijven in gebruik.`;
    noteFeed(ctx, feed, { lastError: message });
    return { feed, reachable: false, notModified: false, message, ...none };
  }
  const parsed = parseJsonWith(feedIndexSchema, r.body.toString('utf8'), 'index.json');
  if (!parsed.ok) {
    const message = `De inhoudsopgave van feed ${feed} is ongeldig.\n${formatIssues(parsed.issues)}`;
    noteFeed(ctx, feed, { lastError: message });
    return { feed, reachable: true, notModified: false, message, ...none };
  }
  const index = parsed.data;
  const installed: HttpsSyncResult['installed'] = [];
  const refused: Refusal[] = [];
  const unavailable: HttpsSyncResult['unavailable'] = [];
  const shipped = new Map((ctx.shipped ?? []).map((p) => [p.id, p.version]));
  const byPack = new Map<string, string[]>();
  for (const e of index.packs) byPack.set(e.packId, [...new Set([...(byPack.get(e.packId) ?? []), e.version])]);
  for (const [packId, all] of byPack) {
    const highest = ctx.store.readState().packs[packId]?.highestVersion;
    const floor = shipped.get(packId);
    const fresh = all
      .filter((v) => (!highest || comparePlainVersions(v, highest) > 0) && (!floor || !plainVersionPattern.test(floor) || comparePlainVersions(v, floor) > 0))
      .sort(comparePlainVersions);
    if (fresh.length === 0) continue;
    const sources = new Map(fresh.map((v) => [v, httpsSource(base, packId, v, options)]));
    const lookup: (hash: string) => Promise<Manifest | undefined> = await chainIndex([...sources.values()], ctx);
    for (const v of fresh) {
      const out = await installVersion(sources.get(v)!, ctx, { feed, chainLookup: lookup });
      if (out.status === 'installed') installed.push({ packId, version: v, replaced: out.replaced });
      else if (out.status === 'refused') refused.push(out.refusal);
      else if (out.status === 'unavailable') unavailable.push({ packId, version: v, message: out.message });
    }
  }
  // Remember the validators only when everything on offer was dealt with; otherwise the next
  // check must get the full index again to retry what could not be fetched.
  const validators = unavailable.length === 0 ? { etag: header(r, 'etag'), lastModified: header(r, 'last-modified') } : {};
  noteFeed(ctx, feed, { lastSuccess: ctx.now(), generated: index.generated, refreshDays: index.refreshDays, ...validators });
  return { feed, reachable: true, notModified: false, installed, refused, unavailable };
};

const noteFeed = (
  ctx: SupplyContext,
  feed: string,
  patch: { lastSuccess?: string; lastError?: string; generated?: string; refreshDays?: number; etag?: string | undefined; lastModified?: string | undefined },
): void => {
  try {
    const state = ctx.store.readState();
    const next: Record<string, unknown> = { ...(state.feeds[feed] ?? {}), lastAttempt: ctx.now() };
    for (const [k, v] of Object.entries(patch)) if (v !== undefined) next[k] = v;
    if (patch.lastSuccess) delete next.lastError;
    ctx.store.writeState({ ...state, feeds: { ...state.feeds, [feed]: next } });
  } catch {
    // A damaged state is reported by the installs themselves.
  }
};
