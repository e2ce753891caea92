import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { testResponse } from '../../src/core/test-fixtures.ts';
import { TEST_PASSWORD, testApp } from '../test-app.ts';

let app: Awaited<ReturnType<typeof testApp>>;
beforeEach(async () => {
  app = await testApp();
});
afterEach(() => app.dispose());

const json = (method: string, body: unknown, headers: Record<string, string> = {}): RequestInit => ({
  method,
  headers: { 'Content-Type': 'application/json', ...headers },
  ...(method === 'GET' ? {} : { body: JSON.stringify(body) }),
});

/** The session cookie from a sign-in reply, as a Cookie header. */
const cookieOf = (reply: Response) => (reply.headers.get('set-cookie') ?? '').split(';')[0] ?? '';

/** Every officer route, with what it needs. */
const OFFICER_ROUTES: [method: string, path: string][] = [
  ['GET', '/api/responses.csv?form=test-form'],
  ['GET', '/api/responses.xlsx?form=test-form'],
  ['GET', '/api/responses.json?form=test-form'],
  ['GET', '/api/reach?form=test-form'],
  ['GET', '/api/events'],
  ['POST', '/api/import'],
  ['GET', '/api/officers'],
  ['POST', '/api/officers'],
  ['PATCH', '/api/officers/someone'],
  ['GET', '/api/devices'],
  ['POST', '/api/devices/enrolment-codes'],
  ['POST', '/api/devices/device-1/revoke'],
  ['DELETE', '/api/session'],
  ['PUT', '/api/session/password'],
];

describe('officer routes', () => {
  test.each(OFFICER_ROUTES)('%s %s without a session is 401 and does nothing', async (method, path) => {
    const reply = await app.request(path, json(method, {}));
    expect(reply.status).toBe(401);
    expect((await reply.json()).error.code).toBe('signed-out');
  });

  test.each(OFFICER_ROUTES)('%s %s with a device token instead is 403', async (method, path) => {
    const reply = await app.request(path, json(method, {}, { Authorization: `Bearer ${app.device.token}` }));
    expect(reply.status).toBe(403);
    expect((await reply.json()).error.code).toBe('device-not-allowed');
  });

  test('each role reaches only what it is for', async () => {
    const status = async (role: 'administrator' | 'officer' | 'outreach', path: string) =>
      (await app.asOfficer(path, {}, role)).status;
    expect(await status('officer', '/api/responses.csv?form=test-form')).toBe(200);
    expect(await status('officer', '/api/reach?form=test-form')).toBe(200);
    expect(await status('officer', '/api/events')).toBe(200);
    expect(await status('officer', '/api/devices')).toBe(403);
    expect(await status('officer', '/api/officers')).toBe(403);
    expect(await status('outreach', '/api/devices')).toBe(200);
    expect(await status('outreach', '/api/responses.csv?form=test-form')).toBe(403);
    expect(await status('outreach', '/api/reach?form=test-form')).toBe(403);
    expect(await status('outreach', '/api/officers')).toBe(403);
    expect(await status('administrator', '/api/officers')).toBe(200);
    expect(await status('administrator', '/api/responses.csv?form=test-form')).toBe(200);
    const denied = await app.asOfficer('/api/devices/device-1/revoke', { method: 'POST' }, 'outreach');
    expect(await denied.json()).toMatchObject({ error: { code: 'forbidden' } });
  });

  test('a change without the CSRF token, or from another site, is refused', async () => {
    const headers = await app.signIn('administrator');
    const Cookie = headers.Cookie ?? '';
    const csrf = headers['X-CSRF-Token'] ?? '';
    const noToken = await app.request('/api/devices/enrolment-codes', json('POST', { label: 'T' }, { Cookie }));
    expect(noToken.status).toBe(403);
    expect((await noToken.json()).error.code).toBe('csrf');
    const wrongToken = await app.request(
      '/api/devices/enrolment-codes',
      json('POST', { label: 'T' }, { Cookie, 'X-CSRF-Token': 'guess' }),
    );
    expect(wrongToken.status).toBe(403);
    const otherSite = await app.request(
      'http://localhost/api/devices/enrolment-codes',
      json('POST', { label: 'T' }, { Cookie, 'X-CSRF-Token': csrf, Origin: 'https://evil.example', Host: 'localhost' }),
    );
    expect(otherSite.status).toBe(403);
    const ok = await app.request(
      'http://localhost/api/devices/enrolment-codes',
      json('POST', { label: 'T' }, { Cookie, 'X-CSRF-Token': csrf, Origin: 'http://localhost', Host: 'localhost' }),
    );
    expect(ok.status).toBe(201);
    // Reading needs no token.
    expect((await app.request('/api/devices', { headers: { Cookie } })).status).toBe(200);
  });
});

describe('signing in and out', () => {
  const signIn = (email: string, password: string) => app.request('/api/session', json('POST', { email, password }));

  test('the right password gives a session cookie (HttpOnly, SameSite=Strict) and the officer', async () => {
    await app.signIn('officer');
    const reply = await signIn(' Officer@Council.example ', TEST_PASSWORD);
    expect(reply.status).toBe(200);
    const cookie = reply.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^chorus_session=[\w-]{40,};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Path=\//);
    const body = await reply.json();
    expect(body.officer).toEqual({
      id: expect.any(String),
      email: 'officer@council.example',
      name: 'Test officer',
      role: 'officer',
    });
    expect(body.permissions).toEqual([
      'exports',
      'reach',
      'events',
      'import',
      'forms',
      'opportunities',
      'reflections',
      'results',
    ]);
    const session = await app.request('/api/session', { headers: { Cookie: cookieOf(reply) } });
    expect((await session.json()).csrfToken).toBe(body.csrfToken);
  });

  test('a wrong password and an unknown email get the same answer', async () => {
    await app.signIn('officer');
    const wrong = await signIn('officer@council.example', 'not the password');
    const unknown = await signIn('nobody@council.example', 'not the password');
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toEqual(await unknown.json());
    expect((await signIn('', '')).status).toBe(400);
  });

  test('five failures lock that account’s sign-in (429 with Retry-After), even with the right password', async () => {
    await app.signIn('officer');
    for (let i = 0; i < 5; i++) expect((await signIn('officer@council.example', `wrong ${i}`)).status).toBe(401);
    const locked = await signIn('officer@council.example', TEST_PASSWORD);
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(800);
    expect((await locked.json()).error.message).toMatch(/try again in 15 minutes/);
    // Another account is not locked by it.
    await app.signIn('outreach');
  });

  test('signing out ends the session', async () => {
    const headers = await app.signIn('officer');
    expect((await app.request('/api/session', { method: 'DELETE', headers })).status).toBe(204);
    expect((await app.request('/api/session', { headers })).status).toBe(401);
    expect((await app.request('/api/events', { headers })).status).toBe(401);
  });

  test('changing the password checks the old one and the rule, and signs out other sessions', async () => {
    const first = await app.signIn('officer');
    const second = await signIn('officer@council.example', TEST_PASSWORD);
    const other = { Cookie: cookieOf(second) };
    const change = (currentPassword: string, newPassword: string) =>
      app.request('/api/session/password', json('PUT', { currentPassword, newPassword }, first));
    expect((await change('wrong', 'a much better passphrase')).status).toBe(401);
    const weak = await change(TEST_PASSWORD, 'short');
    expect(weak.status).toBe(400);
    expect((await weak.json()).error.message).toMatch(/at least 12 characters/);
    expect((await change(TEST_PASSWORD, 'a much better passphrase')).status).toBe(204);
    expect((await app.request('/api/session', { headers: other })).status).toBe(401);
    expect((await app.request('/api/session', { headers: first })).status).toBe(200);
    expect((await signIn('officer@council.example', 'a much better passphrase')).status).toBe(200);
  });
});

describe('accounts', () => {
  const create = (body: unknown) => app.asOfficer('/api/officers', json('POST', body), 'administrator');

  test('an administrator adds an account, which can then sign in; problems name the field', async () => {
    const made = await create({
      email: 'New@Council.example',
      name: 'New Person',
      role: 'outreach',
      password: 'twelve chars ok',
    });
    expect(made.status).toBe(201);
    expect((await made.json()).officer).toMatchObject({ email: 'new@council.example', role: 'outreach' });
    const again = await create({
      email: 'new@council.example',
      name: 'X',
      role: 'officer',
      password: 'twelve chars ok',
    });
    expect(again.status).toBe(409);
    expect((await again.json()).error).toMatchObject({ code: 'email-taken', field: 'email' });
    const weak = await create({ email: 'w@council.example', name: 'W', role: 'officer', password: 'short' });
    expect((await weak.json()).error).toMatchObject({ code: 'weak-password', field: 'password' });
    const role = await create({ email: 'r@council.example', name: 'R', role: 'king', password: 'twelve chars ok' });
    expect((await role.json()).error).toMatchObject({ code: 'invalid-role', field: 'role' });
    const signIn = await app.request(
      '/api/session',
      json('POST', { email: 'new@council.example', password: 'twelve chars ok' }),
    );
    expect(signIn.status).toBe(200);
  });

  test('the last administrator stays; disabling an officer signs them out at once', async () => {
    const admin = await app.signIn('administrator');
    const { officers } = await (await app.request('/api/officers', { headers: admin })).json();
    const me = officers.find((o: { role: string }) => o.role === 'administrator');
    const demote = await app.request(`/api/officers/${me.id}`, json('PATCH', { role: 'officer' }, admin));
    expect(demote.status).toBe(400);
    expect((await demote.json()).error.code).toBe('last-administrator');

    const officer = await app.signIn('officer');
    const list = (await (await app.request('/api/officers', { headers: admin })).json()).officers;
    const target = list.find((o: { role: string }) => o.role === 'officer');
    const disabled = await app.request(`/api/officers/${target.id}`, json('PATCH', { disabled: true }, admin));
    expect((await disabled.json()).officer.disabledAt).toEqual(expect.any(String));
    expect((await app.request('/api/events', { headers: officer })).status).toBe(401);
    const signIn = await app.request('/api/session', json('POST', { email: target.email, password: TEST_PASSWORD }));
    expect(signIn.status).toBe(401);
    expect((await app.request('/api/officers/nobody', json('PATCH', { disabled: true }, admin))).status).toBe(404);
  });
});

describe('devices', () => {
  async function newCode(label = 'Library tablet 3') {
    const reply = await app.asOfficer('/api/devices/enrolment-codes', json('POST', { label }), 'outreach');
    expect(reply.status).toBe(201);
    return reply.json();
  }
  const enrol = (code: string, deviceId: string) => app.request('/api/devices/enrol', json('POST', { code, deviceId }));

  test('an enrolment code is shown once with a QR code of the set-up address, and works once', async () => {
    const made = await newCode();
    expect(made.code).toMatch(/^[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}$/);
    expect(made.setupPath).toBe(`/setup?code=${made.code}`);
    expect(made.label).toBe('Library tablet 3');
    expect(Date.parse(made.expiresAt) - Date.now()).toBeGreaterThan(23 * 3_600_000);
    expect(made.qr.rows).toHaveLength(made.qr.size);
    expect(made.qr.rows[0]).toMatch(/^1111111[01]+1111111$/); // The finder patterns in the corners.

    const typed = made.code.toLowerCase().replace('-', ' ');
    const enrolled = await enrol(typed, 'tablet-3');
    expect(enrolled.status).toBe(201);
    const { deviceToken, label, deviceId } = await enrolled.json();
    expect({ label, deviceId }).toEqual({ label: 'Library tablet 3', deviceId: 'tablet-3' });
    const reused = await enrol(made.code, 'tablet-4');
    expect(reused.status).toBe(400);
    expect((await reused.json()).error.message).toMatch(/used already or has expired/);

    const response = testResponse({ deviceId: 'tablet-3' });
    const sent = await app.sync({ deviceId: 'tablet-3', responses: [response] }, deviceToken);
    expect((await sent.json()).results).toEqual([{ id: response.id, status: 'stored' }]);
    const { devices } = await (await app.asOfficer('/api/devices', {}, 'outreach')).json();
    expect(devices[0]).toMatchObject({
      id: 'tablet-3',
      label: 'Library tablet 3',
      enrolledBy: 'Test outreach',
      lastSeenAt: expect.any(String),
      revokedAt: null,
      responsesReceived: 1,
    });
  });

  test('a label is required; wrong codes from one address are limited', async () => {
    const bad = await app.asOfficer('/api/devices/enrolment-codes', json('POST', { label: ' ' }), 'outreach');
    expect((await bad.json()).error).toMatchObject({ code: 'invalid-label', field: 'label' });
    for (let i = 0; i < 10; i++) expect((await enrol('AAAA-AAAA', 'x')).status).toBe(400);
    const limited = await enrol((await newCode()).code, 'x');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toMatch(/^\d+$/);
  });

  test('revoking takes effect on the device’s next request, and nothing in it is stored', async () => {
    const revoke = await app.asOfficer('/api/devices/device-1/revoke', { method: 'POST' }, 'administrator');
    expect((await revoke.json()).device.revokedAt).toEqual(expect.any(String));
    const reply = await app.sync({ deviceId: 'device-1', responses: [testResponse()] });
    expect(reply.status).toBe(401);
    expect((await reply.json()).error.code).toBe('device-revoked');
    expect(await app.store.countResponses()).toBe(0);
    expect((await app.asOfficer('/api/devices/nope/revoke', { method: 'POST' }, 'administrator')).status).toBe(404);
  });
});

describe('POST /api/sync needs a device token', () => {
  test.each([
    ['no token', null, 'device-not-enrolled'],
    ['an unknown token', 'made-up-token', 'device-not-enrolled'],
  ])('with %s: 401, nothing stored', async (_, token, code) => {
    const reply = await app.sync({ deviceId: 'device-1', responses: [testResponse()] }, token);
    expect(reply.status).toBe(401);
    expect((await reply.json()).error.code).toBe(code);
    expect(await app.store.countResponses()).toBe(0);
  });

  test('a batch naming another device is refused', async () => {
    const reply = await app.sync({ deviceId: 'device-2', responses: [testResponse()] });
    expect(reply.status).toBe(403);
    expect((await reply.json()).error.code).toBe('device-mismatch');
    expect(await app.store.countResponses()).toBe(0);
  });

  test('a device sending faster than its limit gets 429 with Retry-After; another device does not', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 61; i++) statuses.push((await app.sync({ deviceId: 'device-1', responses: [] })).status);
    expect(statuses.slice(0, 60).every((s) => s === 200)).toBe(true);
    const limited = await app.sync({ deviceId: 'device-1', responses: [] });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('1');
    const other = await app.enrolDevice('device-2');
    expect((await app.sync({ deviceId: 'device-2', responses: [] }, other.token)).status).toBe(200);
  });
});
