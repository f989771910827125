import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataFile, defaultDataDir } from '../../electron/paths.ts';

describe('defaultDataDir', () => {
  it('uses ARRANGEUR_DATA_DIR when set, on any platform', () => {
    expect(defaultDataDir({ ARRANGEUR_DATA_DIR: '/tmp/arr-test' }, 'win32', '/home/x')).toBe(path.resolve('/tmp/arr-test'));
    expect(defaultDataDir({ ARRANGEUR_DATA_DIR: '  ' }, 'linux', '/home/x')).toBe('/home/x/.local/share/arrangeur');
  });

  it('follows XDG on Linux, ignoring a relative XDG_DATA_HOME', () => {
    expect(defaultDataDir({}, 'linux', '/home/x')).toBe('/home/x/.local/share/arrangeur');
    expect(defaultDataDir({ XDG_DATA_HOME: '/data/x' }, 'linux', '/home/x')).toBe('/data/x/arrangeur');
    expect(defaultDataDir({ XDG_DATA_HOME: 'rel' }, 'linux', '/home/x')).toBe('/home/x/.local/share/arrangeur');
  });

  it('uses AppData on Windows and Application Support on macOS', () => {
    expect(defaultDataDir({ APPDATA: 'C:\\Users\\x\\AppData\\Roaming' }, 'win32', 'C:\\Users\\x')).toBe(
      'C:\\Users\\x\\AppData\\Roaming\\Arrangeur',
    );
    expect(defaultDataDir({}, 'win32', 'C:\\Users\\x')).toBe('C:\\Users\\x\\AppData\\Roaming\\Arrangeur');
    expect(defaultDataDir({}, 'darwin', '/Users/x')).toBe('/Users/x/Library/Application Support/Arrangeur');
  });

  it('puts the database file inside the data folder', () => {
    expect(dataFile('/data/arr')).toBe(path.join('/data/arr', 'arrangeur.sqlite'));
  });
});
