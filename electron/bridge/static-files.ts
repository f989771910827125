// Serves the renderer build (dist/renderer) to the browser in browser mode. The path check and
// the content types are the ones Electron's app:// protocol uses (../static-files.ts); on top
// of that the file's real path must lie inside the folder too (a symlink cannot lead out).
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { INDEX_FILE, realFileInside, resolveStaticPath } from '../static-files.ts';

export { contentTypeFor } from '../static-files.ts';

export type StaticLookup =
  | { kind: 'file'; file: string; isIndex: boolean }
  | { kind: 'bad-path' }
  | { kind: 'not-found' };

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
  if (!rawPathname.startsWith('/')) return { kind: 'bad-path' };
  const candidate = resolveStaticPath(root, rawPathname.slice(1));
  if (candidate === null) return { kind: 'bad-path' };
  const indexFile = path.join(path.resolve(root), INDEX_FILE);

  const tryFile = async (file: string): Promise<StaticLookup | null> => {
    if (!(await isFile(file))) return null;
    const real = await realFileInside(root, file);
    if (real === null) return { kind: 'bad-path' };
    return { kind: 'file', file: real, isIndex: file === indexFile };
  };

  const direct = await tryFile(candidate);
  if (direct) return direct;
  if (path.extname(candidate) === '') return (await tryFile(indexFile)) ?? { kind: 'not-found' };
  return { kind: 'not-found' };
}

export const readStatic = (file: string): Promise<Buffer> => readFile(file);
