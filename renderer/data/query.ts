// The renderer's one way to hold what the services said: a cache of read answers by key, in a
// zustand store, and writes that name which keys they make stale. A stale key that a screen
// shows is read again at once (the old answer stays on screen until the new one is in, marked
// as refreshing); one that no screen shows is read again when a screen next asks for it. So any
// screen that shows a dossier, an intake, a training or an arrangement is fresh after any save
// anywhere in the app, and no screen holds its own copy of server data.
import { useCallback, useEffect } from 'react';
import { create } from 'zustand';
import type { AppError, OpInput, OpName, OpOutput, Result } from '../../shared/contract/index.ts';
import { call } from '../bridge/index.ts';

export type Loadable<T> =
  | { readonly state: 'loading' }
  | { readonly state: 'ok'; readonly value: T }
  | { readonly state: 'failed'; readonly error: AppError };

/** A key names what was read: ['dossier', clientId], ['arrangement', id, version]. A prefix names all below it. */
export type QueryKey = readonly (string | number | boolean | null)[];

export interface Query<T> {
  readonly key: QueryKey;
  readonly load: () => Promise<Result<T>>;
}

/** A read through the contract, cached under `key`. */
export const query = <K extends OpName>(key: QueryKey, op: K, input: OpInput<K>): Query<OpOutput<K>> => ({
  key,
  load: () => call(op, input),
});

export interface Entry {
  readonly key: QueryKey;
  readonly result: Loadable<unknown>;
  /** A write made it out of date: read it again before trusting it. */
  readonly stale: boolean;
  /** A read is under way (the result shown may be the previous one). */
  readonly fetching: boolean;
  /**
   * How many times a write made this key stale. Screens re-read on a change of this number, not
   * of `stale` alone: a read that starts and is invalidated within one render batch leaves
   * `stale` true before and after, and React would see nothing to do.
   */
  readonly generation: number;
}

interface CacheState {
  readonly entries: Readonly<Record<string, Entry>>;
}

export const useCache = create<CacheState>()(() => ({ entries: {} }));

const hashOf = (key: QueryKey): string => JSON.stringify(key);

const isPrefix = (prefix: QueryKey, key: QueryKey): boolean =>
  prefix.length <= key.length && prefix.every((part, i) => part === key[i]);

const patch = (hash: string, next: (entry: Entry | undefined) => Entry): void =>
  useCache.setState((s) => ({ entries: { ...s.entries, [hash]: next(s.entries[hash]) } }));

// Reads under way, by key. A newer read (after an invalidation) replaces the older one, whose
// answer is then dropped: it may have been read before the write that made the key stale.
const inflight = new Map<string, { readonly ticket: number; readonly done: Promise<Loadable<unknown>> }>();
let tickets = 0;

/** Reads the key (again) and answers what was read; a read already under way for it is shared, unless `force`. */
export const fetchQuery = <T>(q: Query<T>, options: { force?: boolean } = {}): Promise<Loadable<T>> => {
  const hash = hashOf(q.key);
  const running = inflight.get(hash);
  if (running && !options.force) return running.done as Promise<Loadable<T>>;
  const ticket = ++tickets;
  patch(hash, (entry) => ({ key: q.key, result: entry?.result ?? { state: 'loading' }, stale: false, fetching: true, generation: entry?.generation ?? 0 }));
  const done = q.load().then(
    (answer): Loadable<T> => {
      const result: Loadable<T> = answer.ok ? { state: 'ok', value: answer.value } : { state: 'failed', error: answer.error };
      // A newer read (after an invalidation) owns the key now: this answer may be too old to keep.
      if (inflight.get(hash)?.ticket !== ticket) return result;
      inflight.delete(hash);
      patch(hash, (entry) => ({ key: q.key, result, stale: false, fetching: false, generation: entry?.generation ?? 0 }));
      return result;
    },
    (): Loadable<T> => {
      // The bridge never throws; this only guards against a bug leaving a key loading forever.
      if (inflight.get(hash)?.ticket === ticket) inflight.delete(hash);
      return { state: 'failed', error: { code: 'internal', message: 'Onverwachte fout bij het lezen.' } };
    },
  );
  inflight.set(hash, { ticket, done });
  return done;
};

/** Marks every cached key under each prefix stale; shown ones are read again by their screens. */
export const invalidate = (...prefixes: QueryKey[]): void => {
  const { entries } = useCache.getState();
  const next: Record<string, Entry> = { ...entries };
  let changed = false;
  for (const [hash, entry] of Object.entries(entries)) {
    if (!prefixes.some((prefix) => isPrefix(prefix, entry.key))) continue;
    // A read under way started before the write: its answer must not count.
    inflight.delete(hash);
    next[hash] = { ...entry, stale: true, fetching: false, generation: entry.generation + 1 };
    changed = true;
  }
  if (changed) useCache.setState({ entries: next });
};

/** Replaces a cached answer with what a write returned (only when that key is cached and ok). */
export const updateCached = <T>(key: QueryKey, update: (value: T) => T): void => {
  const hash = hashOf(key);
  const entry = useCache.getState().entries[hash];
  if (entry?.result.state !== 'ok') return;
  const value = update(entry.result.value as T);
  patch(hash, () => ({ ...entry, result: { state: 'ok', value } }));
};

/** The cached answer for a key, if there is one (for actions that run outside React). */
export const cachedValue = <T>(key: QueryKey): T | undefined => {
  const entry = useCache.getState().entries[hashOf(key)];
  return entry?.result.state === 'ok' ? (entry.result.value as T) : undefined;
};

/** Forget everything (tests). */
export const clearCache = (): void => {
  inflight.clear();
  useCache.setState({ entries: {} });
};

export interface QueryState<T> {
  readonly result: Loadable<T>;
  /** True while the answer shown is being read again (after a write, or a retry). */
  readonly refreshing: boolean;
  readonly reload: () => void;
}

export interface QueryOptions {
  /**
   * Read again this many milliseconds after each answer, for as long as the caller passes a
   * number (e.g. the progress of a background job while it runs); null or absent = no polling.
   */
  readonly pollEvery?: number | null;
}

/** The answer for a query: read on first use, and again whenever a write makes it stale. */
export const useQuery = <T>(q: Query<T> | null, options: QueryOptions = {}): QueryState<T> => {
  const hash = q ? hashOf(q.key) : '';
  const entry = useCache((s) => (q ? s.entries[hash] : undefined));
  const stale = entry?.stale ?? false;
  const generation = entry?.generation ?? 0;
  useEffect(() => {
    if (!q) return;
    const current = useCache.getState().entries[hash];
    if (!current || current.stale || (current.result.state === 'failed' && !inflight.has(hash))) void fetchQuery(q);
    // The query object is rebuilt on every render; its key (hash) says all that matters.
  }, [hash, stale, generation]);
  // Polling marks the key stale after a pause from the last answer, so the read above runs again
  // through the one cache (shared with every screen showing the key) and never overlaps itself.
  const pollEvery = options.pollEvery ?? null;
  const fetching = entry?.fetching ?? false;
  useEffect(() => {
    if (!q || pollEvery === null || fetching || stale) return;
    const timer = window.setTimeout(() => invalidate(q.key), pollEvery);
    return () => window.clearTimeout(timer);
  }, [hash, pollEvery, fetching, stale, entry?.result]);
  const reload = useCallback(() => {
    if (q) void fetchQuery(q, { force: true });
  }, [hash]);
  return {
    result: (entry?.result ?? { state: 'loading' }) as Loadable<T>,
    refreshing: !!entry && (entry.stale || entry.fetching) && entry.result.state !== 'loading',
    reload,
  };
};

/** A write through the contract; on success `update` may patch cached answers, then the keys it names are made stale. */
export const write = async <K extends OpName>(
  op: K,
  input: OpInput<K>,
  effects: { readonly invalidates: (value: OpOutput<K>) => readonly QueryKey[]; readonly update?: (value: OpOutput<K>) => void },
): Promise<Result<OpOutput<K>>> => {
  const answer = await call(op, input);
  if (answer.ok) {
    effects.update?.(answer.value);
    invalidate(...effects.invalidates(answer.value));
  }
  return answer;
};
