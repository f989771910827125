// electron-builder.yml cannot be exercised here (packaging downloads Electron), so check it
// against electron-builder's own schema and pin the choices that matter.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const builderRequire = createRequire(path.join(root, 'node_modules', 'app-builder-lib', 'package.json'));
const yaml = builderRequire('js-yaml') as { load(text: string): unknown };
const { validateConfiguration } = builderRequire('./out/util/config/config.js') as {
  validateConfiguration(config: unknown, logger: { isEnabled: boolean; add(): void }): Promise<void>;
};

interface BuilderConfig {
  appId: string;
  productName: string;
  files: string[];
  asarUnpack: string[];
  npmRebuild: boolean;
  win: { target: string; icon: string };
  mac: { target: string; category: string };
  linux: { target: string[]; category: string; icon: string };
  asar?: boolean;
  electronFuses: Record<string, boolean>;
}
const config = yaml.load(readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as BuilderConfig;

describe('electron-builder.yml', () => {
  it('passes electron-builder’s own schema validation', async () => {
    await expect(validateConfiguration(config, { isEnabled: false, add() {} })).resolves.toBeUndefined();
  });

  it('declares the app id and the three platform targets', () => {
    expect(config.appId).toBe('nl.arrangeur.app');
    expect(config.productName).toBe('Arrangeur');
    expect(config.win.target).toBe('nsis');
    expect(config.mac.target).toBe('dmg');
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
  });

  it('ships the build output and keeps the native SQLite binary outside the asar', () => {
    expect(config.files).toEqual(expect.arrayContaining(['dist/**', 'package.json', 'assets/**']));
    expect(config.asarUnpack).toEqual(['node_modules/better-sqlite3-multiple-ciphers/**/*.node']);
    expect(config.npmRebuild).toBe(false);
  });

  it('flips the Electron fuses that keep the installed app from being run as something else (13.8)', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
    });
    // Integrity validation and asar-only loading need the app packed in an asar (the default).
    expect(config.asar ?? true).toBe(true);
  });

  it('points at an icon that exists', () => {
    expect(existsSync(path.join(root, config.linux.icon))).toBe(true);
    expect(existsSync(path.join(root, 'assets', 'icons', 'icon.svg'))).toBe(true);
  });
});
