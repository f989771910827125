import { describe, expect, it, vi } from 'vitest';
import { externalLinkTarget, openExternalSafely } from '../../electron/security/external-links.ts';

describe('openExternalSafely', () => {
  it.each(['https://www.stapbudget.nl/', 'http://example.org/regeling?id=3#kosten', 'HTTPS://WWW.UWV.NL/'])(
    'hands web link %s to the browser',
    async (url) => {
      const open = vi.fn(async (_url: string) => {});
      await expect(openExternalSafely(url, open)).resolves.toBe(true);
      expect(open).toHaveBeenCalledTimes(1);
      expect(open.mock.calls[0]?.[0]).toBe(new URL(url).href);
    },
  );

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'https://example.org/\n',
    'file:///etc/passwd',
    'file://C:/Windows/System32/calc.exe',
    'data:text/html,<script>alert(1)</script>',
    'app://arrangeur/index.html',
    'vbscript:msgbox(1)',
    'ms-settings:privacy',
    'smb://server/share',
    'mailto:adviseur@example.nl',
    'https://user:pass@example.org/',
    'https://www.uwv.nl@evil.example/',
    'http://',
    'https//missing-colon.example',
    '/relative/path',
    '',
  ])('refuses %s', async (url) => {
    const open = vi.fn(async () => {});
    await expect(openExternalSafely(url, open)).resolves.toBe(false);
    expect(open).not.toHaveBeenCalled();
  });

  it.each([undefined, null, 7, { href: 'https://example.org' }, ['https://example.org']])(
    'refuses non-string %j',
    async (value) => {
      const open = vi.fn(async () => {});
      await expect(openExternalSafely(value, open)).resolves.toBe(false);
      expect(open).not.toHaveBeenCalled();
    },
  );

  it('reports false instead of throwing when the OS cannot open the link', async () => {
    const open = vi.fn(async () => {
      throw new Error('no browser');
    });
    await expect(openExternalSafely('https://example.org/', open)).resolves.toBe(false);
  });

  it('returns the normalised URL it would open', () => {
    expect(externalLinkTarget('https://Example.org/a b')).toBe('https://example.org/a%20b');
  });
});
