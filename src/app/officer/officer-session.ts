import { signal } from '@preact/signals';
import { t } from '../../i18n/i18n.ts';
import {
  jsonBody,
  OfficerApiError,
  type OfficerSession,
  officerFetch,
  officerJson,
  rememberSession,
} from './officer-api.ts';

/** Where the officer screens stand: still asking, signed in, signed out, or the endpoint cannot be reached. */
export type SessionState =
  | { kind: 'checking' }
  | { kind: 'signed-in'; session: OfficerSession }
  | { kind: 'signed-out' }
  | { kind: 'unreachable' };

export const officerSession = signal<SessionState>({ kind: 'checking' });

/**
 * A message for the next officer screen to show once ("You have signed out", "Account created for …"),
 * set just before moving to it.
 */
export const nextScreenNotice = signal<string | null>(null);

/** Asks the endpoint who is signed in on this browser (the cookie is HttpOnly, so the page cannot tell). */
export async function checkSession(): Promise<void> {
  officerSession.value = { kind: 'checking' };
  try {
    setSession(await officerJson<OfficerSession>('/api/session'));
  } catch (error) {
    if (error instanceof OfficerApiError && error.status === 401) setSession(null);
    else officerSession.value = { kind: 'unreachable' };
  }
}

export type SignInRefusal =
  | { code: 'wrong-credentials' | 'missing-fields' | 'offline' }
  | { code: 'too-many-attempts'; retryAfterSeconds: number | null }
  | { code: 'other'; message: string };

/** Signs in; the answer is null when it worked, or why not. */
export async function signIn(email: string, password: string): Promise<SignInRefusal | null> {
  let reply: Response;
  try {
    reply = await officerFetch('/api/session', jsonBody('POST', { email, password }));
  } catch {
    return { code: 'offline' };
  }
  const body = (await reply.json().catch(() => null)) as
    | (OfficerSession & { error?: undefined })
    | { error: { code?: string; message?: string } }
    | null;
  if (reply.ok && body && !body.error) {
    setSession(body as OfficerSession);
    return null;
  }
  const code = body?.error?.code;
  if (code === 'too-many-attempts') {
    return { code, retryAfterSeconds: retryAfterSeconds(reply.headers.get('Retry-After')) };
  }
  if (code === 'wrong-credentials' || code === 'missing-fields') return { code };
  return { code: 'other', message: body?.error?.message ?? `The endpoint answered ${reply.status}.` };
}

/**
 * Signs out on the endpoint, which clears the cookie. Only the endpoint can end the session (the cookie is
 * HttpOnly), so when it cannot be reached this throws and the officer stays signed in here too, rather than
 * being told they have left when they have not.
 */
export async function signOut(): Promise<void> {
  try {
    await officerJson('/api/session', { method: 'DELETE' });
  } catch (error) {
    if (!(error instanceof OfficerApiError && error.status === 401)) throw error;
  }
  setSession(null);
}

/** True when the signed-in officer has `permission` (see the API contract's list). */
export function hasPermission(permission: string): boolean {
  const state = officerSession.value;
  return state.kind === 'signed-in' && state.session.permissions.includes(permission);
}

/**
 * officerJson for the officer screens: a session that ended (expired, signed out in another tab) turns
 * the area back to signed out, so the guard sends the officer to sign in and back again.
 */
export async function officerCall<T>(path: string, init?: RequestInit): Promise<T> {
  try {
    return await officerJson<T>(path, init);
  } catch (error) {
    if (error instanceof OfficerApiError && error.code === 'signed-out') setSession(null);
    throw error;
  }
}

/** Marks the session as ended, as when an export's download is refused with 401. */
export function sessionEnded(): void {
  setSession(null);
}

function setSession(session: OfficerSession | null): void {
  rememberSession(session);
  officerSession.value = session ? { kind: 'signed-in', session } : { kind: 'signed-out' };
}

/** Retry-After is seconds or an HTTP date; null when neither. */
export function retryAfterSeconds(header: string | null, now = Date.now()): number | null {
  if (!header) return null;
  if (/^\d+$/.test(header.trim())) return Number(header.trim());
  const when = Date.parse(header);
  return Number.isNaN(when) ? null : Math.max(0, Math.ceil((when - now) / 1000));
}

/** What to tell the officer about a failed call: the endpoint's own message, or ours when it is unreachable. */
export function problemText(error: unknown): string {
  if (error instanceof OfficerApiError) return error.code === 'offline' ? t('officer.offline') : error.message;
  return t('officer.unexpected', { reason: String(error) });
}
