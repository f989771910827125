// The renderer is served from app://arrangeur/ out of one folder (dist/renderer). A custom
// protocol gives the pages a real origin (needed for module scripts and a meaningful CSP) where
// file:// would give every local file the same origin. Path handling refuses instead of
// "cleaning up": a request that needs normalising is not one our own pages ever make.
import { readFile as fsReadFile } from 'node:fs/promises';
import { CONTENT_SECURITY_POLICY } from '../../shared/csp.ts';
import { contentTypeFor, resolveStaticPath } from '../static-files.ts';
import { APP_ORIGIN, isAppUrl } from './trusted-url.ts';

export { contentTypeFor };

const MAX_REQUEST_URL_LENGTH = 2048;

/**
 * Maps `app://arrangeur/<path>` to an absolute file path inside `rootDir`, or null when the
 * request is not for our origin or tries to leave the folder. `/` means index.html. The path
 * itself goes through the same check as browser mode's (../static-files.ts).
 */
export function resolveAppRequest(requestUrl: unknown, rootDir: string): string | null {
  if (typeof requestUrl !== 'string' || requestUrl.length > MAX_REQUEST_URL_LENGTH) return null;
  const beforeQuery = requestUrl.split(/[?#]/, 1)[0] ?? '';
  // The raw prefix check makes sure the path we check below is the one the URL parser saw (the
  // parser silently removes `..`); the parsed check rejects other hosts, ports and user@ tricks.
  if (!beforeQuery.startsWith(`${APP_ORIGIN}/`)) return null;
  const rawPath = beforeQuery.slice(APP_ORIGIN.length + 1);
  const file = resolveStaticPath(rootDir, rawPath);
  if (file === null || !isAppUrl(requestUrl)) return null;
  return file;
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
