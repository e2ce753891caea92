import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { checkFormDefinition } from '../../src/core/form.ts';
import { SqliteStore } from '../store/sqlite-store.ts';
import { SEEDED_FORMS, seedDemo } from './seed-demo.ts';

let dir: string;
let store: SqliteStore;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'chorus-seed-test-'));
  store = new SqliteStore(join(dir, 'chorus.sqlite'));
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

test.each(SEEDED_FORMS.map((form) => [form.id, form] as const))(
  'the seeded form "%s" passes the publishing checks',
  (_, form) => {
    expect(checkFormDefinition(form)).toEqual({ ok: true, form });
  },
);

test('seeding publishes each form once, the demo listed first, however often the endpoint starts', async () => {
  await seedDemo(store);
  await seedDemo(store);
  expect((await store.listPublishedForms()).map((f) => `${f.id}@${f.version}`)).toEqual([
    'shape-services@1',
    'library-hubs@1',
    'ev-charging@1',
  ]);
});

test('the new consultations open in Welsh and Easy Read, then fall back to English', () => {
  for (const form of SEEDED_FORMS.filter((f) => f.id !== 'shape-services')) {
    const [first, second, third] = form.questions;
    for (const text of [form.title, form.description, first?.label, second?.label]) {
      expect(Object.keys(text ?? {})).toEqual(['en', 'cy', 'en-x-easy']);
    }
    expect(Object.keys(third?.label ?? {})).toEqual(['en']);
  }
});
