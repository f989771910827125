// Actual's test recipe: a fresh in-memory database with the real migrations, a clock that only
// moves when asked (each call steps forward), and ids id1, id2, ... so results are exact.
import { afterEach } from 'vitest';
import { openStore, type Store } from '../../db/open.ts';
import type { ClientFields } from '../../shared/contract/clients.ts';

export interface FakeContext {
  now(): string;
  newId(): string;
}

export function fakeContext(start = '2026-03-02T09:00:00.000Z', stepMs = 1000): FakeContext {
  let time = Date.parse(start);
  let nextId = 1;
  return {
    now() {
      const iso = new Date(time).toISOString();
      time += stepMs;
      return iso;
    },
    newId: () => `id${nextId++}`,
  };
}

const open: Store[] = [];
afterEach(() => {
  while (open.length > 0) open.pop()!.close();
});

/** Fresh in-memory store with all migrations applied; closed automatically after the test. */
export function freshStore(): Store {
  const store = openStore(':memory:');
  open.push(store);
  return store;
}

export const sampleFields = (overrides: Partial<ClientFields> = {}): ClientFields => ({
  displayName: 'Anna de Vries',
  birthDate: '1980-04-12',
  region: 'groningen',
  adviserReference: 'LWL-001',
  note: null,
  ...overrides,
});
