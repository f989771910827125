// The one place that maps a requested path to a file of the renderer build and names its
// content type. Both ways the renderer is served use it: app://arrangeur/ in Electron
// (security/protocol.ts) and the loopback bridge in browser mode (bridge/static-files.ts), so a
// traversal trick refused by one is refused by the other. The check refuses instead of
// "cleaning up": a request that needs normalising is not one our own pages ever make.
import { realpath } from 'node:fs/promises';
import path from 'node:path';

/** Module scripts are refused without a JavaScript type, so every file needs a correct one. */
const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
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
  '.wasm': 'application/wasm',
};

export function contentTypeFor(filePath: string): string {
  return CONTENT_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

export const INDEX_FILE = 'index.html';

/** Encoded dot, slash, backslash or NUL: only ever used to smuggle a path past a check. */
const ENCODED_SEPARATOR = /%(2e|2f|5c|00)/i;
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_OR_BACKSLASH = /[\u0000-\u001f\u007f\\]/;

/**
 * Maps a request path relative to the build folder, still percent-encoded as it came off the
 * wire and without query or fragment ("assets/app.js"; "" means index.html), to an absolute
 * file path inside `rootDir`, or null when it could lead anywhere else.
 */
export function resolveStaticPath(rootDir: string, rawPath: string): string | null {
  if (CONTROL_OR_BACKSLASH.test(rawPath) || ENCODED_SEPARATOR.test(rawPath)) return null;
  const root = path.resolve(rootDir);
  if (rawPath === '') return path.join(root, INDEX_FILE);

  const segments: string[] = [];
  for (const raw of rawPath.split('/')) {
    // Empty segments (`//etc/passwd`, a trailing `/`) and dot segments are refused outright.
    if (raw === '' || raw === '.' || raw === '..') return null;
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return null;
    }
    // After decoding: no separators, no drive letters or NTFS streams (`C:`, `file:stream`), and
    // no `%` left over (double encoding), so no later layer can decode its way out either.
    if (/[/:%]/.test(segment) || CONTROL_OR_BACKSLASH.test(segment)) return null;
    if (segment === '.' || segment === '..') return null;
    segments.push(segment);
  }

  const file = path.resolve(root, ...segments);
  const relative = path.relative(root, file);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return null;
  return file;
}

const isInside = (root: string, candidate: string): boolean =>
  candidate === root || candidate.startsWith(root.endsWith(path.sep) ? root : root + path.sep);

/**
 * The file's real path if it still lies inside the build folder's real path once symlinks are
 * followed, else null: a link placed inside the build cannot lead out of it.
 */
export async function realFileInside(rootDir: string, file: string): Promise<string | null> {
  try {
    const [realRoot, real] = await Promise.all([realpath(path.resolve(rootDir)), realpath(file)]);
    return isInside(realRoot, real) ? real : null;
  } catch {
    return null;
  }
}
