import { existsSync, readFileSync } from 'node:fs';
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
