/**
 * The officer screens' one way to call the endpoint: same-origin requests that carry the session cookie,
 * with the session's CSRF token on every request that changes something.
 */

/** The signed-in officer, as `GET /api/session` answers. */
export interface OfficerSession {
  officer: { id: string; email: string; name: string; role: 'administrator' | 'officer' | 'outreach' };
  permissions: string[];
  csrfToken: string;
}

/** An answer the endpoint refused, with its code (`signed-out`, `forbidden`, ...) and a message to show. */
export class OfficerApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** The whole reply, for refusals that carry more than a message (a 409 with the other draft). */
    readonly body?: unknown,
  ) {
    super(message);
  }
}

let csrfToken: string | null = null;

/** Remembers the CSRF token of the session just read or signed in to (forgotten on sign-out). */
export function rememberSession(session: OfficerSession | null): void {
  csrfToken = session?.csrfToken ?? null;
}

const CHANGES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** fetch() for officer routes: adds the CSRF token to changing requests; never follows the cache. */
export function officerFetch(path: string, init: RequestInit = {}): Promise<Response> {
  const method = (init.method ?? 'GET').toUpperCase();
  const headers = new Headers(init.headers);
  if (CHANGES.has(method) && csrfToken) headers.set('X-CSRF-Token', csrfToken);
  return fetch(path, { ...init, method, headers, credentials: 'same-origin', cache: 'no-store' });
}

/**
 * Calls an officer route and reads its JSON; a refusal becomes an OfficerApiError with the endpoint's
 * message, and no connection becomes one with code `offline`.
 */
export async function officerJson<T>(path: string, init: RequestInit = {}): Promise<T> {
  let reply: Response;
  try {
    reply = await officerFetch(path, init);
  } catch {
    throw new OfficerApiError(0, 'offline', 'The endpoint cannot be reached. Check the connection and try again.');
  }
  if (reply.status === 204) return undefined as T;
  const body = (await reply.json().catch(() => null)) as { error?: { code?: string; message?: string } } | null;
  if (!reply.ok) {
    throw new OfficerApiError(
      reply.status,
      body?.error?.code ?? 'unknown',
      body?.error?.message ?? `The endpoint answered ${reply.status}.`,
      body ?? undefined,
    );
  }
  return body as T;
}

/** JSON body helper: `officerJson(path, jsonBody('POST', {...}))`. */
export function jsonBody(method: string, value: unknown): RequestInit {
  return { method, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(value) };
}
