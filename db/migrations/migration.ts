import type BetterSqlite3 from 'better-sqlite3-multiple-ciphers';

/**
 * One forward-only schema step. `up` is synchronous and runs on the raw connection inside the
 * transaction the runner opens, so a failing step leaves the file exactly as it was.
 * Names are ordered and never renamed: they are what a database records as applied.
 */
export interface Migration {
  readonly name: string;
  up(db: BetterSqlite3.Database): void;
}
