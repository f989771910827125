// Serves the renderer build (dist/renderer) to the browser in browser mode. Only files that
// really lie inside the folder are served: the decoded path must resolve inside it, and so
// must the file's real path (a symlink cannot lead out either).
import { realpath, readFile, stat } from 'node:fs/promises';
import path from 'node:path';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

export const contentTypeFor = (file: string): string =>
  CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';

export type StaticLookup =
  | { kind: 'file'; file: string; isIndex: boolean }
  | { kind: 'bad-path' }
  | { kind: 'not-found' };

const isInside = (root: string, candidate: string): boolean =>
  candidate === root || candidate.startsWith(root.endsWith(path.sep) ? root : root + path.sep);

const isFile = async (file: string): Promise<boolean> => {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
};

/**
 * Maps a URL path (still percent-encoded, as it came off the wire) to a file in root.
 * Extension-less paths that match nothing get index.html, so a reload on an in-app route
 * works; a missing "/app.js" stays a 404 instead of answering HTML to a script tag.
 */
export async function lookupStatic(root: string, rawPathname: string): Promise<StaticLookup> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPathname);
  } catch {
    return { kind: 'bad-path' };
  }
  if (decoded.includes('\0') || !decoded.startsWith('/')) return { kind: 'bad-path' };

  const rootResolved = path.resolve(root);
  const candidate = path.resolve(rootResolved, `.${decoded}`);
  if (!isInside(rootResolved, candidate)) return { kind: 'bad-path' };

  let realRoot: string;
  try {
    realRoot = await realpath(rootResolved);
  } catch {
    return { kind: 'not-found' };
  }
  const indexFile = path.join(realRoot, 'index.html');

  const tryFile = async (file: string): Promise<StaticLookup | null> => {
    if (!(await isFile(file))) return null;
    const real = await realpath(file);
    if (!isInside(realRoot, real)) return { kind: 'bad-path' };
    return { kind: 'file', file: real, isIndex: real === indexFile };
  };

  const direct = (await tryFile(candidate)) ?? (await tryFile(path.join(candidate, 'index.html')));
  if (direct) return direct;
  if (path.extname(decoded) === '') return (await tryFile(indexFile)) ?? { kind: 'not-found' };
  return { kind: 'not-found' };
}

export const readStatic = (file: string): Promise<Buffer> => readFile(file);
