// Where the adviser's dossiers live, in plain Node so the loopback bridge and the tests use
// the same rule as the app. Each platform's conventional per-user data folder; the
// ARRANGEUR_DATA_DIR environment variable overrides it (tests, a second profile).
import { chmodSync, mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';

export const DATABASE_FILE_NAME = 'arrangeur.sqlite';
/** The database key in browser mode and tests (hex, 0600); see electron/keys/data-key.ts. */
export const KEY_FILE_NAME = 'arrangeur.key';
/** The database key sealed by the OS keychain (Electron safeStorage). */
export const PROTECTED_KEY_FILE_NAME = 'arrangeur.key.protected';
/** Owner only: the folder holds personal data and its key (issue 13.10). */
export const PRIVATE_DIR_MODE = 0o700;

type Env = Readonly<Record<string, string | undefined>>;

export function defaultDataDir(
  env: Env = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = homedir(),
): string {
  const override = env.ARRANGEUR_DATA_DIR?.trim();
  if (override) return path.resolve(override);
  switch (platform) {
    case 'win32':
      return path.win32.join(env.APPDATA?.trim() || path.win32.join(home, 'AppData', 'Roaming'), 'Arrangeur');
    case 'darwin':
      return path.posix.join(home, 'Library', 'Application Support', 'Arrangeur');
    default: {
      // XDG says a relative XDG_DATA_HOME is invalid and must be ignored.
      const xdg = env.XDG_DATA_HOME?.trim();
      const base = xdg && path.posix.isAbsolute(xdg) ? xdg : path.posix.join(home, '.local', 'share');
      return path.posix.join(base, 'arrangeur');
    }
  }
}

export const dataFile = (dataDir: string = defaultDataDir()): string => path.join(dataDir, DATABASE_FILE_NAME);

/**
 * Creates the data folder if needed and makes it 0700, whatever the umask and also when an
 * older Arrangeur made it 0755. (Windows: the user's profile folder ACLs already apply.)
 */
export function ensurePrivateDataDir(dataDir: string): void {
  mkdirSync(dataDir, { recursive: true, mode: PRIVATE_DIR_MODE });
  if (process.platform !== 'win32') chmodSync(dataDir, PRIVATE_DIR_MODE);
}
