import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../shared/csp.ts';

const root = path.resolve(import.meta.dirname, '../..');
const sourceHtml = path.join(root, 'renderer', 'index.html');
const builtHtml = path.join(root, 'dist', 'renderer', 'index.html');

/** The CSP values of every `<meta http-equiv="Content-Security-Policy">` in the page. */
function metaCsp(html: string): string[] {
  const found: string[] = [];
  for (const [tag] of html.matchAll(/<meta\b[^>]*>/gi)) {
    if (!/http-equiv\s*=\s*["']content-security-policy["']/i.test(tag)) continue;
    const content = /content\s*=\s*"([^"]*)"/i.exec(tag)?.[1];
    if (content !== undefined) found.push(content.replaceAll('&#39;', "'").replaceAll('&apos;', "'"));
  }
  return found;
}

describe('Content-Security-Policy', () => {
  it('is strict: nothing remote, no inline script, no eval, no plugins', () => {
    const directives = new Map(
      CONTENT_SECURITY_POLICY.split(';').map((d) => {
        const [name = '', ...values] = d.trim().split(/\s+/);
        return [name, values] as const;
      }),
    );
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
  });

  it.skipIf(!existsSync(sourceHtml))('is carried by renderer/index.html as a meta tag', () => {
    expect(metaCsp(readFileSync(sourceHtml, 'utf8'))).toEqual([CONTENT_SECURITY_POLICY]);
  });

  // The CI builds the renderer before the end-to-end tests and runs scripts/check-csp.mjs on the
  // result; this test covers a developer's local build when there is one.
  it.skipIf(!existsSync(builtHtml))('is carried by the built dist/renderer/index.html', () => {
    expect(metaCsp(readFileSync(builtHtml, 'utf8'))).toEqual([CONTENT_SECURITY_POLICY]);
  });
});

describe('scripts/check-csp.mjs (run by CI on the built HTML)', () => {
  const run = (file: string) =>
    spawnSync(process.execPath, [path.join(root, 'scripts', 'check-csp.mjs'), file], { encoding: 'utf8' });

  it.skipIf(!existsSync(sourceHtml))('accepts a page carrying the CSP', () => {
    expect(run(sourceHtml).status).toBe(0);
  });

  it('fails on a page with a weaker CSP, with none, or when the file is missing', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'arrangeur-csp-'));
    try {
      const weak = path.join(dir, 'weak.html');
      writeFileSync(weak, '<meta http-equiv="Content-Security-Policy" content="default-src *">');
      const none = path.join(dir, 'none.html');
      writeFileSync(none, '<!doctype html><title>x</title>');
      expect(run(weak).status).toBe(1);
      expect(run(none).status).toBe(1);
      expect(run(path.join(dir, 'missing.html')).status).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
