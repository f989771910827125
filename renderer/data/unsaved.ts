// Is there input the adviser has not saved? Views and stores register a check here; the
// router's leave guard and the window-close guard (beforeunload) both ask. Kept apart from the
// features so the app shell does not import them.
type Check = () => boolean;
const checks = new Set<Check>();

export const registerUnsavedCheck = (check: Check): (() => void) => {
  checks.add(check);
  return () => checks.delete(check);
};

export const hasUnsavedInput = (): boolean => {
  for (const check of checks) if (check()) return true;
  return false;
};

/**
 * Closing the window or reloading with unsaved input asks first. Chromium shows its own question
 * in browser mode; in the desktop app the main process turns the refusal into a Dutch dialog
 * (electron/shell/unload.ts).
 */
export const installCloseGuard = (): (() => void) => {
  const onBeforeUnload = (event: BeforeUnloadEvent) => {
    if (!hasUnsavedInput()) return;
    event.preventDefault();
    // Older Chromium needs returnValue set as well.
    event.returnValue = '';
  };
  window.addEventListener('beforeunload', onBeforeUnload);
  return () => window.removeEventListener('beforeunload', onBeforeUnload);
};
