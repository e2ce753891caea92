import { Hono } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import { apiError } from '../api-error.ts';
import { readJsonBody } from '../read-json-body.ts';
import type { Officer } from '../store/access-records.ts';
import { type Access, type AccessEnv, describeWait, SESSION_COOKIE, SESSION_HOURS } from './access.ts';
import { normaliseEmail } from './officers.ts';
import { permissionsOf } from './permissions.ts';
import { dummyPasswordHash, hashPassword, hashToken, newToken, passwordProblem, verifyPassword } from './secrets.ts';

/** What `GET /api/session` and a successful sign-in answer. */
export interface SessionReply {
  officer: Pick<Officer, 'id' | 'email' | 'name' | 'role'>;
  permissions: readonly string[];
  csrfToken: string;
}

function reply(officer: Officer, csrfToken: string): SessionReply {
  const { id, email, name, role } = officer;
  return { officer: { id, email, name, role }, permissions: permissionsOf(role), csrfToken };
}

/**
 * `/api/session`: sign in (POST), who is signed in (GET), sign out (DELETE) and change one's own password
 * (PUT /password). Failed sign-ins are limited per email address and per client address (429 with
 * Retry-After); a wrong email and a wrong password get the same answer after the same work.
 */
export function sessionRoute(access: Access): Hono<AccessEnv> {
  const { store } = access;
  const route = new Hono<AccessEnv>();

  route.get('/', async (c) => {
    const session = await access.session(c);
    if (!session) return apiError(c, 401, 'signed-out', 'No officer is signed in.');
    return c.json(reply(session.officer, session.csrfToken));
  });

  route.post('/', async (c) => {
    const refusal = access.crossSite(c);
    if (refusal) return refusal;
    const body = await readJsonBody(c, 'The sign-in');
    if (!body.ok) return body.reply;
    const { email: rawEmail, password } = (body.value ?? {}) as { email?: unknown; password?: unknown };
    if (typeof rawEmail !== 'string' || typeof password !== 'string' || !rawEmail.trim() || !password) {
      return apiError(c, 400, 'missing-fields', 'Enter your email address and your password.');
    }
    const email = normaliseEmail(rawEmail);
    const address = access.address(c);
    const wait = Math.max(
      access.signInFailuresByEmail.blockedFor(email),
      access.signInFailuresByAddress.blockedFor(address),
    );
    if (wait > 0) {
      c.header('Retry-After', String(wait));
      return apiError(
        c,
        429,
        'too-many-attempts',
        `Too many attempts to sign in. For your account’s safety, try again in ${describeWait(wait)}.`,
      );
    }

    const officer = await store.findOfficerByEmail(email);
    const matches = await verifyPassword(password, officer?.passwordHash ?? (await dummyPasswordHash()));
    if (!officer || !matches || officer.disabledAt) {
      access.signInFailuresByEmail.fail(email);
      access.signInFailuresByAddress.fail(address);
      return apiError(c, 401, 'wrong-credentials', 'The email address or password is not right.');
    }
    access.signInFailuresByEmail.succeed(email);

    const token = newToken();
    const csrfToken = newToken();
    const now = new Date();
    await store.createSession({
      tokenHash: hashToken(token),
      officerId: officer.id,
      csrfToken,
      createdAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + SESSION_HOURS * 3_600_000).toISOString(),
    });
    setCookie(c, SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'Strict',
      secure: access.isHttps(c),
      path: '/',
      maxAge: SESSION_HOURS * 3600,
    });
    return c.json(reply(officer, csrfToken));
  });

  route.delete('/', access.officer(), async (c) => {
    await store.deleteSession(c.get('sessionHash'));
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.body(null, 204);
  });

  route.put('/password', access.officer(), async (c) => {
    const body = await readJsonBody(c, 'The password change');
    if (!body.ok) return body.reply;
    const { currentPassword, newPassword } = (body.value ?? {}) as { currentPassword?: unknown; newPassword?: unknown };
    if (typeof currentPassword !== 'string' || typeof newPassword !== 'string') {
      return apiError(c, 400, 'missing-fields', 'Enter your current password and a new one.');
    }
    const officer = c.get('officer');
    const stored = await store.findOfficer(officer.id);
    if (!stored || !(await verifyPassword(currentPassword, stored.passwordHash))) {
      return apiError(c, 401, 'wrong-credentials', 'Your current password is not right.');
    }
    const problem = passwordProblem(newPassword, officer.email);
    if (problem) return apiError(c, 400, 'weak-password', problem);
    await store.updateOfficer(officer.id, { passwordHash: await hashPassword(newPassword) });
    // Anyone else signed in as this officer (a forgotten tablet, a stolen cookie) is signed out.
    await store.deleteSessionsOf(officer.id, c.get('sessionHash'));
    return c.body(null, 204);
  });

  return route;
}
