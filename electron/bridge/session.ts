// Who may use the loopback bridge: only the browser that opened this run's one-time login
// address, as Jupyter does it. Any program on this machine can reach 127.0.0.1 and find the
// port with a scan, so nothing the server answers without the session cookie may carry a
// secret or data. The login secret is printed in the terminal only and works once; its use
// sets an HttpOnly, SameSite=Strict cookie holding a random session id that is valid for this
// run alone (it lives in memory, so a restart ends it).
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export const LOGIN_PATH = '/login';
export const LOGIN_PARAM = 'key';

export type LoginOutcome =
  | { readonly kind: 'granted'; readonly setCookie: string }
  | { readonly kind: 'used' }
  | { readonly kind: 'wrong' };

export interface SessionGate {
  /** Includes the port: cookies ignore ports, and two runs on other ports must not clobber each other. */
  readonly cookieName: string;
  /** The one-time address to print, e.g. http://127.0.0.1:5173/login?key=... */
  loginUrl(baseUrl: string): string;
  /** The first right secret gets a session cookie; later uses and wrong secrets get nothing. */
  useLoginSecret(given: string | null): LoginOutcome;
  /** Whether a Cookie request header carries this run's session. */
  hasSession(cookieHeader: string | undefined): boolean;
}

const digest = (value: string): Buffer => createHash('sha256').update(value).digest();

// Hashing first gives equal-length buffers, so timingSafeEqual never throws and the
// comparison time says nothing about how much of a guess was right.
const equalsDigest = (given: string, expected: Buffer): boolean => timingSafeEqual(digest(given), expected);

export const cookieNameFor = (port: number): string => `arrangeur-${port}`;

/** The values of every cookie called `name` in a Cookie header ("a=1; b=2"). */
export const cookieValues = (header: string | undefined, name: string): string[] => {
  if (header === undefined) return [];
  const values: string[] = [];
  for (const pair of header.split(';')) {
    const eq = pair.indexOf('=');
    if (eq > 0 && pair.slice(0, eq).trim() === name) values.push(pair.slice(eq + 1).trim());
  }
  return values;
};

export function createSessionGate(port: number, random: (bytes: number) => Buffer = randomBytes): SessionGate {
  const cookieName = cookieNameFor(port);
  const secret = random(32).toString('base64url');
  const secretDigest = digest(secret);
  let secretUsed = false;
  let sessionDigest: Buffer | null = null;

  return {
    cookieName,
    loginUrl: (baseUrl) => `${new URL(LOGIN_PATH, baseUrl).toString()}?${LOGIN_PARAM}=${secret}`,
    useLoginSecret(given) {
      if (given === null || !equalsDigest(given, secretDigest)) return { kind: 'wrong' };
      if (secretUsed) return { kind: 'used' };
      secretUsed = true;
      const sessionId = random(32).toString('base64url');
      sessionDigest = digest(sessionId);
      // No Max-Age: a session cookie, gone when the browser closes; no Secure: plain http on
      // loopback. SameSite=Strict keeps every cross-site request (form posts, images, fetch
      // from another site) from carrying it; HttpOnly keeps it from page scripts.
      return { kind: 'granted', setCookie: `${cookieName}=${sessionId}; HttpOnly; SameSite=Strict; Path=/` };
    },
    hasSession(cookieHeader) {
      const expected = sessionDigest;
      if (expected === null) return false;
      return cookieValues(cookieHeader, cookieName).some((value) => equalsDigest(value, expected));
    },
  };
}
