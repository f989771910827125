// The signed manifest of one pack version (issue 9). A publisher signs this small file, not the
// pack itself: it names every file of the version with its SHA-256 and size, so one signature
// check plus one hash per file proves the whole version. Ideas taken from TUF and minisign:
// - `expires`: a signed statement goes stale, so a captured old version cannot be served forever;
// - `previous`: the hash of the manifest this version follows, so versions form a chain;
// - `refreshDays`: the publisher's promise to publish (or re-sign) within that many days, so an
//   app can flag a feed that is frozen on an old version;
// - the version only ever goes up (rollback protection lives in the app's install state).
// Pure: hashing and signature checks are done by the caller (electron/packs/), which has crypto.
import { z } from 'zod';
import { isoDateSchema } from '../dates/index.ts';
import { idPattern } from './format.ts';

export const MANIFEST_FORMAT_VERSION = 1;
export const MANIFEST_FILE = 'manifest.json';
export const SIGNATURE_FILE = 'manifest.sig';
/** The pack itself; every version holds exactly one. */
export const PACK_FILE = 'pack.json';

/**
 * Only plain versions (1.2.3): a pre-release tag has no agreed order with its release, and an
 * order that two apps could read differently would weaken rollback protection.
 */
export const plainVersionPattern = /^(0|[1-9]\d{0,5})\.(0|[1-9]\d{0,5})\.(0|[1-9]\d{0,5})$/;
export const keyIdPattern = /^[0-9a-f]{16}$/;
export const sha256Pattern = /^[0-9a-f]{64}$/;

/** national < sector < regional: the order packs are listed and layered in. */
export const packLayers = ['national', 'sector', 'regional'] as const;
export type PackLayer = (typeof packLayers)[number];
export const layerRank: Readonly<Record<PackLayer, number>> = { national: 0, sector: 1, regional: 2 };
export const layerNl: Readonly<Record<PackLayer, string>> = { national: 'landelijk', sector: 'sector', regional: 'regionaal' };

/** The layer a pack's own `scope.kind` belongs to: the manifest must say the same. */
export const layerOfScopeKind = (kind: 'national' | 'sector' | 'region'): PackLayer => (kind === 'region' ? 'regional' : kind);

const MAX_NAME = 100;
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i;

/**
 * Why a file name is not a plain name, or null when it is. A file name in a manifest becomes a
 * path on the adviser's disk, so only names that cannot leave their folder on any system pass:
 * no separators (/ or \), no `..`, no drive letters, no leading dot, no control characters,
 * nothing Windows treats as a device.
 */
export const fileNameProblem = (name: string): string | null => {
  if (name.length === 0) return 'De bestandsnaam is leeg.';
  if (name.length > MAX_NAME) return `De bestandsnaam is langer dan ${MAX_NAME} tekens.`;
  if (name.includes('/') || name.includes('\\')) return 'Een bestandsnaam mag geen map bevatten (geen / of \\).';
  if (name.includes('..')) return 'Een bestandsnaam mag geen ".." bevatten.';
  if (/^[A-Za-z]:/.test(name)) return 'Een bestandsnaam mag geen stationsletter hebben.';
  if (name.startsWith('.')) return 'Een bestandsnaam mag niet met een punt beginnen.';
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name)) return 'Een bestandsnaam bestaat alleen uit letters, cijfers, punt, streepje en liggend streepje.';
  if (WINDOWS_RESERVED.test(name)) return `"${name}" is op Windows gereserveerd.`;
  if (name === MANIFEST_FILE || name === SIGNATURE_FILE) return `"${name}" is de naam van het manifest zelf.`;
  return null;
};

const plainFileName = z.string().superRefine((name, ctx) => {
  const why = fileNameProblem(name);
  if (why) ctx.addIssue({ code: 'custom', message: why, input: name, params: { expected: 'een gewone bestandsnaam zoals pack.json' } });
});

export const manifestFileSchema = z.strictObject({
  name: plainFileName,
  sha256: z.string().regex(sha256Pattern, { message: 'Verwacht een SHA-256 als 64 kleine hexadecimale tekens.' }),
  size: z.number().int().min(0).max(50 * 1024 * 1024),
});
export type ManifestFile = z.infer<typeof manifestFileSchema>;

export const manifestSchema = z
  .strictObject({
    manifestVersion: z.literal(MANIFEST_FORMAT_VERSION),
    packId: z.string().regex(idPattern),
    version: z.string().regex(plainVersionPattern, { message: 'Verwacht een versienummer als 1.2.3 (zonder toevoeging).' }),
    layer: z.enum(packLayers),
    published: isoDateSchema,
    expires: isoDateSchema,
    minAppVersion: z.string().regex(plainVersionPattern, { message: 'Verwacht een versienummer als 1.2.3 (zonder toevoeging).' }),
    refreshDays: z.number().int().min(1).max(3660),
    files: z.array(manifestFileSchema).min(1).max(100),
    /** SHA-256 of the previous version's manifest.json bytes; null for the first version. */
    previous: z.string().regex(sha256Pattern, { message: 'Verwacht een SHA-256 als 64 kleine hexadecimale tekens, of null.' }).nullable(),
    keyId: z.string().regex(keyIdPattern, { message: 'Verwacht een sleutel-id van 16 kleine hexadecimale tekens.' }),
  })
  .superRefine((m, ctx) => {
    if (m.expires <= m.published) {
      ctx.addIssue({ code: 'custom', path: ['expires'], message: `De vervaldatum (${m.expires}) moet na de publicatiedatum (${m.published}) liggen.`, input: m.expires, params: { expected: `een datum na ${m.published}` } });
    }
    // Case-insensitive: on Windows and macOS Pack.json and pack.json are the same file.
    const seen = new Set<string>();
    m.files.forEach((f, i) => {
      const key = f.name.toLowerCase();
      if (seen.has(key)) ctx.addIssue({ code: 'custom', path: ['files', i, 'name'], message: `Bestand "${f.name}" staat twee keer in het manifest.`, input: f.name, params: { expected: 'elke bestandsnaam één keer' } });
      seen.add(key);
    });
    if (!m.files.some((f) => f.name === PACK_FILE)) {
      ctx.addIssue({ code: 'custom', path: ['files'], message: `Het manifest noemt geen ${PACK_FILE}.`, input: m.files.map((f) => f.name), params: { expected: `een bestand "${PACK_FILE}"` } });
    }
  });
export type Manifest = z.infer<typeof manifestSchema>;

/** manifest.sig: which key signed, and the Ed25519 signature over the manifest bytes. */
export const signatureFileSchema = z.strictObject({
  signatureVersion: z.literal(1),
  algorithm: z.literal('ed25519'),
  keyId: z.string().regex(keyIdPattern, { message: 'Verwacht een sleutel-id van 16 kleine hexadecimale tekens.' }),
  /** base64 of the 64-byte signature. */
  signature: z.string().regex(/^[A-Za-z0-9+/]{86}==$/, { message: 'Verwacht een handtekening van 64 bytes in base64.' }),
});
export type SignatureFile = z.infer<typeof signatureFileSchema>;

/**
 * manifest.sig exactly as the tools write it. The app accepts only these bytes for a parsed
 * signature file, so the file has one form: a copy that differs in any byte is refused rather
 * than quietly accepted as "the same signature written differently".
 */
export const signatureFileText = (sig: SignatureFile): string =>
  `${JSON.stringify({ signatureVersion: sig.signatureVersion, algorithm: sig.algorithm, keyId: sig.keyId, signature: sig.signature }, null, 2)}\n`;

/** A publisher's public key file, as handed to an administrator. */
export const publicKeyFileSchema = z.strictObject({
  keyVersion: z.literal(1),
  algorithm: z.literal('ed25519'),
  keyId: z.string().regex(keyIdPattern, { message: 'Verwacht een sleutel-id van 16 kleine hexadecimale tekens.' }),
  /** base64 of the 32 raw public-key bytes. */
  publicKey: z.string().regex(/^[A-Za-z0-9+/]{43}=$/, { message: 'Verwacht een publieke sleutel van 32 bytes in base64.' }),
  name: z.string().trim().min(1).max(200),
});
export type PublicKeyFile = z.infer<typeof publicKeyFileSchema>;

/**
 * Signed bytes are prefixed with a context string, so a signature over a manifest can never be
 * replayed as a signature over anything else this key might sign later (minisign does the same
 * with its trusted comment).
 */
export const SIGNING_CONTEXT = 'arrangeur-pack-manifest-v1\n';

/** 0123456789abcdef → "0123 4567 89AB CDEF": four groups to read aloud on the phone. */
export const groupKeyId = (keyId: string): string => (keyId.toUpperCase().match(/.{1,4}/g) ?? []).join(' ');

/** Compares plain versions 1.2.3 numerically: -1, 0 or 1. */
export const comparePlainVersions = (a: string, b: string): number => {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  return 0;
};

/** ISO date plus whole days (UTC), for expiry and refresh periods. */
export const addDaysIso = (iso: string, days: number): string => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

// ---------------------------------------------------------------------------------------------
// Trust with scope (pure part): a trusted publisher may publish only ids under its prefixes.

export interface TrustedPublisher {
  readonly keyId: string;
  /** base64 of the 32 raw Ed25519 public-key bytes. */
  readonly publicKey: string;
  readonly name: string;
  /** Scheme id prefixes this key may publish, each ending in a dot: "regio.twente.", "nl.". */
  readonly scopes: readonly string[];
}

export const scopePattern = /^[a-z0-9]+(?:[.-][a-z0-9]+)*\.$/;

/** An id is in scope when it starts with one of the prefixes ("regio.twente." covers "regio.twente.x"). */
export const idInScope = (id: string, scopes: readonly string[]): boolean => scopes.some((p) => id.startsWith(p));

/**
 * A pack id counts as in scope when `<packId>.` is: a key for "sector.oom." may publish pack
 * "sector.oom" but not pack "sector", which would replace every other sector fund's schemes.
 */
export const packIdInScope = (packId: string, scopes: readonly string[]): boolean => idInScope(`${packId}.`, scopes);
