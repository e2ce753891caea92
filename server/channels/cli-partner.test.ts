import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, expect, test } from 'vitest';
import { SqliteStore } from '../store/sqlite-store.ts';

const run = promisify(execFile);
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

test('npm run device -- code --partner names the partner, normalised, as the officers’ screen does', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'chorus-cli-partner-'));
  dirs.push(dir);
  const env = { ...process.env, CHORUS_DB: join(dir, 'chorus.sqlite'), DATABASE_URL: '' };
  const cli = (...args: string[]) => run('npx', ['tsx', 'server/cli.ts', 'device', ...args], { env });
  const made = await cli('code', '--label', 'Healthwatch tablet', '--partner', '  Healthwatch   West Berkshire ');
  expect(made.stdout).toContain(
    'Set-up code for "Healthwatch tablet" (partner organisation "Healthwatch West Berkshire")',
  );
  const store = new SqliteStore(env.CHORUS_DB);
  try {
    expect(await store.channels.listPartners()).toEqual(['Healthwatch West Berkshire']);
  } finally {
    await store.close();
  }
}, 30_000);
