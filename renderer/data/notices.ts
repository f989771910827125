// A short confirmation ("Het dossier is opgeslagen.") that survives the navigation that follows
// the action, and belongs to the view it was meant for: it disappears on the next navigation.
import { useSyncExternalStore } from 'react';

export interface Notice {
  readonly text: string;
  readonly forHref: string;
}

let current: Notice | null = null;
const listeners = new Set<() => void>();

export const showNotice = (text: string, forHref: string): void => {
  current = { text, forHref };
  listeners.forEach((listener) => listener());
};

/** Called on every navigation: a notice meant for another view than the one now shown is retired. */
export const retireNoticesExcept = (href: string): void => {
  if (current === null || current.forHref === href) return;
  current = null;
  listeners.forEach((listener) => listener());
};

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export const useNotice = (href: string): string | null => {
  const notice = useSyncExternalStore(subscribe, () => current);
  return notice !== null && notice.forHref === href ? notice.text : null;
};
