// URL trust decisions are made on parsed URLs only. Substring checks such as
// `url.includes('app://arrangeur')` are bypassable (`https://evil.example/?next=app://arrangeur`);
// Actual Budget learned this the hard way and moved to an exact origin allow-list.

/** The origin the renderer is served from by our own protocol handler. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'arrangeur';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** One allowed origin: protocol with colon (`https:`), host name, and port ('' = default). */
export interface AllowedOrigin {
  readonly protocol: string;
  readonly hostname: string;
  readonly port: string;
}

/** Longer than any URL the app produces; refusing giants keeps parsing cheap and logs sane. */
const MAX_URL_LENGTH = 4096;

/**
 * The URL parser silently strips leading/trailing spaces and control characters and drops tabs
 * and newlines anywhere (`java\tscript:` becomes `javascript:`). A URL that needs such repair
 * did not come from our own code, so it is refused rather than repaired.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NEEDS_REPAIR = /[\u0000-\u001f\u007f]|^\s|\s$/;

/** Parses a value as an absolute URL, or returns null. Never throws. */
export function parseUrl(value: unknown): URL | null {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_URL_LENGTH) return null;
  if (NEEDS_REPAIR.test(value)) return null;
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

/** True when the URL carries a user name or password (`user:pass@host`), used to spoof hosts. */
export function hasCredentials(url: URL): boolean {
  return url.username !== '' || url.password !== '';
}

/**
 * True only when protocol, host name and port match one allowed origin exactly and the URL
 * carries no credentials.
 */
export function isTrustedUrl(value: unknown, allowed: readonly AllowedOrigin[]): boolean {
  const url = parseUrl(value);
  if (!url || hasCredentials(url)) return false;
  return allowed.some(
    (origin) =>
      url.protocol === origin.protocol && url.hostname === origin.hostname && url.port === origin.port,
  );
}

const appOrigin: readonly AllowedOrigin[] = [{ protocol: `${APP_SCHEME}:`, hostname: APP_HOST, port: '' }];

/** True for `app://arrangeur/...`, the only origin our own pages are served from. */
export function isAppUrl(value: unknown): boolean {
  return isTrustedUrl(value, appOrigin);
}
