// Verifies one signed pack version, wherever it comes from (a folder feed, an HTTPS feed, an
// installed copy). The order matters: the signature is checked on the raw manifest bytes before
// the manifest is even parsed, every file is hashed before the pack is parsed, and nothing is
// written here at all, so a refused version can never be half installed. Every refusal is one
// Dutch sentence plus the problems (file, JSON path, message) it is made of.
import { lstatSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PackLoadProblem } from '../../shared/contract/packs.ts';
import { APP_VERSION, compareVersions } from '../../shared/app-version.ts';
import { formatDateNl } from '../../shared/dates/index.ts';
import type { Pack } from '../../shared/packs/format.ts';
import {
  comparePlainVersions,
  groupKeyId,
  idInScope,
  layerNl,
  layerOfScopeKind,
  manifestSchema,
  MANIFEST_FILE,
  PACK_FILE,
  packIdInScope,
  SIGNATURE_FILE,
  signatureFileSchema,
  signatureFileText,
  type Manifest,
  type TrustedPublisher,
} from '../../shared/packs/manifest.ts';
import { parseJsonWith, parsePack, type FileIssue } from '../../shared/packs/parse.ts';
import { runPackTests } from '../../shared/matcher/pack-tests.ts';
import { sha256Hex, verifyManifestSignature } from './signing.ts';

export const MAX_FILE_BYTES = 5 * 1024 * 1024;
export const MAX_MANIFEST_BYTES = 256 * 1024;
export const MAX_SIGNATURE_BYTES = 4 * 1024;

/** Why a source could not hand over a file: read before any verification is trusted. */
export class SourceError extends Error {
  constructor(readonly file: string, message: string) {
    super(message);
    this.name = 'SourceError';
  }
}

/**
 * Where a version's bytes come from. Each read enforces its size limit *before* reading the
 * whole file (stat first on disk, a running count on the network), so a 100 MB file is refused
 * without being held in memory.
 */
/**
 * The source could not deliver right now (network down, timeout, server error): not a verdict
 * on the version, so it is not recorded as a refusal and is tried again on the next sync.
 */
export class SourceUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SourceUnavailableError';
  }
}

export interface VersionSource {
  /** For messages: a folder path or URL. */
  readonly label: string;
  readManifest(maxBytes: number): Promise<Buffer>;
  readSignature(maxBytes: number): Promise<Buffer>;
  /** `expectedSize` comes from the signed manifest; a source may refuse early when it differs. */
  readFile(name: string, expectedSize: number, maxBytes: number): Promise<Buffer>;
}

export interface VerifiedVersion {
  readonly manifest: Manifest;
  readonly manifestBytes: Buffer;
  readonly manifestHash: string;
  readonly signatureBytes: Buffer;
  /** Exactly the files the manifest names, verified. */
  readonly files: ReadonlyMap<string, Buffer>;
  readonly pack: Pack;
  readonly publisher: TrustedPublisher;
}

export interface Refusal {
  readonly source: string;
  readonly packId?: string;
  readonly version?: string;
  /** One Dutch sentence: why the version as a whole is refused. */
  readonly message: string;
  readonly problems: PackLoadProblem[];
}

export type VerifyOutcome =
  | { readonly status: 'verified'; readonly verified: VerifiedVersion }
  | { readonly status: 'already-installed'; readonly packId: string; readonly version: string }
  | { readonly status: 'refused'; readonly refusal: Refusal };

export interface VerifyContext {
  readonly publishers: readonly TrustedPublisher[];
  /** ISO date of today, for expiry. */
  readonly today: string;
  readonly appVersion?: string;
  /** What this app installed of this pack before (rollback protection and the chain). */
  readonly installed?: { readonly highestVersion: string; readonly highestManifestHash: string };
  /** A shipped pack with this id: a signed version must be newer than it. */
  readonly shippedVersion?: string;
  /** Finds a (signed, verified) manifest of the same feed by its hash, to follow the chain. */
  readonly chainLookup?: (hash: string) => Promise<Manifest | undefined>;
  /** Run the pack's own scheme tests (default true). */
  readonly runTests?: boolean;
  /**
   * 'install' (default) applies every check; 'reload' re-checks an installed copy at start:
   * signature, scope and hashes, but not rollback, expiry or tests (those held at install; an
   * expiry reached since is reported by the caller, not a reason to drop money silently).
   */
  readonly purpose?: 'install' | 'reload';
  readonly maxFileBytes?: number;
}

const issueProblems = (issues: readonly FileIssue[]): PackLoadProblem[] =>
  issues.map((i) => {
    const where = i.line !== undefined ? ` (regel ${i.line}${i.column !== undefined ? `, kolom ${i.column}` : ''})` : '';
    return { file: i.file, path: i.path, message: `${i.message}${where} Gevonden: ${i.found}; verwacht: ${i.expected}.` };
  });

/** Reads a version from a folder: only regular files (no symlinks), size checked before reading. */
export const folderSource = (dir: string): VersionSource => {
  const read = (name: string, maxBytes: number, expectedSize?: number): Buffer => {
    const path = join(dir, name);
    let st;
    try {
      st = lstatSync(path);
    } catch {
      throw new SourceError(name, `Bestand "${name}" ontbreekt.`);
    }
    if (st.isSymbolicLink()) throw new SourceError(name, `"${name}" is een snelkoppeling (symlink); die worden niet gevolgd.`);
    if (!st.isFile()) throw new SourceError(name, `"${name}" is geen gewoon bestand.`);
    if (st.size > maxBytes) throw new SourceError(name, `"${name}" is ${st.size} bytes; de grens is ${maxBytes} bytes.`);
    if (expectedSize !== undefined && st.size !== expectedSize) throw new SourceError(name, `"${name}" is ${st.size} bytes; het manifest zegt ${expectedSize}. Het bestand is veranderd of niet helemaal gekopieerd.`);
    const bytes = readFileSync(path);
    // The file may grow between stat and read (still being copied): check what was read.
    if (bytes.length > maxBytes) throw new SourceError(name, `"${name}" is groter dan ${maxBytes} bytes.`);
    return bytes;
  };
  return {
    label: dir,
    readManifest: async (max) => read(MANIFEST_FILE, max),
    readSignature: async (max) => read(SIGNATURE_FILE, max),
    readFile: async (name, expectedSize, max) => read(name, max, expectedSize),
  };
};

/** A version already in memory (downloaded, or imported by hand), with the same limits. */
export const memorySource = (label: string, parts: { manifest: Buffer; signature: Buffer; files: ReadonlyMap<string, Buffer> }): VersionSource => {
  const limit = (name: string, bytes: Buffer | undefined, maxBytes: number): Buffer => {
    if (!bytes) throw new SourceError(name, `Bestand "${name}" ontbreekt.`);
    if (bytes.length > maxBytes) throw new SourceError(name, `"${name}" is ${bytes.length} bytes; de grens is ${maxBytes} bytes.`);
    return bytes;
  };
  return {
    label,
    readManifest: async (max) => limit(MANIFEST_FILE, parts.manifest, max),
    readSignature: async (max) => limit(SIGNATURE_FILE, parts.signature, max),
    readFile: async (name, _expectedSize, max) => limit(name, parts.files.get(name), max),
  };
};

const MAX_CHAIN_STEPS = 10_000;

export const verifyVersion = async (source: VersionSource, ctx: VerifyContext): Promise<VerifyOutcome> => {
  const purpose = ctx.purpose ?? 'install';
  const maxFile = ctx.maxFileBytes ?? MAX_FILE_BYTES;
  let packId: string | undefined;
  let version: string | undefined;
  const refuse = (message: string, problems: PackLoadProblem[] = []): VerifyOutcome => ({
    status: 'refused',
    refusal: { source: source.label, ...(packId ? { packId } : {}), ...(version ? { version } : {}), message, problems },
  });

  try {
    // 1. Signature file, and a key we trust.
    const sigBytes = await source.readSignature(MAX_SIGNATURE_BYTES);
    const sig = parseJsonWith(signatureFileSchema, sigBytes.toString('utf8'), SIGNATURE_FILE);
    if (!sig.ok) return refuse('De handtekening (manifest.sig) is onleesbaar.', issueProblems(sig.issues));
    if (!sigBytes.equals(Buffer.from(signatureFileText(sig.data), 'utf8'))) {
      return refuse('De handtekening (manifest.sig) is veranderd: het bestand heeft niet de vorm die "npm run pack" schrijft.', [{ file: SIGNATURE_FILE, path: '', message: 'Het bestand wijkt af van de vaste vorm van een handtekening.' }]);
    }
    const publisher = ctx.publishers.find((p) => p.keyId === sig.data.keyId);
    if (!publisher) {
      return refuse(`Getekend met een onbekende sleutel (${groupKeyId(sig.data.keyId)}). Alleen uitgevers die de beheerder heeft toegevoegd worden vertrouwd.`, [
        { file: SIGNATURE_FILE, path: '$.keyId', message: `Sleutel ${groupKeyId(sig.data.keyId)} staat niet in de lijst met vertrouwde uitgevers.` },
      ]);
    }

    // 2. The signature over the raw manifest bytes, before they are parsed.
    const manifestBytes = await source.readManifest(MAX_MANIFEST_BYTES);
    if (!verifyManifestSignature(manifestBytes, sig.data, publisher.publicKey)) {
      return refuse(`De handtekening klopt niet: het manifest is veranderd na het tekenen, of niet getekend met de sleutel van ${publisher.name}.`, [
        { file: MANIFEST_FILE, path: '', message: 'De handtekening in manifest.sig past niet bij dit manifest.' },
      ]);
    }
    const manifestHash = sha256Hex(manifestBytes);
    const parsed = parseJsonWith(manifestSchema, manifestBytes.toString('utf8'), MANIFEST_FILE);
    if (!parsed.ok) return refuse('Het manifest is getekend maar ongeldig.', issueProblems(parsed.issues));
    const m = parsed.data;
    packId = m.packId;
    version = m.version;
    if (m.keyId !== sig.data.keyId) {
      return refuse('Het manifest noemt een andere sleutel dan de handtekening.', [{ file: MANIFEST_FILE, path: '$.keyId', message: `Het manifest noemt ${groupKeyId(m.keyId)}, de handtekening ${groupKeyId(sig.data.keyId)}.` }]);
    }

    // 3. Scope: the key may publish this pack id at all.
    if (!packIdInScope(m.packId, publisher.scopes)) {
      return refuse(`${publisher.name} mag pakket "${m.packId}" niet uitgeven; het bereik van deze sleutel is ${publisher.scopes.join(', ')}.`, [
        { file: MANIFEST_FILE, path: '$.packId', message: `"${m.packId}" valt buiten het bereik ${publisher.scopes.join(', ')}.` },
      ]);
    }

    // 4. Expiry, app version, rollback and the chain (install only).
    if (purpose === 'install') {
      if (m.expires < ctx.today) {
        return refuse(`Deze versie is verlopen op ${formatDateNl(m.expires)}. Vraag de uitgever om een nieuwe versie.`, [{ file: MANIFEST_FILE, path: '$.expires', message: `Verlopen op ${formatDateNl(m.expires)}.` }]);
      }
      const app = ctx.appVersion ?? APP_VERSION;
      if (compareVersions(m.minAppVersion, app) > 0) {
        return refuse(`Deze versie vraagt Arrangeur ${m.minAppVersion} of nieuwer; dit is versie ${app}. Werk Arrangeur bij.`, [{ file: MANIFEST_FILE, path: '$.minAppVersion', message: `Verwacht ${app} of lager.` }]);
      }
      if (ctx.shippedVersion !== undefined && compareVersions(m.version, ctx.shippedVersion) <= 0) {
        return refuse(`Versie ${m.version} is niet nieuwer dan de meegeleverde versie ${ctx.shippedVersion}.`, [{ file: MANIFEST_FILE, path: '$.version', message: `Verwacht een versie hoger dan ${ctx.shippedVersion}.` }]);
      }
      const inst = ctx.installed;
      if (inst) {
        const cmp = comparePlainVersions(m.version, inst.highestVersion);
        if (cmp === 0 && manifestHash === inst.highestManifestHash) return { status: 'already-installed', packId: m.packId, version: m.version };
        if (cmp < 0) {
          return refuse(`Versie ${m.version} is ouder dan de al geïnstalleerde versie ${inst.highestVersion}. Een oudere versie wordt nooit opnieuw geïnstalleerd.`, [{ file: MANIFEST_FILE, path: '$.version', message: `Verwacht een versie hoger dan ${inst.highestVersion}.` }]);
        }
        if (cmp === 0) {
          return refuse(`Er is al een andere versie ${m.version} van dit pakket geïnstalleerd. Een versienummer wordt nooit hergebruikt.`, [{ file: MANIFEST_FILE, path: '$.version', message: `Verwacht een versie hoger dan ${inst.highestVersion}.` }]);
        }
        const chain = await followChain(m, inst.highestManifestHash, inst.highestVersion, ctx.chainLookup);
        if (chain) return refuse(chain, [{ file: MANIFEST_FILE, path: '$.previous', message: chain }]);
      }
    }

    // 5. Every file: exact size, SHA-256.
    const files = new Map<string, Buffer>();
    for (const f of m.files) {
      const bytes = await source.readFile(f.name, f.size, maxFile);
      if (bytes.length !== f.size || sha256Hex(bytes) !== f.sha256) {
        return refuse(`Bestand "${f.name}" is veranderd of beschadigd: het past niet bij het getekende manifest.`, [{ file: f.name, path: '', message: 'De SHA-256 of de grootte wijkt af van het manifest.' }]);
      }
      files.set(f.name, bytes);
    }

    // 6. The pack itself, and that it says what the manifest says.
    const pp = parsePack(files.get(PACK_FILE)!.toString('utf8'), PACK_FILE, { appVersion: ctx.appVersion ?? APP_VERSION });
    if (!pp.ok) return refuse('Het pakket in deze versie is ongeldig.', issueProblems(pp.issues));
    const pack = pp.pack;
    const mismatch: PackLoadProblem[] = [];
    if (pack.id !== m.packId) mismatch.push({ file: PACK_FILE, path: '$.id', message: `Het pakket heet "${pack.id}", het manifest zegt "${m.packId}".` });
    if (pack.version !== m.version) mismatch.push({ file: PACK_FILE, path: '$.version', message: `Het pakket heeft versie ${pack.version}, het manifest zegt ${m.version}.` });
    if (pack.minAppVersion !== m.minAppVersion) mismatch.push({ file: PACK_FILE, path: '$.minAppVersion', message: `Het pakket vraagt ${pack.minAppVersion}, het manifest zegt ${m.minAppVersion}.` });
    const layer = layerOfScopeKind(pack.scope.kind);
    if (layer !== m.layer) mismatch.push({ file: PACK_FILE, path: '$.scope.kind', message: `Het pakket is ${layerNl[layer]}, het manifest zegt ${layerNl[m.layer]}.` });
    if (mismatch.length > 0) return refuse('Het pakket en het manifest spreken elkaar tegen.', mismatch);
    const outside = pack.schemes.map((s, i) => ({ id: s.id, i })).filter((s) => !idInScope(s.id, publisher.scopes));
    if (outside.length > 0) {
      return refuse(`${publisher.name} mag ${outside.length === 1 ? `regeling "${outside[0]!.id}"` : `de regelingen ${outside.map((s) => `"${s.id}"`).join(', ')}`} niet uitgeven; het bereik van deze sleutel is ${publisher.scopes.join(', ')}. Het hele pakket wordt geweigerd.`,
        outside.map((s) => ({ file: PACK_FILE, path: `$.schemes[${s.i}].id`, message: `"${s.id}" valt buiten het bereik ${publisher.scopes.join(', ')}.` })));
    }

    // 7. The pack's own scheme tests.
    if (purpose === 'install' && ctx.runTests !== false) {
      const failed = runPackTests(pack).filter((t) => !t.passed);
      if (failed.length > 0) {
        return refuse(`${failed.length === 1 ? 'Een test' : `${failed.length} tests`} van het pakket ${failed.length === 1 ? 'slaagt' : 'slagen'} niet; het pakket wordt niet geïnstalleerd.`,
          failed.map((t) => ({ file: PACK_FILE, path: '$.tests', message: `Test "${t.name}": ${t.failures.join(' ')}` })));
      }
    }

    return { status: 'verified', verified: { manifest: m, manifestBytes, manifestHash, signatureBytes: sigBytes, files, pack, publisher } };
  } catch (err) {
    if (err instanceof SourceUnavailableError) throw err;
    if (err instanceof SourceError) return refuse(err.message, [{ file: err.file, path: '', message: err.message }]);
    const detail = err instanceof Error ? err.message : String(err);
    return refuse(`Deze versie kon niet worden gelezen (${detail.slice(0, 200)}).`);
  }
};

/**
 * The new manifest must descend from the installed one: its `previous` is the installed
 * manifest's hash, or that of a manifest in the same feed that (in turn) descends from it.
 * Returns a Dutch reason when the chain does not reach, or null when it does.
 */
const followChain = async (m: Manifest, installedHash: string, installedVersion: string, lookup: VerifyContext['chainLookup']): Promise<string | null> => {
  let prev = m.previous;
  for (let steps = 0; steps < MAX_CHAIN_STEPS; steps++) {
    if (prev === null) return `De keten van versies is onderbroken: versie ${m.version} noemt geen vorige versie, maar ${installedVersion} is al geïnstalleerd.`;
    if (prev === installedHash) return null;
    const link = lookup ? await lookup(prev) : undefined;
    if (!link || link.packId !== m.packId || comparePlainVersions(link.version, installedVersion) <= 0) {
      return `De keten van versies is onderbroken: versie ${m.version} volgt niet op de geïnstalleerde versie ${installedVersion}, en de tussenliggende versies staan niet (ongeschonden) in de feed.`;
    }
    prev = link.previous;
  }
  return 'De keten van versies is te lang.';
};
