// Logs in as the adviser's browser does: one GET of the one-time address; the answer's
// Set-Cookie is what a browser would send from then on.
import { expect } from 'vitest';
import type { Bridge } from '../../electron/bridge/server.ts';
import { rawRequest } from '../helpers/http.ts';

/** The path and query of the login address ("/login?key=..."). */
export const loginPath = (bridge: Bridge): string => {
  const url = new URL(bridge.loginUrl);
  return `${url.pathname}${url.search}`;
};

/** Uses the login address and returns the Cookie header value ("arrangeur-<port>=<id>"). */
export async function logIn(bridge: Bridge): Promise<string> {
  const res = await rawRequest({ port: bridge.port, path: loginPath(bridge) });
  expect(res.status).toBe(303);
  const setCookie = res.headers['set-cookie'];
  expect(setCookie).toHaveLength(1);
  return setCookie![0]!.split(';', 1)[0]!;
}
