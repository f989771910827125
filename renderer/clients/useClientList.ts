// The dossiers the list shows: all (clients.list) or matching a search (clients.search, FTS in
// the services: case and diacritics do not matter). Stale answers are dropped.
import { useEffect, useRef, useState } from 'react';
import type { Client } from '../../shared/contract/clients.ts';
import { call } from '../bridge/index.ts';
import type { Loadable } from '../bridge/useCall.ts';

/** Enough for a working list; beyond this the adviser searches (the list says so). */
export const LIST_LIMIT = 100;
export const SEARCH_LIMIT = 50;

export interface ClientListQuery {
  readonly query: string;
  readonly archived: boolean;
}

export const useClientList = ({ query, archived }: ClientListQuery): { list: Loadable<Client[]>; shownFor: ClientListQuery | null; reload: () => void } => {
  const [list, setList] = useState<Loadable<Client[]>>({ state: 'loading' });
  const [shownFor, setShownFor] = useState<ClientListQuery | null>(null);
  const [attempt, setAttempt] = useState(0);
  const ticket = useRef(0);

  useEffect(() => {
    const mine = ++ticket.current;
    const text = query.trim();
    const answer = text === '' ? call('clients.list', { archived, limit: LIST_LIMIT }) : call('clients.search', { query: text, archived, limit: SEARCH_LIMIT });
    void answer.then((result) => {
      if (mine !== ticket.current) return;
      setList(result.ok ? { state: 'ok', value: result.value } : { state: 'failed', error: result.error });
      setShownFor({ query: text, archived });
    });
  }, [query, archived, attempt]);

  return { list, shownFor, reload: () => setAttempt((n) => n + 1) };
};
