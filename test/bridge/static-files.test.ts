// Issue 8.5: one MIME table and one traversal check for both ways the renderer is served
// (app:// in Electron, the loopback bridge in browser mode). The same hostile paths are refused
// by both, and both name the same content types.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentTypeFor as bridgeType, lookupStatic } from '../../electron/bridge/static-files.ts';
import { contentTypeFor as appType, resolveAppRequest } from '../../electron/security/protocol.ts';
import { contentTypeFor, resolveStaticPath } from '../../electron/static-files.ts';

let root: string;
let build: string;
beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'arrangeur-static-'));
  build = path.join(root, 'renderer');
  mkdirSync(path.join(build, 'assets'), { recursive: true });
  writeFileSync(path.join(build, 'index.html'), '<!doctype html>');
  writeFileSync(path.join(build, 'assets', 'app.js'), '1');
  writeFileSync(path.join(root, 'secret.txt'), 'GEHEIM');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const hostile = [
  '../secret.txt',
  'assets/../../secret.txt',
  './index.html',
  '%2e%2e/secret.txt',
  '.%2e/secret.txt',
  '..%2fsecret.txt',
  '%5c..%5csecret.txt',
  '%252e%252e/secret.txt',
  '..\\secret.txt',
  '/etc/passwd',
  'C:/Windows/win.ini',
  'C%3A/Windows/win.ini',
  'index.html%00.js',
  'index.html\u0000.js',
  'assets/',
  '%E0%A4%A',
];

describe('one traversal check', () => {
  it.each(hostile)('refuses %j in both app:// and browser mode', async (raw) => {
    expect(resolveStaticPath(build, raw)).toBeNull();
    expect(resolveAppRequest(`app://arrangeur/${raw}`, build)).toBeNull();
    expect(await lookupStatic(build, `/${raw}`)).toEqual({ kind: 'bad-path' });
  });

  it('maps our own paths to the same file in both', async () => {
    const file = path.join(build, 'assets', 'app.js');
    expect(resolveStaticPath(build, 'assets/app.js')).toBe(file);
    expect(resolveAppRequest('app://arrangeur/assets/app.js', build)).toBe(file);
    expect(await lookupStatic(build, '/assets/app.js')).toMatchObject({ kind: 'file', isIndex: false });
    expect(resolveAppRequest('app://arrangeur/', build)).toBe(path.join(build, 'index.html'));
    expect(await lookupStatic(build, '/')).toMatchObject({ kind: 'file', isIndex: true });
  });
});

describe('one MIME table', () => {
  it('is the same function behind both', () => {
    expect(bridgeType).toBe(contentTypeFor);
    expect(appType).toBe(contentTypeFor);
    expect(contentTypeFor('x/app.JS')).toBe('text/javascript; charset=utf-8');
  });
});
