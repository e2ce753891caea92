import type { BrowserContext } from 'playwright-core';
import { createOfficer } from '../../server/auth/officers.ts';
import { issueEnrolmentCode, revokeDevice } from '../../server/devices/enrolment.ts';
import type { Role } from '../../server/store/access-records.ts';
import { SqliteStore } from '../../server/store/sqlite-store.ts';

export interface OfficerCredentials {
  email: string;
  password: string;
  name: string;
  role: Role;
}

/** Opens the endpoint's SQLite file beside its running process (WAL allows it), does the work and closes. */
async function withStore<T>(databasePath: string, work: (store: SqliteStore) => Promise<T>): Promise<T> {
  const store = new SqliteStore(databasePath);
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

/** Makes an officer account in the endpoint's database, as `npm run officer -- create` does. */
export async function addOfficer(
  databasePath: string,
  {
    role,
    email = `${role}@council.example`,
    name = `Test ${role}`,
    password = 'correct horse battery staple',
  }: {
    role: Role;
    email?: string;
    name?: string;
    password?: string;
  },
): Promise<OfficerCredentials> {
  await withStore(databasePath, (store) => createOfficer(store, { email, name, role, password }));
  return { email, password, name, role };
}

/** Signs in through the API with the context's own request client, so its pages carry the session cookie. */
export async function signInByApi(
  context: BrowserContext,
  baseUrl: string,
  { email, password }: { email: string; password: string },
): Promise<void> {
  const reply = await context.request.post(`${baseUrl}/api/session`, { data: { email, password } });
  if (!reply.ok()) throw new Error(`Signing in as ${email} failed: ${reply.status()} ${await reply.text()}`);
}

/** A fresh one-time enrolment code for a tablet, as `npm run device -- code` makes one. */
export function issueCode(databasePath: string, label = 'Test tablet'): Promise<string> {
  return withStore(databasePath, async (store) => (await issueEnrolmentCode(store, { label, officerId: null })).code);
}

/** Revokes a device in the endpoint's database, as an administrator would. */
export function revokeDeviceIn(databasePath: string, deviceId: string): Promise<void> {
  return withStore(databasePath, async (store) => {
    if (!(await revokeDevice(store, deviceId))) throw new Error(`No device ${deviceId} to revoke.`);
  });
}
