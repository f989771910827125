// The loopback bridge: the same dispatch that Electron's IPC uses, over HTTP on 127.0.0.1,
// for browser mode (`npm run web`) and the end-to-end tests. Other programs on this machine,
// and web pages open in the adviser's browser, can reach 127.0.0.1 too, so every call must
// carry this run's secret token (handed only to our own index.html), the Host must be ours
// (against DNS rebinding) and a browser's Origin must be ours (against cross-site requests).
// Refusals are typed Results with Dutch messages, like every other failure.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fail, type ErrorCode, type Result } from '../../shared/contract/result.ts';
import { CONTENT_SECURITY_POLICY } from '../../shared/csp.ts';
import type { Dispatch } from '../services/dispatch.ts';
import { bridgeMessages } from './messages.ts';
import { contentTypeFor, lookupStatic, readStatic } from './static-files.ts';

export const API_PATH = '/api/call';
export const TOKEN_HEADER = 'x-arrangeur-token';
export const MAX_BODY_BYTES = 256 * 1024;
/** Beyond this we stop draining an oversized body and drop the connection. */
const MAX_DRAIN_BYTES = 16 * 1024 * 1024;
const TOKEN_META = /<meta\s+name=(["'])arrangeur-bridge-token\1\s+content=(["'])\2\s*\/?>/i;

export interface BridgeOptions {
  dispatch: Dispatch;
  /** The renderer build, normally dist/renderer. */
  staticDir: string;
  /** 0 or absent: a free port chosen by the system. */
  port?: number;
}

export interface Bridge {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const securityHeaders = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  // frame-ancestors only works as a header, not in the meta tag.
  'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
};

const sendJson = (res: ServerResponse, status: number, body: Result<unknown>, extra: Record<string, string> = {}) => {
  const payload = JSON.stringify(body);
  res.writeHead(status, {
    ...securityHeaders,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(payload),
    'Cache-Control': 'no-store',
    ...extra,
  });
  res.end(payload);
};

const refuse = (res: ServerResponse, status: number, code: ErrorCode, message: string, extra?: Record<string, string>) =>
  sendJson(res, status, fail(code, message), extra);

const sendText = (req: IncomingMessage, res: ServerResponse, status: number, text: string, extra: Record<string, string> = {}) => {
  res.writeHead(status, {
    ...securityHeaders,
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    ...extra,
  });
  res.end(req.method === 'HEAD' ? undefined : text);
};

type BodyRead = { kind: 'ok'; body: Buffer } | { kind: 'too-large'; drained: boolean };

/** Reads at most `limit` bytes; an oversized body is drained (not kept) so the client can read our 413. */
function readBody(req: IncomingMessage, limit: number): Promise<BodyRead> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > MAX_DRAIN_BYTES) {
      resolve({ kind: 'too-large', drained: false });
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
      else if (size > MAX_DRAIN_BYTES) {
        req.pause();
        resolve({ kind: 'too-large', drained: false });
      }
    });
    req.on('end', () => resolve(size > limit ? { kind: 'too-large', drained: true } : { kind: 'ok', body: Buffer.concat(chunks) }));
    req.on('error', reject);
  });
}

type Envelope = { op: unknown; input: unknown };

const parseEnvelope = (body: Buffer): Envelope | 'not-json' | 'bad-envelope' => {
  let value: unknown;
  try {
    value = JSON.parse(body.toString('utf8'));
  } catch {
    return 'not-json';
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'bad-envelope';
  const keys = Object.keys(value);
  if (!keys.every((k) => k === 'op' || k === 'input')) return 'bad-envelope';
  const { op, input } = value as Envelope;
  if (typeof op !== 'string') return 'bad-envelope';
  return { op, input };
};

export async function startBridge(options: BridgeOptions): Promise<Bridge> {
  const token = randomBytes(32).toString('base64url');
  const tokenDigest = createHash('sha256').update(token).digest();
  // Hashing first gives equal-length buffers, so timingSafeEqual never throws and the
  // comparison time says nothing about how much of a guess was right.
  const tokenMatches = (given: string | string[] | undefined): boolean =>
    typeof given === 'string' && timingSafeEqual(createHash('sha256').update(given).digest(), tokenDigest);

  let port = 0;
  const allowedHosts = () => [`127.0.0.1:${port}`, `localhost:${port}`];
  const allowedOrigins = () => allowedHosts().map((h) => `http://${h}`);

  const handleApi = async (req: IncomingMessage, res: ServerResponse, pathname: string) => {
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedOrigins().includes(origin)) {
      return refuse(res, 403, 'forbidden', bridgeMessages.forbidden);
    }
    if (req.method !== 'POST') {
      return refuse(res, 405, 'forbidden', bridgeMessages.methodNotAllowed, { Allow: 'POST' });
    }
    if (!tokenMatches(req.headers[TOKEN_HEADER])) return refuse(res, 403, 'forbidden', bridgeMessages.forbidden);
    if (pathname !== API_PATH) return refuse(res, 404, 'unknown-operation', bridgeMessages.unknownEndpoint);

    const read = await readBody(req, MAX_BODY_BYTES);
    if (read.kind === 'too-large') {
      if (!read.drained) res.once('finish', () => req.destroy());
      return refuse(res, 413, 'payload-too-large', bridgeMessages.payloadTooLarge, { Connection: 'close' });
    }
    const envelope = parseEnvelope(read.body);
    if (envelope === 'not-json') return refuse(res, 400, 'invalid-input', bridgeMessages.notJson);
    if (envelope === 'bad-envelope') return refuse(res, 400, 'invalid-input', bridgeMessages.badEnvelope);
    sendJson(res, 200, await options.dispatch(envelope.op, envelope.input));
  };

  const handleStatic = async (req: IncomingMessage, res: ServerResponse, rawPathname: string) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return sendText(req, res, 405, bridgeMessages.readOnly, { Allow: 'GET, HEAD' });
    }
    const found = await lookupStatic(options.staticDir, rawPathname);
    if (found.kind === 'bad-path') return sendText(req, res, 400, bridgeMessages.badPath);
    if (found.kind === 'not-found') {
      const missingBuild = rawPathname === '/' || rawPathname === '/index.html';
      return sendText(req, res, 404, missingBuild ? bridgeMessages.notBuilt : bridgeMessages.notFound);
    }
    let body = await readStatic(found.file);
    if (found.isIndex) {
      // The only way the page learns the token: same-origin, and our Host check keeps a
      // rebinding page on another name from reading it.
      body = Buffer.from(
        body.toString('utf8').replace(TOKEN_META, `<meta name="arrangeur-bridge-token" content="${token}">`),
        'utf8',
      );
    }
    res.writeHead(200, {
      ...securityHeaders,
      'Content-Type': contentTypeFor(found.file),
      'Content-Length': body.length,
      // index.html carries this run's token; nothing may be cached across runs.
      'Cache-Control': 'no-store',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  };

  const server = createServer((req, res) => {
    const handle = async () => {
      const target = req.url ?? '';
      // Only origin-form targets ("/path?query"); absolute or authority forms are proxy-style.
      if (!target.startsWith('/')) return sendText(req, res, 400, bridgeMessages.badPath);
      if (!allowedHosts().includes(req.headers.host ?? '')) {
        return target.startsWith('/api/')
          ? refuse(res, 403, 'forbidden', bridgeMessages.forbidden)
          : sendText(req, res, 403, bridgeMessages.forbidden);
      }
      const pathname = target.split(/[?#]/, 1)[0]!;
      if (pathname === '/api' || pathname.startsWith('/api/')) return handleApi(req, res, pathname);
      return handleStatic(req, res, pathname);
    };
    handle().catch((error: unknown) => {
      console.error('[arrangeur] bridge request failed', error);
      if (!res.headersSent) refuse(res, 500, 'internal', bridgeMessages.internal);
      else res.destroy();
    });
  });
  server.requestTimeout = 30_000;
  server.headersTimeout = 10_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen({ host: '127.0.0.1', port: options.port ?? 0 }, () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
