// Where the pack supply chain keeps what it must remember: the trusted publishers (with a log
// of who changed what, when) and the install state (per pack the highest version ever
// installed, for rollback protection; the installed versions; the feeds' last sync).
//
// For now these are two JSON files in the data folder behind the small SupplyStore interface,
// because the database layer is being restructured at the same time; the interface is what
// callers use, so it can move into the database later without touching them. Writes are atomic
// (temp file in the same folder, fsync, rename) with mode 0600, so a crash leaves either the old
// or the new file, never half of one.
import { randomBytes } from 'node:crypto';
import { chmodSync, closeSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { isoDateSchema } from '../../shared/dates/index.ts';
import { idPattern } from '../../shared/packs/format.ts';
import { keyIdPattern, packLayers, plainVersionPattern, scopePattern, sha256Pattern, type TrustedPublisher } from '../../shared/packs/manifest.ts';
import { formatIssues, parseJsonWith } from '../../shared/packs/parse.ts';

const isoDateTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);

export const publisherRecordSchema = z.strictObject({
  keyId: z.string().regex(keyIdPattern),
  publicKey: z.string().regex(/^[A-Za-z0-9+/]{43}=$/),
  name: z.string().min(1).max(200),
  scopes: z.array(z.string().regex(scopePattern)).min(1).max(50),
  addedBy: z.string().min(1).max(200),
  addedAt: isoDateTime,
});
export type PublisherRecord = z.infer<typeof publisherRecordSchema>;

export const trustChangeSchema = z.strictObject({
  at: isoDateTime,
  by: z.string().min(1).max(200),
  action: z.enum(['add', 'remove']),
  keyId: z.string().regex(keyIdPattern),
  name: z.string().max(200),
  scopes: z.array(z.string()).max(50),
});
export type TrustChange = z.infer<typeof trustChangeSchema>;

export const trustFileSchema = z.strictObject({
  trustVersion: z.literal(1),
  publishers: z.array(publisherRecordSchema).max(1000),
  changes: z.array(trustChangeSchema).max(100_000),
});
export type TrustFile = z.infer<typeof trustFileSchema>;

export const installedVersionSchema = z.strictObject({
  version: z.string().regex(plainVersionPattern),
  manifestHash: z.string().regex(sha256Pattern),
  keyId: z.string().regex(keyIdPattern),
  publisher: z.string().max(200),
  layer: z.enum(packLayers),
  published: isoDateSchema,
  expires: isoDateSchema,
  refreshDays: z.number().int().min(1),
  schemeIds: z.array(z.string()).max(10_000),
  installedAt: isoDateTime,
  /** Which feed it came from (folder path or URL), for the Regelingen screen. */
  feed: z.string().max(2000),
});
export type InstalledVersion = z.infer<typeof installedVersionSchema>;

export const packInstallRecordSchema = z.strictObject({
  /** Highest version ever installed: never goes down, also when a version folder is removed. */
  highestVersion: z.string().regex(plainVersionPattern),
  highestManifestHash: z.string().regex(sha256Pattern),
  active: z.string().regex(plainVersionPattern),
  versions: z.array(installedVersionSchema).max(10_000),
});
export type PackInstallRecord = z.infer<typeof packInstallRecordSchema>;

export const feedStateSchema = z.strictObject({
  lastAttempt: isoDateTime.optional(),
  lastSuccess: isoDateTime.optional(),
  etag: z.string().max(500).optional(),
  lastModified: z.string().max(200).optional(),
  /** The feed's stated refresh period (HTTPS index), for the freeze warning. */
  refreshDays: z.number().int().min(1).optional(),
  /** The feed's own "generated" date (HTTPS index), for the freeze warning. */
  generated: isoDateSchema.optional(),
  lastError: z.string().max(2000).optional(),
});
export type FeedState = z.infer<typeof feedStateSchema>;

export const refusalRecordSchema = z.strictObject({
  at: isoDateTime,
  feed: z.string().max(2000),
  packId: z.string().max(200).optional(),
  version: z.string().max(50).optional(),
  message: z.string().max(10_000),
});
export type RefusalRecord = z.infer<typeof refusalRecordSchema>;

export const installStateSchema = z.strictObject({
  stateVersion: z.literal(1),
  packs: z.record(z.string().regex(idPattern), packInstallRecordSchema),
  feeds: z.record(z.string(), feedStateSchema),
  /** The most recent refusals (newest last), for the Regelingen screen and the log. */
  refusals: z.array(refusalRecordSchema).max(200),
});
export type InstallState = z.infer<typeof installStateSchema>;

export const MAX_REFUSALS = 200;
export const emptyTrust = (): TrustFile => ({ trustVersion: 1, publishers: [], changes: [] });
export const emptyState = (): InstallState => ({ stateVersion: 1, packs: {}, feeds: {}, refusals: [] });

/** A stored file that exists but cannot be read: the supply chain then refuses to install. */
export class SupplyStoreError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SupplyStoreError';
  }
}

/**
 * What the supply chain needs from storage. Reads throw SupplyStoreError (Dutch) when a stored
 * file is damaged: an unreadable install state must not be taken as "nothing installed", or
 * rollback protection would be lost.
 */
export interface SupplyStore {
  readTrust(): TrustFile;
  writeTrust(next: TrustFile): void;
  readState(): InstallState;
  writeState(next: InstallState): void;
  /** The data folder; installed packs live in `<packsRoot>/<packId>/<version>/`. */
  readonly packsRoot: string;
}

export const TRUST_FILE = 'pack-trust.json';
export const STATE_FILE = 'pack-state.json';

/** A new file (never an existing one), mode 0600, on disk before this returns (fsync). */
export const writeFileDurable = (path: string, data: string | Uint8Array): void => {
  const fd = openSync(path, 'wx', 0o600);
  try {
    // Two calls because writeSync's overloads take a string or bytes, not the union.
    if (typeof data === 'string') writeSync(fd, data);
    else writeSync(fd, data);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
};

/** Atomic write: temp file next to the target, fsync, rename, mode 0600. */
export const writeFileAtomic = (path: string, text: string): void => {
  const tmp = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  writeFileDurable(tmp, text);
  try {
    chmodSync(tmp, 0o600);
    renameSync(tmp, path);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
};

const readStored = <T>(path: string, schema: z.ZodType<T>, empty: () => T, what: string): T => {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    if ((err as { code?: string }).code === 'ENOENT') return empty();
    throw new SupplyStoreError(`${what} (${path}) kan niet worden gelezen.`);
  }
  const r = parseJsonWith(schema, text, path.split(/[\\/]/).pop() ?? path);
  if (!r.ok) throw new SupplyStoreError(`${what} is beschadigd; er worden geen pakketten geïnstalleerd tot dit is hersteld.\n${formatIssues(r.issues)}`);
  return r.data;
};

/** The JSON-file store in the data folder (`pack-trust.json`, `pack-state.json`, `packs/`). */
export const jsonFileSupplyStore = (dataDir: string): SupplyStore => {
  mkdirSync(dataDir, { recursive: true });
  const trustPath = join(dataDir, TRUST_FILE);
  const statePath = join(dataDir, STATE_FILE);
  return {
    packsRoot: join(dataDir, 'packs'),
    readTrust: () => readStored(trustPath, trustFileSchema, emptyTrust, 'De lijst met vertrouwde uitgevers'),
    writeTrust: (next) => writeFileAtomic(trustPath, `${JSON.stringify(trustFileSchema.parse(next), null, 2)}\n`),
    readState: () => readStored(statePath, installStateSchema, emptyState, 'De installatiestatus van de pakketten'),
    writeState: (next) => writeFileAtomic(statePath, `${JSON.stringify(installStateSchema.parse(next), null, 2)}\n`),
  };
};

// ---------------------------------------------------------------------------------------------
// Trust administration: every change is recorded with who and when.

export type TrustResult = { ok: true; trust: TrustFile } | { ok: false; message: string };

export const trustedPublishers = (trust: TrustFile): TrustedPublisher[] =>
  trust.publishers.map(({ keyId, publicKey, name, scopes }) => ({ keyId, publicKey, name, scopes }));

export const addPublisher = (
  store: SupplyStore,
  input: { publicKey: string; keyId: string; name: string; scopes: readonly string[] },
  by: string,
  now: string,
  keyIdOf: (publicKey: string) => string,
): TrustResult => {
  if (keyIdOf(input.publicKey) !== input.keyId) return { ok: false, message: 'De sleutel-id past niet bij de publieke sleutel. Vraag de uitgever om een nieuw sleutelbestand.' };
  const bad = input.scopes.filter((s) => !scopePattern.test(s));
  if (input.scopes.length === 0) return { ok: false, message: 'Geef minstens één bereik op, zoals "regio.twente.".' };
  if (bad.length > 0) return { ok: false, message: `Ongeldig bereik: ${bad.map((s) => `"${s}"`).join(', ')}. Een bereik is een begin van een regeling-id dat eindigt op een punt, zoals "regio.twente." of "nl.".` };
  if (!by.trim()) return { ok: false, message: 'Vul in wie deze uitgever toevoegt.' };
  const trust = store.readTrust();
  if (trust.publishers.some((p) => p.keyId === input.keyId)) return { ok: false, message: 'Deze sleutel staat al in de lijst. Verwijder hem eerst om het bereik te wijzigen.' };
  const record: PublisherRecord = { keyId: input.keyId, publicKey: input.publicKey, name: input.name, scopes: [...input.scopes], addedBy: by, addedAt: now };
  const next: TrustFile = {
    ...trust,
    publishers: [...trust.publishers, record],
    changes: [...trust.changes, { at: now, by, action: 'add', keyId: input.keyId, name: input.name, scopes: [...input.scopes] }],
  };
  store.writeTrust(next);
  return { ok: true, trust: next };
};

export const removePublisher = (store: SupplyStore, keyId: string, by: string, now: string): TrustResult => {
  if (!by.trim()) return { ok: false, message: 'Vul in wie deze uitgever verwijdert.' };
  const trust = store.readTrust();
  const found = trust.publishers.find((p) => p.keyId === keyId);
  if (!found) return { ok: false, message: 'Deze sleutel staat niet in de lijst met vertrouwde uitgevers.' };
  const next: TrustFile = {
    ...trust,
    publishers: trust.publishers.filter((p) => p.keyId !== keyId),
    changes: [...trust.changes, { at: now, by, action: 'remove', keyId, name: found.name, scopes: found.scopes }],
  };
  store.writeTrust(next);
  return { ok: true, trust: next };
};

/** Adds a refusal to the state (newest last, at most MAX_REFUSALS kept). */
export const withRefusal = (state: InstallState, refusal: RefusalRecord): InstallState => ({
  ...state,
  refusals: [...state.refusals, refusal].slice(-MAX_REFUSALS),
});
