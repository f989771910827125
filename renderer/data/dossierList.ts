// What the adviser last searched for in the dossier list, kept while the app runs, so "Terug naar
// de dossiers" returns to the same list instead of an empty search.
import { create } from 'zustand';

export const SEARCH_INPUT_ID = 'dossiers-zoeken';
export const SEARCH_DEBOUNCE_MS = 120;

interface DossierListState {
  /** As typed. */
  readonly query: string;
  /** What the list is read for: the query once typing has settled (trimmed). */
  readonly searched: string;
  readonly archived: boolean;
  /** Set by the "/" shortcut when it has to switch views first. */
  readonly focusSearchOnMount: boolean;
}

export const useDossierList = create<DossierListState>()(() => ({ query: '', searched: '', archived: false, focusSearchOnMount: false }));

export const dossierListActions = {
  type: (query: string) => useDossierList.setState({ query }),
  settle: () => useDossierList.setState((s) => ({ searched: s.query.trim() })),
  showArchived: (archived: boolean) => useDossierList.setState({ archived }),
  focusSearchOnMount: (focus: boolean) => useDossierList.setState({ focusSearchOnMount: focus }),
};
