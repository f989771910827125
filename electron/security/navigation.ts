// Every web contents (the main window and anything Chromium might create) gets the same rules:
// it shows our own pages and nothing else. The types below are the few members of Electron's
// WebContents and App we use, so this file runs and is tested in plain Node.
import { openExternalSafely } from './external-links.ts';
import { isAppUrl } from './trusted-url.ts';

export interface PreventableEvent {
  preventDefault(): void;
}
/** Electron's navigation event; newer versions carry the url on the event itself. */
export interface NavigationEvent extends PreventableEvent {
  readonly url?: string;
}
export interface WindowOpenDetails {
  readonly url: string;
}
export interface WindowOpenDenied {
  action: 'deny';
}
type NavigationListener = (event: NavigationEvent, legacyUrl?: string) => void;

export interface HardenableWebContents {
  setWindowOpenHandler(handler: (details: WindowOpenDetails) => WindowOpenDenied): void;
  on(event: 'will-navigate', listener: NavigationListener): unknown;
  on(event: 'will-redirect', listener: NavigationListener): unknown;
  on(event: 'will-frame-navigate', listener: NavigationListener): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
}

export interface WebContentsCreator {
  on(event: 'web-contents-created', listener: (event: unknown, contents: HardenableWebContents) => void): unknown;
}

export type BlockedKind = 'window-open' | 'will-navigate' | 'will-redirect' | 'will-frame-navigate' | 'webview';

export interface NavigationDeps {
  /** shell.openExternal in main; only ever called with a vetted http(s) URL. */
  openExternal(url: string): Promise<void>;
  /** Told about every refused attempt, for the log; never decides anything. */
  onBlocked?(kind: BlockedKind, url: string): void;
}

export function hardenWebContents(contents: HardenableWebContents, deps: NavigationDeps): void {
  const blocked = (kind: BlockedKind, url: string) => deps.onBlocked?.(kind, url);

  // New windows are never created: a second window would escape these listeners' reasoning
  // and the single-window session model. Web links go to the adviser's browser instead.
  contents.setWindowOpenHandler(({ url }) => {
    blocked('window-open', url);
    void openExternalSafely(url, deps.openExternal);
    return { action: 'deny' };
  });

  // A clicked plain link (no target) arrives here; like window.open it opens outside the app.
  contents.on('will-navigate', (event, legacyUrl) => {
    const url = event.url ?? legacyUrl ?? '';
    if (isAppUrl(url)) return;
    event.preventDefault();
    blocked('will-navigate', url);
    void openExternalSafely(url, deps.openExternal);
  });

  // Redirects and subframe navigations are never user intent: refuse them silently.
  const refuseUnlessApp =
    (kind: BlockedKind): NavigationListener =>
    (event, legacyUrl) => {
      const url = event.url ?? legacyUrl ?? '';
      if (isAppUrl(url)) return;
      event.preventDefault();
      blocked(kind, url);
    };
  contents.on('will-redirect', refuseUnlessApp('will-redirect'));
  contents.on('will-frame-navigate', refuseUnlessApp('will-frame-navigate'));

  // webviewTag is off in webPreferences; this is the second lock on the same door.
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    blocked('webview', '');
  });
}

/**
 * Hardens every web contents Electron creates, including the main window's. Install it before
 * the first window so nothing slips through; do not also call hardenWebContents on the window
 * (listeners would run twice and open links twice).
 */
export function hardenAllWebContents(app: WebContentsCreator, deps: NavigationDeps): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, deps));
}
