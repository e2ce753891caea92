import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { apiError } from '../api-error.ts';
import type { DeviceAccess, Officer } from '../store/access-records.ts';
import type { Store } from '../store/store.ts';
import { may, type Permission } from './permissions.ts';
import { FailureLimiter, RateLimiter } from './rate-limit.ts';
import { hashToken, sameSecret } from './secrets.ts';

export const SESSION_COOKIE = 'chorus_session';
/** A session lasts a working day from sign-in; then the officer signs in again. */
export const SESSION_HOURS = 12;

/** What a request carries once an access check has let it through. */
export interface AccessVariables {
  officer: Officer;
  csrfToken: string;
  sessionHash: string;
  device: DeviceAccess;
}
export type AccessEnv = { Variables: AccessVariables };

export interface AccessOptions {
  /** Take the client's address from X-Forwarded-For (only behind a proxy that sets it). */
  trustProxy?: boolean;
}

const CHANGES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Who may do what on the endpoint: officers by session cookie (with a CSRF token on every change), tablets
 * by device token, and the limits on how often each may try.
 */
export class Access {
  /** Sign-in failures per email address: 5 in 15 minutes locks that account's sign-in for 15 minutes. */
  readonly signInFailuresByEmail = new FailureLimiter(5, 15 * 60_000);
  /** Sign-in failures per address, whatever the email: 20 in 15 minutes. */
  readonly signInFailuresByAddress = new FailureLimiter(20, 15 * 60_000);
  /** Wrong enrolment codes per address: 10 in 15 minutes. */
  readonly enrolFailuresByAddress = new FailureLimiter(10, 15 * 60_000);
  /** Sync requests per device: bursts of 60 (a 12,000-response backlog), then one a second. */
  readonly syncByDevice = new RateLimiter(60, 1);
  /** Sync requests per address (several tablets may share a venue's connection): bursts of 300, 5 a second. */
  readonly syncByAddress = new RateLimiter(300, 5);

  constructor(
    readonly store: Store,
    readonly options: AccessOptions = {},
  ) {}

  /** The client's address, for limits only (never logged). */
  address(c: Context): string {
    if (this.options.trustProxy) {
      const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
      if (forwarded) return forwarded;
    }
    try {
      return getConnInfo(c).remote.address ?? 'unknown';
    } catch {
      return 'unknown'; // In-process requests (tests) have no socket.
    }
  }

  /** Whether the session cookie should be Secure: the page was reached over https. */
  isHttps(c: Context): boolean {
    if (this.options.trustProxy && c.req.header('x-forwarded-proto') === 'https') return true;
    return new URL(c.req.url).protocol === 'https:';
  }

  /** The signed-in officer of this request, or undefined. */
  async session(c: Context): Promise<{ officer: Officer; csrfToken: string; sessionHash: string } | undefined> {
    const token = getCookie(c, SESSION_COOKIE);
    if (!token) return undefined;
    const sessionHash = hashToken(token);
    const found = await this.store.findSession(sessionHash, new Date());
    return found && { ...found, sessionHash };
  }

  /**
   * Lets through a signed-in officer who has the permission, and for a change only with the session's CSRF
   * token and from this site. A device token is never enough (403), no session is 401.
   */
  officer(permission?: Permission): MiddlewareHandler<AccessEnv> {
    return async (c, next) => {
      const session = await this.session(c);
      if (!session) {
        if (bearerToken(c)) {
          return apiError(c, 403, 'device-not-allowed', 'A tablet cannot do this: an officer must sign in.');
        }
        return apiError(c, 401, 'signed-out', 'Sign in as an officer to do this.');
      }
      if (permission && !may(session.officer.role, permission)) {
        return apiError(c, 403, 'forbidden', 'Your account does not allow this. An administrator can change that.');
      }
      if (CHANGES.has(c.req.method)) {
        const refusal = this.crossSite(c) ?? this.#csrf(c, session.csrfToken);
        if (refusal) return refusal;
      }
      c.set('officer', session.officer);
      c.set('csrfToken', session.csrfToken);
      c.set('sessionHash', session.sessionHash);
      await next();
    };
  }

  #csrf(c: Context, expected: string): Response | undefined {
    const given = c.req.header('x-csrf-token');
    if (given && sameSecret(given, expected)) return undefined;
    return apiError(c, 403, 'csrf', 'This request is missing its security token. Reload the page and try again.');
  }

  /** A refusal when the request says it comes from another site's page (its Origin is not this host). */
  crossSite(c: Context): Response | undefined {
    const origin = c.req.header('origin');
    if (!origin) return undefined;
    let host: string;
    try {
      host = new URL(origin).host;
    } catch {
      host = '';
    }
    if (host === c.req.header('host')) return undefined;
    return apiError(c, 403, 'csrf', 'This request came from another site and was refused.');
  }

  /**
   * Lets through an enrolled, not revoked device (Authorization: Bearer <device token>), within its rate
   * limits; sets `device`. Nothing in a refused request is read.
   */
  device(): MiddlewareHandler<AccessEnv> {
    return async (c, next) => {
      const wait = this.syncByAddress.take(this.address(c));
      if (wait > 0) return tooMany(c, wait);
      const token = bearerToken(c);
      const device = token ? await this.store.findDeviceByToken(hashToken(token)) : undefined;
      if (!device) {
        return apiError(
          c,
          401,
          'device-not-enrolled',
          'This tablet is not set up to send responses. Ask an officer for a set-up code. Nothing was stored; the tablet keeps the responses.',
        );
      }
      if (device.revokedAt) {
        return apiError(
          c,
          401,
          'device-revoked',
          'This tablet can no longer send: its access was withdrawn. Ask an officer for a new set-up code. Nothing was stored; the tablet keeps the responses.',
        );
      }
      const deviceWait = this.syncByDevice.take(device.id);
      if (deviceWait > 0) return tooMany(c, deviceWait);
      c.set('device', device);
      await next();
    };
  }
}

function bearerToken(c: Context): string | undefined {
  const header = c.req.header('authorization');
  const match = header?.match(/^Bearer\s+(\S+)$/i);
  return match?.[1];
}

export function tooMany(c: Context, seconds: number, message = 'Too many requests.') {
  c.header('Retry-After', String(seconds));
  return apiError(c, 429, 'too-many-requests', `${message} Try again in ${describeWait(seconds)}.`);
}

export function describeWait(seconds: number): string {
  if (seconds < 60) return seconds === 1 ? '1 second' : `${seconds} seconds`;
  const minutes = Math.ceil(seconds / 60);
  return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}
