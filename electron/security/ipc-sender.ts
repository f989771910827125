// Electron advisory GHSA-mq8j-3h7h-p8g7: an IPC handler must check which frame sent the message,
// because any frame (an injected iframe, a page navigated elsewhere) can reach ipcRenderer via
// a preload. We only ever load our own pages, so only frames at app://arrangeur/ may call.
import { isAppUrl } from './trusted-url.ts';

export function isTrustedSender(frameUrl: unknown): boolean {
  return isAppUrl(frameUrl);
}
