// Browser mode and end-to-end tests: the same contract over the loopback bridge
// (POST /api/call). The browser proves who it is with the session cookie it got from the
// one-time login address (HttpOnly: this code never sees it, and the page carries no secret).
// Every outcome is a Result: a dead server or a garbled answer becomes a Dutch failure,
// never a thrown error, so a screen can always show what went wrong.
import type { ArrangeurBridge, OpInput, OpName, OpOutput, Result } from '../../shared/contract/index.ts';
import { fail } from '../../shared/contract/result.ts';
import { t } from '../i18n/nl.ts';

const isResult = (value: unknown): value is Result<unknown> => {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  const candidate = value as { ok: unknown; value?: unknown; error?: { code?: unknown; message?: unknown } };
  if (candidate.ok === true) return 'value' in candidate;
  return candidate.ok === false && typeof candidate.error?.code === 'string' && typeof candidate.error.message === 'string';
};

export const createHttpBridge = (endpoint = '/api/call', fetchImpl: typeof fetch = fetch): ArrangeurBridge => ({
  async call<K extends OpName>(op: K, input: OpInput<K>): Promise<Result<OpOutput<K>>> {
    let response: Response;
    try {
      response = await fetchImpl(endpoint, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ op, input }),
        // The cookie goes to our own origin only (the fetch default, said out loud).
        credentials: 'same-origin',
        cache: 'no-store',
      });
    } catch {
      return fail('internal', t('bridge.unreachable'));
    }
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      return fail('internal', t('bridge.unreadable'));
    }
    // The server answers refusals (403, 413, 400) with a typed Result too; pass those through.
    return isResult(body) ? (body as Result<OpOutput<K>>) : fail('internal', t('bridge.unreadable'));
  },
});
