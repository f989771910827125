// A short confirmation ("Het dossier is opgeslagen.") that survives the navigation that follows
// the action, and belongs to the view it was meant for: it disappears on the next navigation.
import { create } from 'zustand';

export interface Notice {
  readonly text: string;
  readonly forHref: string;
}

export const useNotices = create<{ readonly current: Notice | null }>()(() => ({ current: null }));

export const showNotice = (text: string, forHref: string): void => useNotices.setState({ current: { text, forHref } });

/** Called on every navigation: a notice meant for another view than the one now shown is retired. */
export const retireNoticesExcept = (href: string): void => {
  const { current } = useNotices.getState();
  if (current !== null && current.forHref !== href) useNotices.setState({ current: null });
};

/** The notice for the view at `href`, if any. */
export const useNotice = (href: string): string | null =>
  useNotices((s) => (s.current !== null && s.current.forHref === href ? s.current.text : null));
