// External links (a scheme's website, a regulation) open in the adviser's own browser, never
// inside the app window. Only plain web links qualify: javascript:, file:, data:, app: and any
// custom handler scheme could run code or open local files through the OS.
import { hasCredentials, parseUrl } from './trusted-url.ts';

const EXTERNAL_PROTOCOLS: ReadonlySet<string> = new Set(['http:', 'https:']);

/** The normalised URL string when `value` is safe to hand to the OS browser, else null. */
export function externalLinkTarget(value: unknown): string | null {
  const url = parseUrl(value);
  if (!url) return null;
  if (!EXTERNAL_PROTOCOLS.has(url.protocol)) return null;
  // `https://uwv.nl@evil.example/` reads like uwv.nl to a person but goes to evil.example.
  if (hasCredentials(url)) return null;
  if (url.hostname === '') return null;
  return url.href;
}

/**
 * Opens `value` with `open` (shell.openExternal in main) when it is a safe http(s) link.
 * Returns whether it was handed over; a failing `open` counts as not opened and never throws.
 */
export async function openExternalSafely(
  value: unknown,
  open: (url: string) => Promise<void>,
): Promise<boolean> {
  const target = externalLinkTarget(value);
  if (target === null) return false;
  try {
    await open(target);
    return true;
  } catch {
    return false;
  }
}
