// A folder feed: a network share, a synced folder or a USB stick holding
// `<packId>/<version>/manifest.json + manifest.sig + files`. The common case in municipal and
// UWV offices, so it must be forgiving about what else lives there: Windows and macOS drop
// desktop.ini, Thumbs.db and .DS_Store everywhere, people leave notes, copies are half done.
// Foreign entries are ignored (and listed), never a reason to fail the feed; a version still
// being copied is left for the next sync; only a version that is complete and wrong is refused.
import { lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { idPattern } from '../../shared/packs/format.ts';
import { comparePlainVersions, MANIFEST_FILE, plainVersionPattern, SIGNATURE_FILE } from '../../shared/packs/manifest.ts';
import { chainIndex, installVersion, type SupplyContext } from './install.ts';
import type { Refusal } from './verify.ts';
import { folderSource } from './verify.ts';

export interface FeedVersion {
  readonly packId: string;
  readonly version: string;
  readonly dir: string;
}

export interface IgnoredEntry {
  readonly path: string;
  readonly reason: string;
}

export interface FolderScan {
  readonly versions: FeedVersion[];
  readonly ignored: IgnoredEntry[];
}

const JUNK = new Set(['desktop.ini', 'thumbs.db', '.ds_store', 'ehthumbs.db', 'icon\r']);
const junkReason = (name: string): string | null => {
  const lower = name.toLowerCase();
  if (JUNK.has(lower)) return 'systeembestand van Windows of macOS';
  if (lower.endsWith('.tmp') || lower.endsWith('.partial') || lower.endsWith('.crdownload') || lower.startsWith('~$')) return 'half gekopieerd of tijdelijk bestand';
  if (name.startsWith('.')) return 'verborgen bestand of map';
  return null;
};

const kind = (path: string): 'dir' | 'file' | 'link' | 'other' | 'gone' => {
  try {
    const st = lstatSync(path);
    return st.isSymbolicLink() ? 'link' : st.isDirectory() ? 'dir' : st.isFile() ? 'file' : 'other';
  } catch {
    return 'gone';
  }
};

const list = (dir: string): string[] => {
  try {
    return readdirSync(dir).sort();
  } catch {
    return [];
  }
};

/** What the feed folder offers, and what in it was ignored (with the reason, for the log). */
export const scanFolderFeed = (root: string): FolderScan => {
  const versions: FeedVersion[] = [];
  const ignored: IgnoredEntry[] = [];
  const skip = (path: string, reason: string) => ignored.push({ path, reason });
  for (const name of list(root)) {
    const path = join(root, name);
    const junk = junkReason(name);
    if (junk) {
      skip(path, junk);
      continue;
    }
    const k = kind(path);
    if (k === 'link') skip(path, 'snelkoppeling (symlink): wordt niet gevolgd');
    else if (k !== 'dir') skip(path, 'geen map van een pakket');
    else if (!idPattern.test(name)) skip(path, 'mapnaam is geen pakket-id');
    else {
      for (const v of list(path)) {
        const vpath = join(path, v);
        const vjunk = junkReason(v);
        if (vjunk) skip(vpath, vjunk);
        else if (kind(vpath) === 'link') skip(vpath, 'snelkoppeling (symlink): wordt niet gevolgd');
        else if (kind(vpath) !== 'dir') skip(vpath, 'geen versiemap');
        else if (!plainVersionPattern.test(v)) skip(vpath, 'mapnaam is geen versienummer als 1.2.3');
        else versions.push({ packId: name, version: v, dir: vpath });
      }
    }
  }
  versions.sort((a, b) => (a.packId < b.packId ? -1 : a.packId > b.packId ? 1 : comparePlainVersions(a.version, b.version)));
  return { versions, ignored };
};

/**
 * Is every file this version names present at full size? Not a security check (the real one
 * follows); it only tells "still being copied, try later" apart from "wrong, refuse". Reads the
 * manifest without trusting it: a lie here only makes a version wait or go to verification.
 */
export const pendingReason = (dir: string): string | null => {
  for (const f of [MANIFEST_FILE, SIGNATURE_FILE]) if (kind(join(dir, f)) === 'gone') return `${f} ontbreekt nog (wordt de versie nog gekopieerd?)`;
  let names: Array<{ name: string; size: number }> = [];
  try {
    const m = JSON.parse(readFileSync(join(dir, MANIFEST_FILE), 'utf8')) as { files?: unknown };
    if (Array.isArray(m.files)) names = m.files.filter((f): f is { name: string; size: number } => typeof f?.name === 'string' && typeof f?.size === 'number');
  } catch {
    return null; // a manifest that does not parse is for verification to refuse
  }
  for (const f of names) {
    if (f.name.includes('/') || f.name.includes('\\') || f.name.includes('..')) continue; // refused in verification
    const p = join(dir, f.name);
    if (kind(p) === 'gone') return `${f.name} ontbreekt nog (wordt de versie nog gekopieerd?)`;
    try {
      if (kind(p) === 'file' && statSync(p).size < f.size) return `${f.name} is nog niet helemaal gekopieerd`;
    } catch {
      // verification reports it
    }
  }
  return null;
};

export interface FeedSyncResult {
  readonly feed: string;
  /** False when the folder cannot be read (USB stick out, share offline): nothing changed. */
  readonly reachable: boolean;
  readonly message?: string;
  readonly installed: Array<{ packId: string; version: string; replaced: string | null }>;
  readonly refused: Refusal[];
  readonly pending: Array<{ packId: string; version: string; reason: string }>;
  readonly ignored: IgnoredEntry[];
}

/**
 * Installs every new version the folder offers, oldest first (so earlier versions are kept for
 * recomputing). A refused version changes nothing and does not stop the others.
 */
export const syncFolderFeed = async (root: string, ctx: SupplyContext): Promise<FeedSyncResult> => {
  const feed = root;
  const base = { feed, installed: [], refused: [], pending: [], ignored: [] };
  let reachable: boolean;
  try {
    reachable = statSync(root).isDirectory();
  } catch {
    reachable = false;
  }
  if (!reachable) {
    const message = `De feedmap ${root} is niet bereikbaar; de geïnstalleerde pakketten blijven in gebruik.`;
    noteFeed(ctx, feed, { lastError: message });
    return { ...base, reachable: false, message };
  }
  const scan = scanFolderFeed(root);
  const state = ctx.store.readState();
  const shipped = new Map((ctx.shipped ?? []).map((p) => [p.id, p.version]));
  const result: FeedSyncResult = { ...base, reachable: true, ignored: scan.ignored, installed: [], refused: [], pending: [] };
  const byPack = new Map<string, FeedVersion[]>();
  for (const v of scan.versions) byPack.set(v.packId, [...(byPack.get(v.packId) ?? []), v]);
  for (const [packId, versions] of byPack) {
    const chain = await chainIndex(versions.map((v) => folderSource(v.dir)), ctx);
    for (const v of versions) {
      const highest = ctx.store.readState().packs[packId]?.highestVersion ?? state.packs[packId]?.highestVersion;
      if (highest && comparePlainVersions(v.version, highest) <= 0) continue;
      const floor = shipped.get(packId);
      if (floor && plainVersionPattern.test(floor) && comparePlainVersions(v.version, floor) <= 0) continue;
      const wait = pendingReason(v.dir);
      if (wait) {
        result.pending.push({ packId, version: v.version, reason: wait });
        continue;
      }
      const r = await installVersion(folderSource(v.dir), ctx, { feed, chainLookup: chain });
      if (r.status === 'installed') result.installed.push({ packId: r.packId, version: r.version, replaced: r.replaced });
      else if (r.status === 'refused') result.refused.push(r.refusal);
    }
  }
  noteFeed(ctx, feed, { lastSuccess: ctx.now() });
  return result;
};

const noteFeed = (ctx: SupplyContext, feed: string, patch: { lastSuccess?: string; lastError?: string }): void => {
  try {
    const state = ctx.store.readState();
    const prev = state.feeds[feed] ?? {};
    const next = { ...prev, lastAttempt: ctx.now(), ...patch };
    if (patch.lastSuccess) delete next.lastError;
    ctx.store.writeState({ ...state, feeds: { ...state.feeds, [feed]: next } });
  } catch {
    // A damaged state is reported by the installs themselves.
  }
};
