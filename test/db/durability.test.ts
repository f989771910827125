// Durability settings of a file-backed store, read back from SQLite itself rather than trusted
// from the comments in db/open.ts (issue 13.3: the comment said FULL while SQLite said NORMAL).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../db/open.ts';

let dir: string;
let store: Store | undefined;
afterEach(() => {
  store?.close();
  store = undefined;
  rmSync(dir, { recursive: true, force: true });
});

describe('openStore on a file', () => {
  it('runs with synchronous = FULL (2), WAL and a busy timeout', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'arr-durability-'));
    store = openStore(path.join(dir, 'arrangeur.sqlite'));
    expect(store.sqlite.pragma('synchronous', { simple: true })).toBe(2);
    expect(store.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.sqlite.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(store.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
  });
});
