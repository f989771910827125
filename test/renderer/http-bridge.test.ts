import { describe, expect, it } from 'vitest';
import { createHttpBridge } from '../../renderer/bridge/http-bridge.ts';

const jsonResponse = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

describe('HTTP bridge (browser mode)', () => {
  it('posts {op, input} with the same-origin session cookie (no token) and returns the Result', async () => {
    const seen: { url: string; init: RequestInit }[] = [];
    const bridge = createHttpBridge('/api/call', async (url, init) => {
      seen.push({ url: String(url), init: init! });
      return jsonResponse({ ok: true, value: { version: '1', regions: [] } });
    });
    await expect(bridge.call('regions.list', {})).resolves.toEqual({ ok: true, value: { version: '1', regions: [] } });
    expect(seen[0]!.url).toBe('/api/call');
    expect(seen[0]!.init.method).toBe('POST');
    expect(seen[0]!.init.credentials).toBe('same-origin');
    expect(seen[0]!.init.headers).toEqual({ 'Content-Type': 'application/json' });
    expect(JSON.parse(String(seen[0]!.init.body))).toEqual({ op: 'regions.list', input: {} });
  });

  it('passes refusals through as typed failures', async () => {
    const refusal = { ok: false, error: { code: 'forbidden', message: 'Deze aanvraag is geweigerd.' } };
    const bridge = createHttpBridge('/api/call', async () => jsonResponse(refusal, 403));
    await expect(bridge.call('regions.list', {})).resolves.toEqual(refusal);
  });

  it('turns a dead server into a Dutch failure instead of throwing', async () => {
    const bridge = createHttpBridge('/api/call', async () => {
      throw new TypeError('Failed to fetch');
    });
    const result = await bridge.call('regions.list', {});
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe('internal');
    expect(!result.ok && result.error.message).toMatch(/achtergronddienst/);
  });

  it('turns garbage into a Dutch failure', async () => {
    for (const response of [new Response('<html>oops</html>'), jsonResponse({ hello: 'world' }), jsonResponse({ ok: false, error: 'x' })]) {
      const bridge = createHttpBridge('/api/call', async () => response);
      const result = await bridge.call('regions.list', {});
      expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    }
  });
});
