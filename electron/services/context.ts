// What handlers need from the outside world besides the store: the time and fresh ids.
// Injected so tests run with a fake clock and ids id1, id2, ... and assert exact results.
import { randomUUID } from 'node:crypto';

export interface ServiceContext {
  /** ISO 8601 timestamp (UTC). */
  now(): string;
  newId(): string;
}

export const systemContext = (): ServiceContext => ({
  now: () => new Date().toISOString(),
  newId: () => randomUUID(),
});
