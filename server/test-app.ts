import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TEST_FORM } from '../src/core/test-fixtures.ts';
import { createApp } from './app.ts';
import { SqliteStore } from './store/sqlite-store.ts';

/** The endpoint in-process over a real SQLite file in a temporary folder, with TEST_FORM published. */
export async function testApp({ bodyLimitBytes = 64 * 1024 } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'chorus-server-test-'));
  const databasePath = join(dir, 'chorus.sqlite');
  let store = new SqliteStore(databasePath);
  await store.publishForm(TEST_FORM);
  let app = createApp({ store, bodyLimitBytes });
  return {
    databasePath,
    get store() {
      return store;
    },
    request: (path: string, init?: RequestInit) => app.request(path, init),
    sync: (body: unknown) =>
      app.request('/api/sync', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      }),
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
