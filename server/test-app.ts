import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TEST_FORM } from '../src/core/test-fixtures.ts';
import { createApp } from './app.ts';
import { createOfficer } from './auth/officers.ts';
import { enrolDevice, issueEnrolmentCode } from './devices/enrolment.ts';
import type { Role } from './store/access-records.ts';
import { SqliteStore } from './store/sqlite-store.ts';

/** The password every test officer has. */
export const TEST_PASSWORD = 'correct horse battery staple';

/**
 * The endpoint in-process over a real SQLite file in a temporary folder, with TEST_FORM published and one
 * enrolled device, "device-1", whose token `sync` sends.
 */
export async function testApp({ bodyLimitBytes = 64 * 1024 } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'chorus-server-test-'));
  const databasePath = join(dir, 'chorus.sqlite');
  let store = new SqliteStore(databasePath);
  await store.publishForm(TEST_FORM);
  let app = createApp({ store, bodyLimitBytes });
  const signedIn = new Map<Role, Promise<Record<string, string>>>();

  /** Enrols a device with a fresh code, as a tablet would; returns its id and token. */
  async function enrol(deviceId: string): Promise<{ deviceId: string; token: string }> {
    const { code } = await issueEnrolmentCode(store, { label: `Tablet ${deviceId}`, officerId: null });
    const enrolled = await enrolDevice(store, code, deviceId);
    if (enrolled === 'invalid') throw new Error('The test enrolment code was refused.');
    return { deviceId, token: enrolled.deviceToken };
  }
  const device = await enrol('device-1');

  async function signIn(role: Role): Promise<Record<string, string>> {
    const email = `${role}@council.example`;
    if ((await store.findOfficerByEmail(email)) === undefined) {
      await createOfficer(store, { email, name: `Test ${role}`, role, password: TEST_PASSWORD });
    }
    const reply = await app.request('/api/session', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email, password: TEST_PASSWORD }),
    });
    if (!reply.ok) throw new Error(`Test sign-in failed: ${reply.status} ${await reply.text()}`);
    const cookie = (reply.headers.get('set-cookie') ?? '').split(';')[0] as string;
    const { csrfToken } = (await reply.json()) as { csrfToken: string };
    return { Cookie: cookie, 'X-CSRF-Token': csrfToken };
  }

  return {
    databasePath,
    device,
    get store() {
      return store;
    },
    /** A request with no session and no device token. */
    request: (path: string, init?: RequestInit) => app.request(path, init),
    /** A POST /api/sync with a device token (device-1's unless another is given). */
    sync: (body: unknown, token: string | null = device.token) =>
      app.request('/api/sync', {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          ...(token === null ? {} : { Authorization: `Bearer ${token}` }),
        },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      }),
    enrolDevice: enrol,
    /** Headers (session cookie and CSRF token) of an officer with this role, signed in once per role. */
    signIn(role: Role = 'officer'): Promise<Record<string, string>> {
      let headers = signedIn.get(role);
      if (!headers) {
        headers = signIn(role);
        signedIn.set(role, headers);
      }
      return headers;
    },
    /** A request as a signed-in officer with this role (default: officer). */
    async asOfficer(path: string, init: RequestInit = {}, role: Role = 'officer') {
      const headers = new Headers(init.headers);
      for (const [name, value] of Object.entries(await this.signIn(role))) headers.set(name, value);
      return app.request(path, { ...init, headers });
    },
    /** Closes and reopens the same file, as a restarted endpoint would. */
    async reopen() {
      await store.close();
      store = new SqliteStore(databasePath);
      app = createApp({ store, bodyLimitBytes });
    },
    async dispose() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
