// What the adviser typed and chose in the scheme browser (Regelingen zoeken): kept while the app
// runs, so coming back from a scheme shows the same list.
import { create } from 'zustand';

export interface SchemeFilterState {
  readonly text: string;
  /** '' = every pack. */
  readonly packId: string;
  /** '' = every layer. */
  readonly layer: string;
}

export const useSchemeFilter = create<SchemeFilterState>()(() => ({ text: '', packId: '', layer: '' }));

export const setSchemeFilter = (patch: Partial<SchemeFilterState>): void => useSchemeFilter.setState(patch);
