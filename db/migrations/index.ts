// Every migration this build knows, in order. Imported statically (no directory scan, no
// dynamic import): the packaged app has no migrations folder to read, and the list is the
// single answer to "which database versions can this build open?".
import { m0001Clients } from './0001_clients.ts';
import { m0002ClientsSearch } from './0002_clients_search.ts';
import type { Migration } from './migration.ts';

export type { Migration } from './migration.ts';

export const migrations: readonly Migration[] = [m0001Clients, m0002ClientsSearch];
