// The one guard for input the adviser has not saved. Forms report here (a zustand store) what
// is unsaved and what to ask; the router asks before leaving a view, and the window asks before
// closing or reloading. Input that survives switching views (the intake draft of a dossier) only
// makes closing ask: it is still there after a tab switch.
import { useEffect } from 'react';
import { create } from 'zustand';

export interface UnsavedInput {
  /** The Dutch question to confirm before it is thrown away. */
  readonly question: string;
  /** 'view': lost when the adviser leaves the view; 'app': kept across views, lost on close. */
  readonly lostOn: 'view' | 'app';
}

interface UnsavedState {
  /** By owner (a form, a dossier's draft). */
  readonly inputs: Readonly<Record<string, UnsavedInput>>;
}

export const useUnsaved = create<UnsavedState>()(() => ({ inputs: {} }));

/** Reports (or, with null, clears) the unsaved input of one owner. */
export const setUnsaved = (owner: string, input: UnsavedInput | null): void => {
  const { inputs } = useUnsaved.getState();
  if (input === null ? !(owner in inputs) : inputs[owner]?.question === input.question && inputs[owner]?.lostOn === input.lostOn) return;
  const next = { ...inputs };
  if (input === null) delete next[owner];
  else next[owner] = input;
  useUnsaved.setState({ inputs: next });
};

export const hasUnsavedInput = (): boolean => Object.keys(useUnsaved.getState().inputs).length > 0;

/** What to ask before leaving the current view, or null when nothing would be lost. */
export const leaveQuestion = (): string | null =>
  Object.values(useUnsaved.getState().inputs).find((input) => input.lostOn === 'view')?.question ?? null;

/** The view's input is gone once the adviser has left it (they confirmed). */
export const forgetViewInput = (): void => {
  const { inputs } = useUnsaved.getState();
  useUnsaved.setState({ inputs: Object.fromEntries(Object.entries(inputs).filter(([, input]) => input.lostOn !== 'view')) });
};

/** A form's unsaved input while it is shown: `question` when dirty, else null. */
export const useUnsavedGuard = (owner: string, question: string | null): void => {
  useEffect(() => {
    setUnsaved(owner, question === null ? null : { question, lostOn: 'view' });
    return () => setUnsaved(owner, null);
  }, [owner, question]);
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
