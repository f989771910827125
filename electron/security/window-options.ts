// The main window's settings, written out in full (not relying on Electron's defaults) so a
// reviewer and the tests can see every security-relevant switch in one place. Signal turns
// contextIsolation off in its test environment; we use one configuration everywhere.

export interface SecureWebPreferences {
  preload: string;
  contextIsolation: true;
  sandbox: true;
  nodeIntegration: false;
  nodeIntegrationInWorker: false;
  nodeIntegrationInSubFrames: false;
  webviewTag: false;
  webSecurity: true;
  allowRunningInsecureContent: false;
  experimentalFeatures: false;
  spellcheck: false;
  safeDialogs: true;
  navigateOnDragDrop: false;
  devTools: boolean;
}

export interface WebPreferenceOptions {
  /** Developer tools; main passes `!app.isPackaged`, so packaged builds never get them. */
  devTools?: boolean;
}

export function secureWebPreferences(preloadPath: string, options: WebPreferenceOptions = {}): SecureWebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webviewTag: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    // The OS spellchecker would send typed client notes to a dictionary service on some systems.
    spellcheck: false,
    safeDialogs: true,
    // Dropping a file on the window must not navigate away from the app (and lose the form).
    navigateOnDragDrop: false,
    devTools: options.devTools ?? false,
  };
}

/** Matches the renderer's page background so the window does not flash white or black. */
export const WINDOW_BACKGROUND = '#f5f6f7';

export interface MainWindowOptionsInput {
  preloadPath: string;
  devTools?: boolean;
  /** Window/taskbar icon on Linux and Windows; macOS takes it from the app bundle. */
  icon?: string;
}

export function mainWindowOptions(input: MainWindowOptionsInput) {
  return {
    // 1280x800 is the smallest common laptop screen in the advice rooms; the layout is tuned to it.
    width: 1280,
    height: 800,
    minWidth: 960,
    minHeight: 600,
    // Shown on ready-to-show so the adviser never sees an empty window during start-up.
    show: false,
    title: 'Arrangeur',
    backgroundColor: WINDOW_BACKGROUND,
    ...(input.icon ? { icon: input.icon } : {}),
    webPreferences: secureWebPreferences(input.preloadPath, input.devTools === undefined ? {} : { devTools: input.devTools }),
  };
}
