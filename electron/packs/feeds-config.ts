// Where this installation looks for new pack versions: folder feeds (a network share, a synced
// folder, a USB stick) and HTTPS feeds. Kept beside the trust list and the install state in the
// data folder (pack-feeds.json), not in the dossier database, for the same reasons: it is about
// the machine, not about clients, and an IT department can place the file when it rolls out
// Arrangeur. Who changed the feeds, and when, is kept in the file.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { formatIssues, parseJsonWith } from '../../shared/packs/parse.ts';
import { SupplyStoreError, writeFileAtomic, type SupplyStore } from './supply-store.ts';

export const FEEDS_FILE = 'pack-feeds.json';

export const feedsFileSchema = z.strictObject({
  feedsVersion: z.literal(1),
  folders: z.array(z.string().min(1).max(1000)).max(10),
  urls: z.array(z.strictObject({ url: z.string().min(1).max(2000), caPem: z.string().max(20_000).optional() })).max(10),
  changes: z.array(z.strictObject({ at: z.string(), by: z.string().max(200), folders: z.array(z.string()), urls: z.array(z.string()) })).max(10_000),
});
export type FeedsFile = z.infer<typeof feedsFileSchema>;

export const emptyFeeds = (): FeedsFile => ({ feedsVersion: 1, folders: [], urls: [], changes: [] });

/** pack-feeds.json lives in the data folder, next to pack-state.json. */
export const feedsPath = (store: SupplyStore): string => join(dirname(store.packsRoot), FEEDS_FILE);

export const readFeeds = (store: SupplyStore): FeedsFile => {
  const path = feedsPath(store);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    if ((err as { code?: string }).code === 'ENOENT') return emptyFeeds();
    throw new SupplyStoreError(`De lijst met feeds (${FEEDS_FILE}) kan niet worden gelezen.`);
  }
  const r = parseJsonWith(feedsFileSchema, text, FEEDS_FILE);
  if (!r.ok) throw new SupplyStoreError(`De lijst met feeds (${FEEDS_FILE}) is beschadigd.\n${formatIssues(r.issues)}`);
  return r.data;
};

export const writeFeeds = (store: SupplyStore, next: FeedsFile): void => writeFileAtomic(feedsPath(store), `${JSON.stringify(feedsFileSchema.parse(next), null, 2)}\n`);
