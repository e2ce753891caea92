import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { checkFormDefinition } from '../../src/core/form.ts';
import { checkResultsContent, OUTCOME_STATUSES } from '../../src/core/results-page.ts';
import { SqliteStore } from '../store/sqlite-store.ts';
import { SAMPLE_BASELINE_ID } from './sample-baseline.ts';
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
    'library-hubs@2',
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

test('the sample population baseline is stored once, and its name says it is not real data', async () => {
  await seedDemo(store, new Date('2026-12-01T09:00:00.000Z'));
  await seedDemo(store);
  expect(await store.listBaselines()).toEqual([
    {
      id: SAMPLE_BASELINE_ID,
      name: 'Sample area (illustrative figures, not real data)',
      uploadedAt: '2026-12-01T09:00:00.000Z',
      uploadedBy: null,
      rowCount: 26,
    },
  ]);
});

test('a database that has version 1 of the library consultation gains version 2, with the equality block', async () => {
  const v2 = SEEDED_FORMS.find((f) => f.id === 'library-hubs');
  if (!v2) throw new Error('library-hubs is seeded');
  await store.publishForm({ ...v2, version: 1, questions: v2.questions.filter((q) => !q.id.startsWith('equality-')) });
  await seedDemo(store);
  const versions = (await store.listPublishedForms()).filter((f) => f.id === 'library-hubs');
  expect(versions.map((f) => f.version)).toEqual([1, 2]);
  expect(versions[1]?.questions.filter((q) => q.id.startsWith('equality-')).map((q) => q.id)).toEqual([
    'equality-intro',
    'equality-age',
    'equality-sex',
    'equality-ethnic-group',
    'equality-long-term-condition',
    'equality-day-to-day',
    'equality-religion',
  ]);
});

test('two demo opportunities are published on first start, and never added where opportunities exist', async () => {
  const now = new Date('2026-11-30T09:00:00.000Z');
  await seedDemo(store, now);
  await seedDemo(store, now);
  const seeded = await store.opportunities.listOpportunities();
  expect(seeded.map((o) => [o.id, o.status, o.endsOn >= '2026-11-30'])).toEqual([
    ['library-co-design', 'published', true],
    ['neighbourhood-plan-forum', 'published', true],
  ]);

  const other = new SqliteStore(join(dir, 'other.sqlite'));
  try {
    await other.opportunities.saveOpportunity({
      ...seeded[0],
      id: 'officer-own',
      status: 'draft',
    } as (typeof seeded)[0]);
    await seedDemo(other, now);
    expect((await other.opportunities.listOpportunities()).map((o) => o.id)).toEqual(['officer-own']);
  } finally {
    await other.close();
  }
});

test('a published results page is seeded once, valid, and an officer’s changes are never replaced', async () => {
  await seedDemo(store, new Date('2026-12-01T09:00:00.000Z'));
  const [page] = await store.results.listPublishedResults();
  expect(page?.formId).toBe('library-hubs');
  expect(checkResultsContent(page?.content)).toMatchObject({ ok: true });
  expect(new Set(page?.content.outcomes.map((o) => o.status))).toEqual(new Set(OUTCOME_STATUSES));
  for (const quote of page?.content.themes.flatMap((t) => t.quotes) ?? []) expect(quote.text).toMatch(/^Sample quote/);
  await store.results.setResultsStatus('library-hubs', 'draft', 'officer-1', new Date());
  await seedDemo(store);
  expect(await store.results.listPublishedResults()).toEqual([]);
});
