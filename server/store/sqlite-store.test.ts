import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, expect, test } from 'vitest';
import { TEST_FORM, testResponse } from '../../src/core/test-fixtures.ts';
import { MIGRATIONS } from './migrations.ts';
import { SqliteStore } from './sqlite-store.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempPath() {
  const dir = mkdtempSync(join(tmpdir(), 'chorus-store-test-'));
  dirs.push(dir);
  return join(dir, 'nested', 'chorus.sqlite');
}

test('opening creates the file and its folder, in WAL mode, with every migration applied once', () => {
  const path = tempPath();
  new SqliteStore(path).close();
  new SqliteStore(path).close(); // A second start must not re-apply anything.
  const db = new Database(path, { readonly: true });
  try {
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    const versions = db.prepare('SELECT version FROM schema_migrations ORDER BY version').pluck().all();
    expect(versions).toEqual(MIGRATIONS.map((m) => m.version));
  } finally {
    db.close();
  }
});

test('a published version never changes: publishing it again keeps the first', () => {
  const store = new SqliteStore(tempPath());
  try {
    store.publishForm(TEST_FORM);
    store.publishForm({ ...TEST_FORM, title: { en: 'Changed' } });
    expect(store.findForm('test-form', 1)?.title).toEqual({ en: 'Test form' });
    expect(store.listPublishedForms()).toHaveLength(1);
  } finally {
    store.close();
  }
});

test('findResponses filters in SQL and pages by seq, however sparse the matches', () => {
  const store = new SqliteStore(tempPath());
  try {
    store.publishForm(TEST_FORM);
    const batch = Array.from({ length: 7 }, (_, i) => ({
      response: testResponse({ channel: i % 3 === 0 ? 'paper' : 'kiosk', event: `event-${i % 2}` }),
      contentHash: `hash-${i}`,
    }));
    store.storeResponses(batch);
    const pages = [...store.findResponses({ formId: TEST_FORM.id, channel: 'paper' }, 2)];
    expect(pages.map((page) => page.length)).toEqual([2, 1]);
    const paper = batch.filter((_, i) => i % 3 === 0).map((b) => b.response.id);
    expect(pages.flat().map((r) => r.id)).toEqual(paper);
    expect([...store.findResponses({ formId: TEST_FORM.id, channel: 'paper', event: 'event-1' })].flat()).toHaveLength(
      1,
    );
    expect([...store.findResponses({ formId: 'other-form' })]).toEqual([]);
  } finally {
    store.close();
  }
});
