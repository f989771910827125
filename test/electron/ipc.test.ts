import { describe, expect, it, vi } from 'vitest';
import { isTrustedSender } from '../../electron/security/ipc-sender.ts';
import { createIpcHandler } from '../../electron/shell/ipc.ts';
import { ok, type Result } from '../../shared/contract/result.ts';

describe('isTrustedSender', () => {
  it('trusts only frames showing our own pages', () => {
    expect(isTrustedSender('app://arrangeur/index.html')).toBe(true);
    expect(isTrustedSender('app://arrangeur/')).toBe(true);
  });

  it.each([
    'https://evil.example/',
    'https://evil.example/?next=app://arrangeur/index.html',
    'app://user@arrangeur/index.html',
    'app://arrangeur.evil/index.html',
    'file:///home/adviseur/index.html',
    'about:blank',
    'data:text/html,<script>1</script>',
    '',
    undefined,
    null,
  ])('refuses a frame at %s', (url) => expect(isTrustedSender(url)).toBe(false));
});

describe('createIpcHandler', () => {
  const value = { id: 'c1' };

  it('passes op and input, untouched, to dispatch for our own frame', async () => {
    const dispatch = vi.fn(async (): Promise<Result<unknown>> => ok(value));
    const handle = createIpcHandler(dispatch);
    const input = { name: 'Ünal', extra: 1 };
    await expect(handle({ senderFrame: { url: 'app://arrangeur/index.html' } }, 'clients.get', input)).resolves.toEqual(
      ok(value),
    );
    expect(dispatch).toHaveBeenCalledWith('clients.get', input);
  });

  it.each([
    { senderFrame: { url: 'https://evil.example/' } },
    { senderFrame: { url: 'app://arrangeur.evil/index.html' } },
    { senderFrame: null },
    {},
  ])('refuses %j with forbidden and never dispatches', async (event) => {
    const dispatch = vi.fn(async (): Promise<Result<unknown>> => ok(value));
    const result = await createIpcHandler(dispatch)(event, 'clients.list', {});
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('forbidden');
      expect(result.error.message).toMatch(/geweigerd/);
    }
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('turns a crashing dispatch into an internal failure with a Dutch message', async () => {
    const handle = createIpcHandler(async () => {
      throw new Error('boom with SQL details');
    });
    const result = await handle({ senderFrame: { url: 'app://arrangeur/index.html' } }, 'clients.list', {});
    expect(result).toEqual({ ok: false, error: { code: 'internal', message: expect.stringMatching(/niets opgeslagen/) } });
    expect(JSON.stringify(result)).not.toContain('SQL');
  });
});
