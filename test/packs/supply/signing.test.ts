// Step 1 of issue 9: the manifest format and Ed25519 signing with Node's own crypto.
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fileNameProblem, groupKeyId, manifestSchema, type Manifest } from '../../../shared/packs/manifest.ts';
import { parseJsonWith } from '../../../shared/packs/parse.ts';
import { generateKey, keyIdOf, publicKeyOfPrivate, sha256Hex, signManifest, verifyManifestSignature, writeKeyFiles } from '../../../electron/packs/signing.ts';

const tmp = mkdtempSync(join(tmpdir(), 'arrangeur-sign-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const manifest = (over: Partial<Manifest> = {}): Manifest => ({
  manifestVersion: 1,
  packId: 'regio.twente',
  version: '1.0.0',
  layer: 'regional',
  published: '2026-01-01',
  expires: '2027-01-01',
  minAppVersion: '0.1.0',
  refreshDays: 30,
  files: [{ name: 'pack.json', sha256: 'a'.repeat(64), size: 10 }],
  previous: null,
  keyId: '0123456789abcdef',
  ...over,
});

describe('manifest format', () => {
  it('accepts a well-formed manifest', () => {
    expect(manifestSchema.safeParse(manifest()).success).toBe(true);
  });

  it.each(['../pack.json', '/etc/passwd', 'C:evil', 'a\\b.json', 'sub/pack.json', '..', '.hidden', 'con.json', 'manifest.json', '', 'a b.json', 'café.json'])(
    'refuses the file name %j',
    (name) => {
      expect(fileNameProblem(name)).not.toBeNull();
      const r = manifestSchema.safeParse(manifest({ files: [{ name: 'pack.json', sha256: 'a'.repeat(64), size: 1 }, { name, sha256: 'b'.repeat(64), size: 1 }] }));
      expect(r.success).toBe(false);
    },
  );

  it('refuses a pre-release version, duplicate names (any case), no pack.json, and expiry before publication', () => {
    expect(manifestSchema.safeParse(manifest({ version: '1.0.0-beta' })).success).toBe(false);
    expect(manifestSchema.safeParse(manifest({ files: [{ name: 'pack.json', sha256: 'a'.repeat(64), size: 1 }, { name: 'PACK.json', sha256: 'a'.repeat(64), size: 1 }] })).success).toBe(false);
    expect(manifestSchema.safeParse(manifest({ files: [{ name: 'other.json', sha256: 'a'.repeat(64), size: 1 }] })).success).toBe(false);
    expect(manifestSchema.safeParse(manifest({ expires: '2025-12-31' })).success).toBe(false);
  });

  it('names the JSON path and what was expected, in Dutch', () => {
    const r = parseJsonWith(manifestSchema, JSON.stringify(manifest({ files: [{ name: 'a..json', sha256: 'a'.repeat(64), size: 1 }] })), 'manifest.json');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      const i = r.issues.find((x) => x.path === '$.files[0].name');
      expect(i?.message).toContain('..');
      expect(i?.file).toBe('manifest.json');
    }
  });
});

describe('Ed25519 signing', () => {
  const key = generateKey('Team Twente');
  const other = generateKey('Iemand anders');
  const bytes = Buffer.from(JSON.stringify(manifest({ keyId: key.publicKey.keyId })));

  it('derives a 16-hex key id from the raw public key and groups it for reading aloud', () => {
    expect(key.publicKey.keyId).toMatch(/^[0-9a-f]{16}$/);
    expect(keyIdOf(key.publicKey.publicKey)).toBe(key.publicKey.keyId);
    expect(key.publicKey.keyId).toBe(sha256Hex(Buffer.from(key.publicKey.publicKey, 'base64')).slice(0, 16));
    expect(groupKeyId('0123456789abcdef')).toBe('0123 4567 89AB CDEF');
    expect(publicKeyOfPrivate(key.privateKeyPem).keyId).toBe(key.publicKey.keyId);
  });

  it('verifies its own signature and refuses a changed byte, another key and a changed signature', () => {
    const sig = signManifest(bytes, key.privateKeyPem);
    expect(sig.keyId).toBe(key.publicKey.keyId);
    expect(verifyManifestSignature(bytes, sig, key.publicKey.publicKey)).toBe(true);
    const flipped = Buffer.from(bytes);
    flipped[5] = flipped[5]! ^ 1;
    expect(verifyManifestSignature(flipped, sig, key.publicKey.publicKey)).toBe(false);
    expect(verifyManifestSignature(bytes, sig, other.publicKey.publicKey)).toBe(false);
    expect(verifyManifestSignature(bytes, { ...sig, keyId: other.publicKey.keyId }, other.publicKey.publicKey)).toBe(false);
    const s = Buffer.from(sig.signature, 'base64');
    s[0] = s[0]! ^ 1;
    expect(verifyManifestSignature(bytes, { ...sig, signature: s.toString('base64') }, key.publicKey.publicKey)).toBe(false);
    expect(verifyManifestSignature(bytes, { ...sig, signature: 'x' }, key.publicKey.publicKey)).toBe(false);
    // The same 64 bytes written with non-zero padding bits: another text, so refused too.
    const last = sig.signature[85]!;
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
    const twin = `${sig.signature.slice(0, 85)}${alphabet[alphabet.indexOf(last) ^ 1]}==`;
    expect(Buffer.from(twin, 'base64')).toEqual(Buffer.from(sig.signature, 'base64'));
    expect(verifyManifestSignature(bytes, { ...sig, signature: twin }, key.publicKey.publicKey)).toBe(false);
  });

  it('writes the private key with mode 0600 and never overwrites it', () => {
    const base = join(tmp, 'twente');
    const { privatePath, publicPath } = writeKeyFiles(base, key);
    expect(statSync(privatePath).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(publicPath, 'utf8')).keyId).toBe(key.publicKey.keyId);
    expect(() => writeKeyFiles(base, other)).toThrow();
    expect(readFileSync(privatePath, 'utf8')).toBe(key.privateKeyPem);
  });
});
