// The real Electron app, launched by Playwright on a fresh data folder: the window shows our
// page from app://arrangeur/, the preload exposes only `arrangeur.call`, the bridge reaches the
// services, and the page can neither navigate away nor open windows. Skips (with the reason)
// when the Electron binary is missing, as on machines that cannot download it.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';

const root = path.resolve(import.meta.dirname, '../..');

/**
 * Path of the Electron executable, or null when its download never happened. Read from the
 * package's path.txt instead of require('electron'), which would try to download it.
 */
function electronExecutable(): string | null {
  const packageDir = path.join(root, 'node_modules', 'electron');
  const pathFile = path.join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const relative = readFileSync(pathFile, 'utf8').trim();
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? path.join(packageDir, 'dist');
  const executable = path.join(distDir, relative);
  return relative !== '' && existsSync(executable) ? executable : null;
}

const executable = electronExecutable();
test.skip(executable === null, 'Electron binary not installed (ELECTRON_SKIP_BINARY_DOWNLOAD); run on a machine with Electron');

let app: ElectronApplication;
let page: Page;
let dataDir: string;

test.beforeAll(async () => {
  for (const built of ['dist/electron/main.cjs', 'dist/electron/preload.cjs', 'dist/renderer/index.html']) {
    if (!existsSync(path.join(root, built))) throw new Error(`${built} is missing: run \`npm run build\` first`);
  }
  dataDir = mkdtempSync(path.join(tmpdir(), 'arrangeur-electron-e2e-'));
  // Chromium's own OS sandbox refuses to start as root (containers); the renderer sandbox
  // (webPreferences.sandbox) is unaffected by this switch.
  const args = [root, ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])];
  app = await electron.launch({
    executablePath: executable ?? undefined,
    args,
    env: { ...process.env, ARRANGEUR_DATA_DIR: dataDir },
  });
  // Replace the OS browser hand-off so tests can see what would have been opened.
  await app.evaluate(({ shell }) => {
    const opened: string[] = [];
    (globalThis as { __opened?: string[] }).__opened = opened;
    shell.openExternal = async (url: string) => {
      opened.push(url);
    };
  });
  page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
});

test.afterAll(async () => {
  await app?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

test('shows our page from app://arrangeur/ in a 1280x800 window', async () => {
  expect(page.url()).toBe('app://arrangeur/index.html');
  await expect(page).toHaveTitle(/Arrangeur/);
  const size = await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.getSize());
  expect(size).toEqual([1280, 800]);
});

test('exposes only arrangeur.call to the page, and no Node', async () => {
  const surface = await page.evaluate(() => ({
    keys: Object.keys((window as unknown as { arrangeur: object }).arrangeur),
    require: typeof (window as unknown as { require?: unknown }).require,
    process: typeof (window as unknown as { process?: unknown }).process,
  }));
  expect(surface).toEqual({ keys: ['call'], require: 'undefined', process: 'undefined' });
});

test('reaches the services through the preload bridge', async () => {
  const result = await page.evaluate(() =>
    (window as unknown as { arrangeur: { call(op: string, input: unknown): Promise<{ ok: boolean; value?: { regions: unknown[] } }> } }).arrangeur.call('regions.list', {}),
  );
  expect(result.ok).toBe(true);
  expect(result.value?.regions).toHaveLength(35);
});

test('denies window.open and hands web links to the browser', async () => {
  const opened = await page.evaluate(() => window.open('https://www.stapbudget.nl/') === null);
  expect(opened).toBe(true);
  await expect.poll(() => app.evaluate(() => (globalThis as { __opened?: string[] }).__opened)).toContain('https://www.stapbudget.nl/');
  expect(app.windows()).toHaveLength(1);
});

test('blocks navigation away from the app', async () => {
  await page.evaluate(() => {
    window.location.href = 'https://evil.example/';
  });
  await page.waitForTimeout(500);
  expect(page.url()).toBe('app://arrangeur/index.html');
  await page.evaluate(() => {
    window.location.href = 'file:///etc/passwd';
  });
  await page.waitForTimeout(500);
  expect(page.url()).toBe('app://arrangeur/index.html');
});
