import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { paperStoreContract } from '../paper/paper-store-contract.ts';
import { POSTGRES_MIGRATIONS } from './postgres-migrations.ts';
import { PostgresStore } from './postgres-store.ts';
import { type StoreUnderTest, storeContract } from './store-contract.ts';

const url = process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';

/** Creates and drops the tests' schemas; also proves at the start that the server can be reached. */
let admin: pg.Pool;
beforeAll(async () => {
  admin = new pg.Pool({ connectionString: url, max: 2 });
  admin.on('error', () => undefined);
  try {
    await admin.query('SELECT 1');
  } catch (error) {
    await admin.end();
    throw new Error(
      `The PostgreSQL store tests cannot reach ${redacted(url)}: ${(error as Error).message}. ` +
        'Start PostgreSQL (Debian: apt-get install -y postgresql && pg_ctlcluster 15 main start; .ci/run does this) ' +
        'and point TEST_DATABASE_URL at it, e.g. TEST_DATABASE_URL=postgres://postgres:PASSWORD@127.0.0.1:5432/postgres (set one with: su postgres -c "psql -c \\"ALTER USER postgres PASSWORD \'PASSWORD\'\\"").',
    );
  }
});
afterAll(() => admin?.end());

/** A schema of its own for each test, dropped after it, so runs never see each other's rows. */
async function freshSchema(): Promise<{ schema: string; drop: () => Promise<void> }> {
  const schema = `chorus_test_${randomBytes(6).toString('hex')}`;
  await admin.query(`CREATE SCHEMA ${schema}`);
  return { schema, drop: async () => void (await admin.query(`DROP SCHEMA ${schema} CASCADE`)) };
}

const openStore = async (): Promise<StoreUnderTest> => {
  const { schema, drop } = await freshSchema();
  let store = await PostgresStore.open(url, { schema });
  return {
    store,
    async reopen() {
      await store.close();
      store = await PostgresStore.open(url, { schema });
      return store;
    },
    async dispose() {
      await store.close();
      await drop();
    },
  };
};
storeContract(openStore);
// Paper returns (issue 8).
paperStoreContract(openStore);

test('opening creates the tables in the schema asked for, with every migration applied once', async () => {
  const { schema, drop } = await freshSchema();
  try {
    // Two endpoints starting at once: the advisory lock makes one wait for the other's migrations.
    const stores = await Promise.all([PostgresStore.open(url, { schema }), PostgresStore.open(url, { schema })]);
    await Promise.all(stores.map((s) => s.close()));
    await (await PostgresStore.open(url, { schema })).close();
    const { rows } = await admin.query(`SELECT version FROM ${schema}.schema_migrations ORDER BY version`);
    expect(rows.map((r) => r.version)).toEqual(POSTGRES_MIGRATIONS.map((m) => m.version));
  } finally {
    await drop();
  }
});

test('a closed store is not ready', async () => {
  const { schema, drop } = await freshSchema();
  const store = await PostgresStore.open(url, { schema });
  await store.close();
  expect(await store.isReady()).toBe(false);
  await drop();
});

function redacted(connectionString: string): string {
  return connectionString.replace(/\/\/([^:@/]*):[^@/]*@/, '//$1:***@');
}
