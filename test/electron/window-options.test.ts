import { describe, expect, it } from 'vitest';
import { mainWindowOptions, secureWebPreferences } from '../../electron/security/window-options.ts';

describe('secureWebPreferences', () => {
  it('isolates and sandboxes the renderer with every risky switch off', () => {
    expect(secureWebPreferences('/app/dist/electron/preload.cjs')).toEqual({
      preload: '/app/dist/electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      spellcheck: false,
      safeDialogs: true,
      navigateOnDragDrop: false,
      devTools: false,
    });
  });

  it('offers developer tools only when asked (unpackaged builds)', () => {
    expect(secureWebPreferences('/p.cjs', { devTools: true }).devTools).toBe(true);
    expect(secureWebPreferences('/p.cjs', {}).devTools).toBe(false);
  });
});

describe('mainWindowOptions', () => {
  it('opens a 1280x800 window that stays hidden until it is painted', () => {
    const options = mainWindowOptions({ preloadPath: '/p.cjs' });
    expect(options).toMatchObject({ width: 1280, height: 800, show: false, title: 'Arrangeur' });
    expect(options.minWidth).toBeLessThanOrEqual(1280);
    expect(options.minHeight).toBeLessThanOrEqual(800);
    expect(options.backgroundColor).toMatch(/^#[0-9a-f]{6}$/i);
    expect(options.webPreferences).toEqual(secureWebPreferences('/p.cjs'));
    expect('icon' in options).toBe(false);
  });

  it('passes the icon and developer-tools choice through', () => {
    const options = mainWindowOptions({ preloadPath: '/p.cjs', devTools: true, icon: '/i.png' });
    expect(options.icon).toBe('/i.png');
    expect(options.webPreferences.devTools).toBe(true);
    expect(options.webPreferences.sandbox).toBe(true);
  });
});
