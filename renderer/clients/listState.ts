// What the adviser last searched for in the dossier list, kept while the app runs, so
// "Terug naar de dossiers" returns to the same list instead of an empty search.
export const listState = {
  query: '',
  archived: false,
  /** Set by the "/" shortcut when it has to switch views first. */
  focusSearchOnMount: false,
};

export const SEARCH_INPUT_ID = 'dossiers-zoeken';
export const SEARCH_DEBOUNCE_MS = 120;
