// The loopback bridge: the same dispatch that Electron's IPC uses, over HTTP on 127.0.0.1,
// for browser mode (`npm run web`) and the end-to-end tests. Other programs on this machine,
// and web pages open in the adviser's browser, can reach 127.0.0.1 too, so:
// - every page and every call needs this run's session cookie, which only the browser that
//   opened the one-time login address gets (session.ts); nothing without it carries a secret
//   or data;
// - the Host must be ours (against DNS rebinding) and a browser's Origin must be ours (against
//   cross-site requests; the cookie is SameSite=Strict as well);
// - all of that is decided on the request headers alone, before one byte of a body is read; a
//   refused request's connection is closed instead of drained, so a 100 MiB upload costs
//   nothing, and each refusal is logged as one line.
// Refusals of calls are typed Results with Dutch messages, like every other failure.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { fail, type ErrorCode, type Result } from '../../shared/contract/result.ts';
import { CONTENT_SECURITY_POLICY } from '../../shared/csp.ts';
import type { Dispatch } from '../services/dispatch.ts';
import { bridgeMessages, bridgePages } from './messages.ts';
import { createSessionGate, LOGIN_PARAM, LOGIN_PATH, type SessionGate } from './session.ts';
import { contentTypeFor, lookupStatic, readStatic } from './static-files.ts';

export const API_PATH = '/api/call';
export const MAX_BODY_BYTES = 256 * 1024;
/**
 * All we read before deciding is the request line and headers (the session cookie is ~60
 * bytes). Node's default is 16 KiB too; pinned here so a changed default cannot raise it.
 */
export const MAX_HEADER_BYTES = 16 * 1024;

export interface BridgeOptions {
  dispatch: Dispatch;
  /** The renderer build, normally dist/renderer. */
  staticDir: string;
  /** 0 or absent: a free port chosen by the system. */
  port?: number;
  /** One line per refused or failed request; console.warn when absent. */
  log?: (line: string) => void;
}

export interface Bridge {
  /** The clean address (what the browser shows after logging in). */
  url: string;
  port: number;
  /** The one-time address that logs a browser in; print it, never serve it. */
  loginUrl: string;
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

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const pageHtml = (page: { title: string; text: readonly string[] }): string =>
  [
    '<!doctype html>',
    '<html lang="nl">',
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(page.title)} - Arrangeur</title></head>`,
    `<body><main><h1>${escapeHtml(page.title)}</h1>`,
    ...page.text.map((p) => `<p>${escapeHtml(p)}</p>`),
    '</main></body></html>',
  ].join('\n');

/** The path without query or fragment: the query of /login carries the secret and is never logged. */
const pathnameOf = (target: string): string => target.split(/[?#]/, 1)[0]!;

const isAbort = (error: unknown): boolean => {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'ECONNRESET' || code === 'EPIPE' || (error instanceof Error && error.message === 'aborted');
};

type BodyRead = { kind: 'ok'; body: Buffer } | { kind: 'too-large' };

/** Reads at most `limit` bytes; one byte more and reading stops (the caller closes the connection). */
function readBody(req: IncomingMessage, limit: number): Promise<BodyRead> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
      else {
        req.off('data', onData);
        req.pause();
        resolve({ kind: 'too-large' });
      }
    };
    req.on('data', onData);
    req.on('end', () => resolve(size > limit ? { kind: 'too-large' } : { kind: 'ok', body: Buffer.concat(chunks) }));
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
  const log = options.log ?? ((line: string) => console.warn(line));
  let port = 0;
  // Created once the port is known (the cookie name carries it); no request is handled before.
  // eslint-disable-next-line prefer-const -- assigned once after listen(), read by the handlers
  let gate: SessionGate;
  const allowedHosts = () => [`127.0.0.1:${port}`, `localhost:${port}`];
  const allowedOrigins = () => allowedHosts().map((h) => `http://${h}`);

  const send = (req: IncomingMessage, res: ServerResponse, status: number, type: string, body: string, extra: Record<string, string> = {}) => {
    res.writeHead(status, {
      ...securityHeaders,
      'Content-Type': type,
      'Content-Length': Buffer.byteLength(body),
      'Cache-Control': 'no-store',
      ...extra,
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  };

  /**
   * Every refusal ends the connection once the answer is out, without reading what the client
   * may still be sending: Node would otherwise read a refused body to its end to reuse the
   * connection. Our answers are a few hundred bytes, written before the close.
   */
  const refuseWith = (req: IncomingMessage, res: ServerResponse, status: number, reason: string, type: string, body: string, extra: Record<string, string> = {}) => {
    log(`[arrangeur] bridge refused ${req.method ?? '?'} ${pathnameOf(req.url ?? '')}: ${status} ${reason}`);
    const socket: Socket = req.socket;
    res.once('finish', () => socket.destroy());
    send(req, res, status, type, body, { ...extra, Connection: 'close' });
  };
  const refuseCall = (req: IncomingMessage, res: ServerResponse, status: number, code: ErrorCode, message: string, reason: string, extra?: Record<string, string>) =>
    refuseWith(req, res, status, reason, 'application/json; charset=utf-8', JSON.stringify(fail(code, message)), extra);
  const refuseText = (req: IncomingMessage, res: ServerResponse, status: number, text: string, reason: string, extra?: Record<string, string>) =>
    refuseWith(req, res, status, reason, 'text/plain; charset=utf-8', text, extra);
  const refusePage = (req: IncomingMessage, res: ServerResponse, status: number, page: { title: string; text: readonly string[] }, reason: string) =>
    refuseWith(req, res, status, reason, 'text/html; charset=utf-8', pageHtml(page));

  const sendResult = (req: IncomingMessage, res: ServerResponse, body: Result<unknown>) =>
    send(req, res, 200, 'application/json; charset=utf-8', JSON.stringify(body));

  const handleLogin = (req: IncomingMessage, res: ServerResponse, query: string) => {
    // GET only: a HEAD (link previews, prefetchers) must not use up the one-time address.
    if (req.method !== 'GET') return refuseText(req, res, 405, bridgeMessages.readOnly, 'login needs GET', { Allow: 'GET' });
    const outcome = gate.useLoginSecret(new URLSearchParams(query).get(LOGIN_PARAM));
    const toCleanUrl = (extra: Record<string, string> = {}) =>
      send(req, res, 303, 'text/plain; charset=utf-8', '', { Location: '/', ...extra });
    if (outcome.kind === 'granted') return toCleanUrl({ 'Set-Cookie': outcome.setCookie });
    // The address used a second time by the browser that already has the session (a reload, a
    // bookmark): it grants nothing new, so just go on.
    if (outcome.kind === 'used' && gate.hasSession(req.headers.cookie)) return toCleanUrl();
    if (outcome.kind === 'used') return refusePage(req, res, 403, bridgePages.loginUsed, 'login address already used');
    return refusePage(req, res, 403, bridgePages.loginWrong, 'wrong login secret');
  };

  const handleApi = async (req: IncomingMessage, res: ServerResponse, pathname: string) => {
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedOrigins().includes(origin)) {
      return refuseCall(req, res, 403, 'forbidden', bridgeMessages.forbidden, 'foreign Origin');
    }
    if (req.method !== 'POST') {
      return refuseCall(req, res, 405, 'forbidden', bridgeMessages.methodNotAllowed, 'method', { Allow: 'POST' });
    }
    if (!gate.hasSession(req.headers.cookie)) return refuseCall(req, res, 403, 'forbidden', bridgeMessages.forbidden, 'no session');
    if (pathname !== API_PATH) return refuseCall(req, res, 404, 'unknown-operation', bridgeMessages.unknownEndpoint, 'unknown endpoint');

    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > MAX_BODY_BYTES) {
      return refuseCall(req, res, 413, 'payload-too-large', bridgeMessages.payloadTooLarge, 'declared body too large');
    }
    const read = await readBody(req, MAX_BODY_BYTES);
    if (read.kind === 'too-large') {
      return refuseCall(req, res, 413, 'payload-too-large', bridgeMessages.payloadTooLarge, 'body too large');
    }
    const envelope = parseEnvelope(read.body);
    if (envelope === 'not-json') return refuseCall(req, res, 400, 'invalid-input', bridgeMessages.notJson, 'not JSON');
    if (envelope === 'bad-envelope') return refuseCall(req, res, 400, 'invalid-input', bridgeMessages.badEnvelope, 'bad envelope');
    sendResult(req, res, await options.dispatch(envelope.op, envelope.input));
  };

  // Every file needs the session, not only index.html: the build holds nothing secret, but a
  // scanner then cannot even tell Arrangeur (or its version) runs here, and the file lookup
  // (the only code that touches the disk on a path from the request) is reachable only by the
  // adviser's own browser. Same-origin loads of scripts and styles carry the cookie anyway.
  const handleStatic = async (req: IncomingMessage, res: ServerResponse, rawPathname: string) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return refuseText(req, res, 405, bridgeMessages.readOnly, 'method', { Allow: 'GET, HEAD' });
    }
    if (!gate.hasSession(req.headers.cookie)) return refusePage(req, res, 403, bridgePages.notSignedIn, 'no session');
    const found = await lookupStatic(options.staticDir, rawPathname);
    if (found.kind === 'bad-path') return refuseText(req, res, 400, bridgeMessages.badPath, 'bad path');
    if (found.kind === 'not-found') {
      const missingBuild = rawPathname === '/' || rawPathname === '/index.html';
      return send(req, res, 404, 'text/plain; charset=utf-8', missingBuild ? bridgeMessages.notBuilt : bridgeMessages.notFound);
    }
    const body = await readStatic(found.file);
    res.writeHead(200, {
      ...securityHeaders,
      'Content-Type': contentTypeFor(found.file),
      'Content-Length': body.length,
      'Cache-Control': 'no-store',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  };

  const server = createServer({ maxHeaderSize: MAX_HEADER_BYTES }, (req, res) => {
    const handle = async () => {
      const target = req.url ?? '';
      // Only origin-form targets ("/path?query"); absolute or authority forms are proxy-style.
      if (!target.startsWith('/')) return refuseText(req, res, 400, bridgeMessages.badPath, 'not an origin-form target');
      const pathname = pathnameOf(target);
      const isApi = pathname === '/api' || pathname.startsWith('/api/');
      if (!allowedHosts().includes(req.headers.host ?? '')) {
        return isApi
          ? refuseCall(req, res, 403, 'forbidden', bridgeMessages.forbidden, 'foreign Host')
          : refuseText(req, res, 403, bridgeMessages.forbidden, 'foreign Host');
      }
      if (pathname === LOGIN_PATH) return handleLogin(req, res, target.slice(pathname.length + 1).split('#', 1)[0]!);
      if (isApi) return handleApi(req, res, pathname);
      return handleStatic(req, res, pathname);
    };
    handle().catch((error: unknown) => {
      const what = `${req.method ?? '?'} ${pathnameOf(req.url ?? '')}`;
      // A client that hangs up mid-request is not our failure and has no one to answer:
      // one line, no stack trace.
      if (isAbort(error)) {
        log(`[arrangeur] bridge request aborted by the client: ${what}`);
        res.destroy();
        return;
      }
      // A defect of ours: the stack is worth its lines here.
      log(`[arrangeur] bridge request failed: ${what}: ${error instanceof Error ? error.stack : String(error)}`);
      if (res.headersSent) res.destroy();
      else send(req, res, 500, 'application/json; charset=utf-8', JSON.stringify(fail('internal', bridgeMessages.internal)), { Connection: 'close' });
    });
  });
  // Malformed requests and oversized headers never reach the handler: answer and close, one line.
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Socket) => {
    // A hang-up mid-request (EOF, reset) is logged by the request's own handler, if it had one.
    if (!socket.writable || isAbort(error) || error.code === 'HPE_INVALID_EOF_STATE') return socket.destroy();
    const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : 400;
    log(`[arrangeur] bridge refused a malformed request: ${status} ${error.code ?? error.message}`);
    socket.end(`HTTP/1.1 ${status} ${status === 431 ? 'Request Header Fields Too Large' : 'Bad Request'}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
    socket.destroySoon();
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
  gate = createSessionGate(port);
  const url = `http://127.0.0.1:${port}/`;

  return {
    url,
    port,
    loginUrl: gate.loginUrl(url),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
