// Ed25519 keys and signatures for pack manifests, with Node's own crypto (no dependency).
// A key id is the first 16 hex characters of the SHA-256 of the raw 32-byte public key: short
// enough to read aloud by phone in four groups ("3F2A 9C01 77B4 E5D0"), long enough that nobody
// can make a second key with the same id (64 bits of a hash, not a counter).
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import { chmodSync, writeFileSync } from 'node:fs';
import {
  groupKeyId,
  SIGNING_CONTEXT,
  type PublicKeyFile,
  type SignatureFile,
} from '../../shared/packs/manifest.ts';

export const sha256Hex = (bytes: Uint8Array | string): string => createHash('sha256').update(bytes).digest('hex');

/** The key id of a raw 32-byte public key (base64 or bytes). */
export const keyIdOf = (publicKey: string | Uint8Array): string =>
  sha256Hex(typeof publicKey === 'string' ? Buffer.from(publicKey, 'base64') : publicKey).slice(0, 16);

const rawPublicKey = (key: KeyObject): Buffer => Buffer.from(key.export({ format: 'jwk' }).x as string, 'base64url');

const publicKeyObject = (publicKeyB64: string): KeyObject => {
  const raw = Buffer.from(publicKeyB64, 'base64');
  if (raw.length !== 32) throw new Error('Een Ed25519-sleutel is 32 bytes.');
  return createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: raw.toString('base64url') }, format: 'jwk' });
};

export interface GeneratedKey {
  /** PKCS#8 PEM: keep secret, never in a feed. */
  readonly privateKeyPem: string;
  readonly publicKey: PublicKeyFile;
}

export const generateKey = (name: string): GeneratedKey => {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const raw = rawPublicKey(publicKey);
  return {
    privateKeyPem: privateKey.export({ format: 'pem', type: 'pkcs8' }) as string,
    publicKey: { keyVersion: 1, algorithm: 'ed25519', keyId: keyIdOf(raw), publicKey: raw.toString('base64'), name },
  };
};

/** The public key that belongs to a private key (to check a key file before signing with it). */
export const publicKeyOfPrivate = (privateKeyPem: string): { publicKey: string; keyId: string } => {
  const raw = rawPublicKey(createPublicKey(createPrivateKey(privateKeyPem)));
  return { publicKey: raw.toString('base64'), keyId: keyIdOf(raw) };
};

/**
 * Writes `<base>.key` (mode 0600, never overwritten) and `<base>.pub.json`. chmod follows the
 * write because the process umask could have widened the mode given to open().
 */
export const writeKeyFiles = (base: string, key: GeneratedKey): { privatePath: string; publicPath: string } => {
  const privatePath = `${base}.key`;
  const publicPath = `${base}.pub.json`;
  writeFileSync(privatePath, key.privateKeyPem, { mode: 0o600, flag: 'wx' });
  chmodSync(privatePath, 0o600);
  writeFileSync(publicPath, `${JSON.stringify(key.publicKey, null, 2)}\n`, { flag: 'wx' });
  return { privatePath, publicPath };
};

const signedBytes = (manifestBytes: Uint8Array): Buffer => Buffer.concat([Buffer.from(SIGNING_CONTEXT, 'utf8'), manifestBytes]);

export const signManifest = (manifestBytes: Uint8Array, privateKeyPem: string): SignatureFile => {
  const key = createPrivateKey(privateKeyPem);
  if (key.asymmetricKeyType !== 'ed25519') throw new Error('Dit is geen Ed25519-sleutel.');
  const { keyId } = publicKeyOfPrivate(privateKeyPem);
  return { signatureVersion: 1, algorithm: 'ed25519', keyId, signature: sign(null, signedBytes(manifestBytes), key).toString('base64') };
};

/** True only for a valid signature by exactly this public key; never throws on bad input. */
export const verifyManifestSignature = (manifestBytes: Uint8Array, sig: SignatureFile, publicKeyB64: string): boolean => {
  try {
    if (keyIdOf(publicKeyB64) !== sig.keyId) return false;
    const signature = Buffer.from(sig.signature, 'base64');
    // Only the canonical base64 text: the unused low bits of the last character must be zero.
    if (signature.length !== 64 || signature.toString('base64') !== sig.signature) return false;
    return verify(null, signedBytes(manifestBytes), publicKeyObject(publicKeyB64), signature);
  } catch {
    return false;
  }
};

export { groupKeyId };
