// The first start (issue 12.12): opened at its start address (no #/… yet: a fresh window of the
// desktop app, or browser mode after logging in) by an installation that has no adviser name,
// Arrangeur shows the welcome screen instead of the dossier list. The address stays as it is, so
// nothing that opens a given address (a bookmark, a test) is sent elsewhere; any navigation,
// including "Later" and saving the name, leaves it.
import { reads } from '../data/api.ts';
import { useQuery } from '../data/query.ts';
import type { Route } from '../data/routes.ts';

const atStartAddress = (): boolean => typeof location !== 'undefined' && ['', '#', '#/'].includes(location.hash);

export const useFirstStart = (route: Route): boolean => {
  const atStart = route.name === 'clients' && atStartAddress();
  const { result } = useQuery(atStart ? reads.settings() : null);
  return atStart && result.state === 'ok' && result.value.adviserName.trim() === '';
};
