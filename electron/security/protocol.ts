// The renderer is served from app://arrangeur/ out of one folder (dist/renderer). A custom
// protocol gives the pages a real origin (needed for module scripts and a meaningful CSP) where
// file:// would give every local file the same origin. Path handling refuses instead of
// "cleaning up": a request that needs normalising is not one our own pages ever make.
import { readFile as fsReadFile } from 'node:fs/promises';
import path from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../../shared/csp.ts';
import { APP_ORIGIN, isAppUrl } from './trusted-url.ts';

const MAX_REQUEST_URL_LENGTH = 2048;

/** Encoded dot, slash, backslash or NUL: only ever used to smuggle a path past a check. */
const ENCODED_SEPARATOR = /%(2e|2f|5c|00)/i;
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_OR_BACKSLASH = /[\u0000-\u001f\u007f\\]/;

/**
 * Maps `app://arrangeur/<path>` to an absolute file path inside `rootDir`, or null when the
 * request is not for our origin or tries to leave the folder. `/` means index.html.
 */
export function resolveAppRequest(requestUrl: unknown, rootDir: string): string | null {
  if (typeof requestUrl !== 'string' || requestUrl.length > MAX_REQUEST_URL_LENGTH) return null;
  const beforeQuery = requestUrl.split(/[?#]/, 1)[0] ?? '';
  if (CONTROL_OR_BACKSLASH.test(beforeQuery) || ENCODED_SEPARATOR.test(beforeQuery)) return null;
  // The parsed check rejects other hosts, ports and user@ tricks; the raw prefix check makes sure
  // the path we read below is the one the parser saw (the parser silently removes `..`).
  if (!isAppUrl(requestUrl)) return null;
  if (!beforeQuery.startsWith(`${APP_ORIGIN}/`)) return null;

  const rawPath = beforeQuery.slice(APP_ORIGIN.length + 1);
  if (rawPath === '') return path.join(path.resolve(rootDir), 'index.html');

  const segments: string[] = [];
  for (const raw of rawPath.split('/')) {
    // Empty segments (`//etc/passwd`, trailing `/`) and dot segments are refused outright.
    if (raw === '' || raw === '.' || raw === '..') return null;
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return null;
    }
    // After decoding: no separators, no drive letters or NTFS streams (`C:`, `file:stream`), and
    // no `%` left over (double encoding), so no later layer can decode its way out either.
    if (/[/:%]/.test(segment) || CONTROL_OR_BACKSLASH.test(segment)) return null;
    if (segment === '.' || segment === '..') return null;
    segments.push(segment);
  }

  const root = path.resolve(rootDir);
  const file = path.resolve(root, ...segments);
  const relative = path.relative(root, file);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return null;
  return file;
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

/** Module scripts are refused without a JavaScript type, so every file needs a correct one. */
export function contentTypeFor(filePath: string): string {
  return CONTENT_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/** Headers for every file we serve: the CSP travels as a header too, not only as a meta tag. */
export function appResponseHeaders(filePath: string): Record<string, string> {
  return {
    'Content-Type': contentTypeFor(filePath),
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-cache',
  };
}

export interface AppRequest {
  readonly url: string;
  readonly method: string;
}

export interface AppProtocolOptions {
  rootDir: string;
  /** Injected for tests; Electron's fs also reads from inside app.asar. */
  readFile?: (file: string) => Promise<Uint8Array>;
}

function refusal(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' },
  });
}

/** The handler for `protocol.handle('app', ...)`, built from plain Node and web APIs. */
export function createAppProtocolHandler(options: AppProtocolOptions): (request: AppRequest) => Promise<Response> {
  const readFile = options.readFile ?? fsReadFile;
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return refusal(405, 'Method Not Allowed');
    const file = resolveAppRequest(request.url, options.rootDir);
    if (file === null) return refusal(404, 'Not Found');
    let body: Uint8Array;
    try {
      body = await readFile(file);
    } catch {
      return refusal(404, 'Not Found');
    }
    const headers = appResponseHeaders(file);
    if (request.method === 'HEAD') return new Response(null, { status: 200, headers });
    return new Response(new Uint8Array(body), { status: 200, headers });
  };
}
