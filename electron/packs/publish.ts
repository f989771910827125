// The publisher's side: make a signed version of a pack and put it into a folder feed
// (`<feed>/<packId>/<version>/manifest.json + manifest.sig + files`). Used by the author CLI
// (`npm run pack -- sign|publish`) and by the tests that play the publisher.
import { randomBytes } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Pack } from '../../shared/packs/format.ts';
import {
  addDaysIso,
  comparePlainVersions,
  fileNameProblem,
  layerOfScopeKind,
  MANIFEST_FILE,
  MANIFEST_FORMAT_VERSION,
  PACK_FILE,
  plainVersionPattern,
  SIGNATURE_FILE,
  signatureFileText,
  type Manifest,
  type PackLayer,
} from '../../shared/packs/manifest.ts';
import { publicKeyOfPrivate, sha256Hex, signManifest } from './signing.ts';

export interface SignedVersion {
  readonly manifest: Manifest;
  readonly manifestBytes: Buffer;
  readonly signatureBytes: Buffer;
  readonly files: ReadonlyMap<string, Buffer>;
}

export interface SignOptions {
  readonly privateKeyPem: string;
  /** ISO dates; published defaults to today (UTC), expires to published + 365 days. */
  readonly published?: string;
  readonly expires?: string;
  readonly refreshDays?: number;
  /** SHA-256 of the previous version's manifest bytes, or null for the first version. */
  readonly previous: string | null;
  readonly layer?: PackLayer;
}

export const DEFAULT_VALID_DAYS = 365;
export const DEFAULT_REFRESH_DAYS = 90;

/**
 * Builds and signs the manifest for a pack (and optional extra files such as a change log).
 * The pack is stored as the exact bytes given, so what the author tested is what is signed.
 */
export const signVersion = (pack: Pack, packBytes: Buffer, extra: ReadonlyMap<string, Buffer>, options: SignOptions): SignedVersion => {
  if (!plainVersionPattern.test(pack.version)) throw new Error(`Versie "${pack.version}" kan niet worden getekend: gebruik een versienummer als 1.2.3 zonder toevoeging.`);
  for (const name of extra.keys()) {
    const why = fileNameProblem(name);
    if (why || name === PACK_FILE) throw new Error(`Bestand "${name}" kan niet mee: ${why ?? 'pack.json is het pakket zelf.'}`);
  }
  const files = new Map<string, Buffer>([[PACK_FILE, packBytes], ...extra]);
  const published = options.published ?? new Date().toISOString().slice(0, 10);
  const manifest: Manifest = {
    manifestVersion: MANIFEST_FORMAT_VERSION,
    packId: pack.id,
    version: pack.version,
    layer: options.layer ?? layerOfScopeKind(pack.scope.kind),
    published,
    expires: options.expires ?? addDaysIso(published, DEFAULT_VALID_DAYS),
    minAppVersion: pack.minAppVersion,
    refreshDays: options.refreshDays ?? DEFAULT_REFRESH_DAYS,
    files: [...files].map(([name, bytes]) => ({ name, sha256: sha256Hex(bytes), size: bytes.length })),
    previous: options.previous,
    keyId: publicKeyOfPrivate(options.privateKeyPem).keyId,
  };
  const manifestBytes = Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8');
  const signatureBytes = Buffer.from(signatureFileText(signManifest(manifestBytes, options.privateKeyPem)), 'utf8');
  return { manifest, manifestBytes, signatureBytes, files };
};

/** Writes a signed version into a folder (manifest, signature, files side by side). */
export const writeSignedVersion = (dir: string, v: SignedVersion): void => {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, MANIFEST_FILE), v.manifestBytes);
  writeFileSync(join(dir, SIGNATURE_FILE), v.signatureBytes);
  for (const [name, bytes] of v.files) writeFileSync(join(dir, name), bytes);
};

/** The versions a folder feed holds for one pack (real folders with a plain version name). */
export const feedVersions = (feedDir: string, packId: string): string[] => {
  const dir = join(feedDir, packId);
  if (!existsSync(dir) || !lstatSync(dir).isDirectory()) return [];
  return readdirSync(dir)
    .filter((n) => plainVersionPattern.test(n) && lstatSync(join(dir, n)).isDirectory())
    .sort(comparePlainVersions);
};

/** The SHA-256 of the newest manifest of a pack in a folder feed: the next version's `previous`. */
export const latestManifestHash = (feedDir: string, packId: string): { version: string; hash: string } | null => {
  const versions = feedVersions(feedDir, packId);
  const last = versions[versions.length - 1];
  if (!last) return null;
  return { version: last, hash: sha256Hex(readFileSync(join(feedDir, packId, last, MANIFEST_FILE))) };
};

/**
 * Puts a signed version into a folder feed. It is written under a `.partial` name first and
 * renamed when complete, so an app reading the share never sees half a version under its real
 * name. Refuses a version that is not newer than the newest in the feed.
 */
export const publishToFolderFeed = (feedDir: string, v: SignedVersion): string => {
  const versions = feedVersions(feedDir, v.manifest.packId);
  const newest = versions[versions.length - 1];
  if (newest && comparePlainVersions(v.manifest.version, newest) <= 0) {
    throw new Error(`De feed heeft al versie ${newest} van "${v.manifest.packId}"; verhoog "version" in het pakket tot boven ${newest}.`);
  }
  const packDir = join(feedDir, v.manifest.packId);
  mkdirSync(packDir, { recursive: true });
  const partial = join(packDir, `.${v.manifest.version}.${randomBytes(4).toString('hex')}.partial`);
  try {
    writeSignedVersion(partial, v);
    renameSync(partial, join(packDir, v.manifest.version));
  } catch (err) {
    rmSync(partial, { recursive: true, force: true });
    throw err;
  }
  return join(packDir, v.manifest.version);
};
