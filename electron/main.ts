// Electron main process: the only file (with preload.ts) that touches the electron module.
// Everything it wires together is plain Node and unit-tested: security/ decides what the
// window may do, shell/ holds the menu, IPC and start-up logic, services/ does the work.
import { chmod, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, safeStorage, session, shell } from 'electron';
import type { Store } from '../db/open.ts';
import { IPC_CHANNEL } from '../shared/contract/channel.ts';
import { keychainProtector } from './keys/data-key.ts';
import { openDataFolder } from './keys/open-data-store.ts';
import { defaultDataDir } from './paths.ts';
import { systemClock } from './services/context.ts';
import { loadChecklistAtStart } from './apk/load-checklist.ts';
import { createServices } from './services/index.ts';
import { hardenAllWebContents } from './security/navigation.ts';
import { createAppProtocolHandler } from './security/protocol.ts';
import { isAllowedRequestUrl } from './security/requests.ts';
import { APP_ENTRY_URL, APP_SCHEME } from './security/trusted-url.ts';
import { mainWindowOptions } from './security/window-options.ts';
import { createIpcHandler } from './shell/ipc.ts';
import { buildMenuTemplate } from './shell/menu.ts';
import { createPdfCapabilities, printWindowOptions } from './shell/pdf.ts';
import { describeStartupFailure } from './shell/startup.ts';
import { leaveAnyway, unloadQuestion } from './shell/unload.ts';

let mainWindow: BrowserWindow | null = null;
let store: Store | null = null;

// Privileges are fixed when Chromium starts, so this must run before 'ready'. `standard` gives
// the pages a real origin (module scripts, relative URLs), `secure` counts it as https-like.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

// Every renderer sandboxed, including any a future change might create by accident.
app.enableSandbox();

// Chromium's own UI text (file dialogs, spell-check menu, form validation bubbles) in Dutch,
// whatever the language of the adviser's operating system.
app.commandLine.appendSwitch('lang', 'nl');

// With ARRANGEUR_DATA_DIR set (tests, a second profile) Chromium's own profile moves along, so
// two instances on two data folders neither share a cache nor block each other's instance lock.
const envDataDir = process.env.ARRANGEUR_DATA_DIR?.trim();
if (envDataDir) app.setPath('userData', path.join(envDataDir, 'electron-profile'));

if (app.requestSingleInstanceLock()) {
  start();
} else {
  // A second copy on the same data would fight over the database; the first one gets focus.
  app.quit();
}

function start(): void {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  hardenAllWebContents(app, {
    openExternal: (url) => shell.openExternal(url),
    onBlocked: (kind, url) => console.warn(`[arrangeur] blocked ${kind} (${url.split(':', 1)[0] || 'no url'})`),
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (store && BrowserWindow.getAllWindows().length === 0) createMainWindow();
  });
  // Closing checkpoints the WAL into the database file, so the data folder is tidy afterwards.
  app.on('will-quit', () => {
    store?.close();
    store = null;
  });

  app
    .whenReady()
    .then(onReady)
    .catch((error: unknown) => {
      // Anything unforeseen during start-up: a Dutch message instead of a silent crash.
      console.error('[arrangeur] start-up failed', error);
      const { title, body } = describeStartupFailure(error, defaultDataDir());
      dialog.showErrorBox(title, body);
      app.exit(1);
    });
}

function onReady(): void {
  // The same folder `npm run web` uses (ARRANGEUR_DATA_DIR or the platform's data folder), so
  // desktop and browser mode show the same dossiers. Chromium's profile stays in userData.
  const dataDir = defaultDataDir();
  let opened: ReturnType<typeof openDataFolder>;
  try {
    // A private folder and an encrypted database whose key the OS keychain keeps (safeStorage
    // works only after 'ready'); see electron/keys/.
    // A restore the adviser asked for in the previous run is put in place first (electron/backups/).
    opened = openDataFolder(dataDir, keychainProtector(safeStorage, process.platform));
    store = opened.store;
  } catch (error) {
    // Refused or unreadable: say so in Dutch and stop before anything could write to the file.
    console.error('[arrangeur] could not open the store', error);
    const { title, body } = describeStartupFailure(error, dataDir);
    dialog.showErrorBox(title, body);
    app.quit();
    return;
  }

  const apk = loadChecklistAtStart(dataDir);
  const services = createServices(store, systemClock(), {
    checklist: apk.checklist,
    checklistNotice: apk.notice,
    dataDir,
    // Encrypted backups at start and once a day, "Nu back-up maken" and a restore at the next start.
    backups: { dataDir, key: opened.key, restoredAtStart: opened.restoredAtStart, automatic: true },
    // PDF export for the client document: printed by Chromium, saved where the adviser chooses.
    capabilities: createPdfCapabilities({
      openPrintWindow: () => new BrowserWindow(printWindowOptions()),
      askSavePath: async (suggestedName) => {
        const options = {
          title: 'PDF opslaan',
          defaultPath: path.join(app.getPath('documents'), suggestedName),
          filters: [{ name: 'PDF', extensions: ['pdf'] }],
        };
        const answer = mainWindow ? await dialog.showSaveDialog(mainWindow, options) : await dialog.showSaveDialog(options);
        return answer.canceled || !answer.filePath ? null : answer.filePath;
      },
      // The export holds personal data: owner-only, whatever the umask (issue 13.10).
      writeFile: async (file, bytes) => {
        await writeFile(file, bytes, { mode: 0o600 });
        if (process.platform !== 'win32') await chmod(file, 0o600);
      },
    }),
  });
  ipcMain.handle(IPC_CHANNEL, createIpcHandler((op, input) => services.dispatch(op, input)));

  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
  ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedRequestUrl(details.url) }));
  protocol.handle(APP_SCHEME, createAppProtocolHandler({ rootDir: path.join(app.getAppPath(), 'dist', 'renderer') }));

  Menu.setApplicationMenu(
    Menu.buildFromTemplate(buildMenuTemplate({ platform: process.platform, isPackaged: app.isPackaged })),
  );
  createMainWindow();
}

function createMainWindow(): void {
  const appPath = app.getAppPath();
  const win = new BrowserWindow(
    mainWindowOptions({
      preloadPath: path.join(appPath, 'dist', 'electron', 'preload.cjs'),
      devTools: !app.isPackaged,
      // Windows and macOS take the icon from the installer; Linux needs it on the window.
      ...(process.platform === 'linux' ? { icon: path.join(appPath, 'assets', 'icons', 'icon.png') } : {}),
    }),
  );
  mainWindow = win;
  win.once('ready-to-show', () => win.show());
  // Unsaved input: the renderer's beforeunload refused; ask instead of ignoring the close.
  win.webContents.on('will-prevent-unload', (event) => {
    if (leaveAnyway(dialog.showMessageBoxSync(win, unloadQuestion()))) event.preventDefault();
  });
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
  });
  win.loadURL(APP_ENTRY_URL).catch((error: unknown) => {
    console.error('[arrangeur] could not load the window', error);
  });
}
