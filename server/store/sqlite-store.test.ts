import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, expect, test } from 'vitest';
import { paperStoreContract } from '../paper/paper-store-contract.ts';
import { MIGRATIONS } from './migrations.ts';
import { SqliteStore } from './sqlite-store.ts';
import { type StoreUnderTest, storeContract } from './store-contract.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempPath() {
  const dir = mkdtempSync(join(tmpdir(), 'chorus-store-test-'));
  dirs.push(dir);
  return join(dir, 'nested', 'chorus.sqlite');
}

const openStore = async (): Promise<StoreUnderTest> => {
  const path = tempPath();
  let store = new SqliteStore(path);
  return {
    store,
    async reopen() {
      await store.close();
      store = new SqliteStore(path);
      return store;
    },
    dispose: () => store.close(),
  };
};
storeContract(openStore);
// Paper returns (issue 8).
paperStoreContract(openStore);

test('opening creates the file and its folder, in WAL mode, with every migration applied once', async () => {
  const path = tempPath();
  await new SqliteStore(path).close();
  await new SqliteStore(path).close(); // A second start must not re-apply anything.
  const db = new Database(path, { readonly: true });
  try {
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    const versions = db.prepare('SELECT version FROM schema_migrations ORDER BY version').pluck().all();
    expect(versions).toEqual(MIGRATIONS.map((m) => m.version));
  } finally {
    db.close();
  }
});

test('a closed store is not ready', async () => {
  const store = new SqliteStore(tempPath());
  await store.close();
  expect(await store.isReady()).toBe(false);
});
