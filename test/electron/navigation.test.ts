import { describe, expect, it, vi } from 'vitest';
import {
  hardenAllWebContents,
  hardenWebContents,
  type HardenableWebContents,
  type NavigationDeps,
  type WindowOpenDenied,
  type WindowOpenDetails,
} from '../../electron/security/navigation.ts';

type Listener = (event: { url?: string; preventDefault(): void }, legacyUrl?: string) => void;

/** A stand-in for Electron's WebContents that records what was wired and lets us fire events. */
function fakeContents() {
  const listeners = new Map<string, Listener[]>();
  let openHandler: ((details: WindowOpenDetails) => WindowOpenDenied) | undefined;
  const contents: HardenableWebContents = {
    setWindowOpenHandler(handler) {
      openHandler = handler;
    },
    on(event: string, listener: Listener) {
      listeners.set(event, [...(listeners.get(event) ?? []), listener]);
      return contents;
    },
  };
  return {
    contents,
    /** Fires an event the way Electron does; returns whether the default was prevented. */
    fire(event: string, url?: string, legacyUrl?: string): boolean {
      let prevented = false;
      const payload = { ...(url === undefined ? {} : { url }), preventDefault: () => (prevented = true) };
      for (const listener of listeners.get(event) ?? []) listener(payload, legacyUrl);
      return prevented;
    },
    windowOpen(url: string) {
      if (!openHandler) throw new Error('no window open handler installed');
      return openHandler({ url });
    },
    count: (event: string) => listeners.get(event)?.length ?? 0,
  };
}

function setup() {
  const fake = fakeContents();
  const openExternal = vi.fn(async (_url: string) => {});
  const onBlocked = vi.fn();
  const deps: NavigationDeps = { openExternal, onBlocked };
  hardenWebContents(fake.contents, deps);
  return { ...fake, openExternal, onBlocked };
}

/** openExternalSafely runs asynchronously; let its promise settle. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('hardenWebContents', () => {
  it('wires every navigation event once', () => {
    const fake = setup();
    for (const event of ['will-navigate', 'will-redirect', 'will-frame-navigate', 'will-attach-webview']) {
      expect(fake.count(event)).toBe(1);
    }
  });

  it('blocks navigation to an outside URL and opens it in the browser instead', async () => {
    const fake = setup();
    expect(fake.fire('will-navigate', 'https://evil.example/phish')).toBe(true);
    await settle();
    expect(fake.openExternal).toHaveBeenCalledWith('https://evil.example/phish');
    expect(fake.onBlocked).toHaveBeenCalledWith('will-navigate', 'https://evil.example/phish');
  });

  it('lets the app navigate within its own origin', () => {
    const fake = setup();
    expect(fake.fire('will-navigate', 'app://arrangeur/index.html')).toBe(false);
    expect(fake.fire('will-frame-navigate', 'app://arrangeur/index.html')).toBe(false);
    expect(fake.fire('will-redirect', 'app://arrangeur/index.html')).toBe(false);
  });

  it.each([
    'https://evil.example/?next=app://arrangeur',
    'app://user@arrangeur/index.html',
    'app://arrangeur.evil/index.html',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'data:text/html,hi',
    'about:blank',
    '',
  ])('blocks navigation to %s', async (url) => {
    const fake = setup();
    expect(fake.fire('will-navigate', url)).toBe(true);
    expect(fake.fire('will-frame-navigate', url)).toBe(true);
    expect(fake.fire('will-redirect', url)).toBe(true);
    await settle();
    // Only a genuine web link may ever reach the browser, and never an app: or file: URL.
    for (const [opened] of fake.openExternal.mock.calls) expect(opened).toMatch(/^https?:\/\//);
  });

  it('refuses javascript: and file: links without opening anything', async () => {
    const fake = setup();
    expect(fake.fire('will-navigate', 'javascript:alert(document.cookie)')).toBe(true);
    expect(fake.fire('will-navigate', 'file:///C:/Windows/System32/calc.exe')).toBe(true);
    expect(fake.windowOpen('javascript:alert(1)')).toEqual({ action: 'deny' });
    expect(fake.windowOpen('file:///etc/passwd')).toEqual({ action: 'deny' });
    await settle();
    expect(fake.openExternal).not.toHaveBeenCalled();
  });

  it('falls back to the legacy url argument of older Electron versions', () => {
    const fake = setup();
    expect(fake.fire('will-navigate', undefined, 'https://evil.example/')).toBe(true);
    expect(fake.fire('will-navigate', undefined, 'app://arrangeur/index.html')).toBe(false);
    // No url at all: nothing to trust, so refuse.
    expect(fake.fire('will-navigate')).toBe(true);
  });

  it('does not open redirects or subframe navigations in the browser', async () => {
    const fake = setup();
    fake.fire('will-redirect', 'https://evil.example/');
    fake.fire('will-frame-navigate', 'https://evil.example/');
    await settle();
    expect(fake.openExternal).not.toHaveBeenCalled();
  });

  it('denies window.open for every URL, routing web links to the browser', async () => {
    const fake = setup();
    expect(fake.windowOpen('https://www.stapbudget.nl/')).toEqual({ action: 'deny' });
    expect(fake.windowOpen('app://arrangeur/index.html')).toEqual({ action: 'deny' });
    expect(fake.windowOpen('about:blank')).toEqual({ action: 'deny' });
    await settle();
    expect(fake.openExternal).toHaveBeenCalledTimes(1);
    expect(fake.openExternal).toHaveBeenCalledWith('https://www.stapbudget.nl/');
  });

  it('refuses to attach a webview', () => {
    const fake = setup();
    expect(fake.fire('will-attach-webview')).toBe(true);
  });

  it('survives an openExternal that fails', async () => {
    const fake = fakeContents();
    hardenWebContents(fake.contents, { openExternal: async () => Promise.reject(new Error('no browser')) });
    expect(fake.windowOpen('https://example.org/')).toEqual({ action: 'deny' });
    expect(fake.fire('will-navigate', 'https://example.org/')).toBe(true);
    await settle();
  });
});

describe('hardenAllWebContents', () => {
  it('hardens every web contents the app creates', () => {
    let created: ((event: unknown, contents: HardenableWebContents) => void) | undefined;
    const app = {
      on(event: 'web-contents-created', listener: (event: unknown, contents: HardenableWebContents) => void) {
        expect(event).toBe('web-contents-created');
        created = listener;
        return app;
      },
    };
    hardenAllWebContents(app, { openExternal: async () => {} });
    const fake = fakeContents();
    created?.({}, fake.contents);
    expect(fake.windowOpen('https://example.org/')).toEqual({ action: 'deny' });
    expect(fake.fire('will-navigate', 'https://evil.example/')).toBe(true);
  });
});
