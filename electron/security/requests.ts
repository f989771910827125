// Arrangeur is offline and holds personal data: the window may load our own files and nothing
// else. Blocking at the session level also covers requests a CSP does not see (prefetch,
// favicon, a redirected navigation).
import { isAppUrl, parseUrl } from './trusted-url.ts';

export function isAllowedRequestUrl(value: unknown): boolean {
  const url = parseUrl(value);
  if (!url) return false;
  switch (url.protocol) {
    case 'app:':
      return isAppUrl(url.href);
    // Developer tools load their own front-end; they are only reachable in unpackaged builds.
    case 'devtools:':
      return true;
    // Inline images from the design system's CSS; the CSP already limits data: to img-src.
    case 'data:':
      return true;
    default:
      return false;
  }
}
