// The key of the encrypted dossier file (db/encryption.ts): 32 random bytes, made once per data
// folder. Where it is kept:
//   - the desktop app: in the OS keychain through Electron's safeStorage (DPAPI on Windows,
//     Keychain on macOS, libsecret/kwallet on Linux); the data folder holds only the
//     keychain-encrypted blob (arrangeur.key.protected), useless on another account or machine;
//   - browser mode and tests (plain Node, no keychain): a key file readable by the user only
//     (arrangeur.key, 0600) in the data folder (0700).
// A folder started in browser mode keeps its key file when the desktop app opens it later, so
// both can keep working on it side by side; the reverse (browser mode on a folder whose key is
// in the keychain) is refused with a Dutch message, because Node cannot reach the keychain.
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { encryptionMessages } from '../../db/encryption-messages.ts';
import { inspectDatabaseFile, KEY_BYTES, PRIVATE_FILE_MODE } from '../../db/encryption.ts';
import { AppFailure } from '../../shared/contract/result.ts';
import { dataFile, KEY_FILE_NAME, PROTECTED_KEY_FILE_NAME } from '../paths.ts';

/** Electron's safeStorage, reduced to what we need (main.ts passes the real one). */
export interface KeyProtector {
  /** False where the OS offers no real keychain (e.g. Linux without a secret service). */
  isAvailable(): boolean;
  encrypt(plain: string): Buffer;
  decrypt(sealed: Buffer): string;
}

/** The part of Electron's safeStorage we use (plain types, so this file stays Node-only). */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  getSelectedStorageBackend?(): string;
  encryptString(plain: string): Buffer;
  decryptString(sealed: Buffer): string;
}

/**
 * safeStorage as a KeyProtector. On Linux without a secret service (no GNOME keyring or
 * KWallet) Electron falls back to 'basic_text', a fixed built-in password: that protects
 * nothing, so the key then goes to the 0600 key file like in browser mode, openly.
 */
export function keychainProtector(safeStorage: SafeStorageLike, platform: NodeJS.Platform): KeyProtector {
  return {
    isAvailable: () =>
      safeStorage.isEncryptionAvailable() &&
      !(platform === 'linux' && safeStorage.getSelectedStorageBackend?.() === 'basic_text'),
    encrypt: (plain) => safeStorage.encryptString(plain),
    decrypt: (sealed) => safeStorage.decryptString(sealed),
  };
}

const HEX_KEY = /^[0-9a-f]{64}$/;

const unusable = (message: string) => new AppFailure('unsupported-database', message);

/**
 * The folder's key: read it where it is kept, or make one when the folder has no database yet
 * (or only a plain one, which openStore then encrypts). Never makes a new key for an encrypted
 * database: that would lock the adviser out of it for good.
 */
export function loadOrCreateDataKey(dataDir: string, protector: KeyProtector | null = null): Buffer {
  const keyFile = path.join(dataDir, KEY_FILE_NAME);
  const protectedFile = path.join(dataDir, PROTECTED_KEY_FILE_NAME);

  if (existsSync(protectedFile)) {
    if (!protector) throw unusable(encryptionMessages.keyInKeychain);
    if (!protector.isAvailable()) throw unusable(encryptionMessages.keychainUnavailable);
    let hex: string;
    try {
      hex = protector.decrypt(readFileSync(protectedFile)).trim();
    } catch {
      throw unusable(encryptionMessages.keyUnreadable);
    }
    return parseHexKey(hex);
  }
  if (existsSync(keyFile)) {
    keepPrivateFile(keyFile);
    return parseHexKey(readFileSync(keyFile, 'utf8').trim());
  }

  const kind = inspectDatabaseFile(dataFile(dataDir));
  if (kind === 'other') throw unusable(encryptionMessages.keyMissing);

  const key = randomBytes(KEY_BYTES);
  const useKeychain = protector?.isAvailable() ?? false;
  try {
    // 'wx': when two processes start on a fresh folder at once, one key wins and the other
    // process reads it below instead of overwriting it.
    if (useKeychain) writeFileSync(protectedFile, protector!.encrypt(key.toString('hex')), { flag: 'wx', mode: PRIVATE_FILE_MODE });
    else writeFileSync(keyFile, `${key.toString('hex')}\n`, { flag: 'wx', mode: PRIVATE_FILE_MODE });
  } catch (error) {
    if ((error as { code?: unknown }).code === 'EEXIST') return loadOrCreateDataKey(dataDir, protector);
    throw error;
  }
  keepPrivateFile(useKeychain ? protectedFile : keyFile);
  return key;
}

function parseHexKey(hex: string): Buffer {
  if (!HEX_KEY.test(hex)) throw unusable(encryptionMessages.keyUnreadable);
  return Buffer.from(hex, 'hex');
}

/** 0600 whatever the umask was, and repaired if someone loosened it. */
function keepPrivateFile(file: string): void {
  if (process.platform === 'win32') return;
  if ((statSync(file).mode & 0o777) !== PRIVATE_FILE_MODE) chmodSync(file, PRIVATE_FILE_MODE);
}
