import { afterEach, beforeEach, expect, test } from 'vitest';
import { TEST_FORM, testResponse } from '../../src/core/test-fixtures.ts';
import { allPages } from './all-pages.ts';
import type { Store } from './store.ts';

/** A fresh, empty store for one test, and a way to open the same data again as a restarted endpoint would. */
export interface StoreUnderTest {
  store: Store;
  reopen(): Promise<Store>;
  dispose(): Promise<void>;
}

/**
 * Registers the tests every store must pass (SQLite and PostgreSQL alike), each against its own fresh store
 * from `open`. Call it at the top level of a store's test file.
 */
export function storeContract(open: () => Promise<StoreUnderTest>): void {
  let subject: StoreUnderTest;
  let store: Store;
  beforeEach(async () => {
    subject = await open();
    store = subject.store;
  });
  afterEach(() => subject.dispose());

  const stored = (...responses: ReturnType<typeof testResponse>[]) =>
    store.storeResponses(responses.map((response, i) => ({ response, contentHash: `hash-${response.id}-${i}` })));

  test('a published version never changes: publishing it again keeps the first', async () => {
    await store.publishForm(TEST_FORM);
    await store.publishForm({ ...TEST_FORM, title: { en: 'Changed' } });
    expect((await store.findForm('test-form', 1))?.title).toEqual({ en: 'Test form' });
    expect(await store.listPublishedForms()).toHaveLength(1);
    expect(await store.findForm('test-form', 2)).toBeUndefined();
  });

  test('published forms are listed by publication time, then id', async () => {
    const at = new Date('2026-11-30T09:00:00.000Z');
    await store.publishForm({ ...TEST_FORM, id: 'b-form' }, at);
    await store.publishForm({ ...TEST_FORM, id: 'a-form' }, at);
    await store.publishForm({ ...TEST_FORM, id: 'Z-form' }, new Date(at.getTime() - 1));
    expect((await store.listPublishedForms()).map((f) => f.id)).toEqual(['Z-form', 'a-form', 'b-form']);
  });

  test('each response is stored once: a resend is a duplicate, changed content a conflict, in order', async () => {
    await store.publishForm(TEST_FORM);
    const first = testResponse();
    const second = testResponse({ event: 'Library' });
    const now = new Date('2026-12-01T08:00:00.000Z');
    expect(
      await store.storeResponses(
        [
          { response: first, contentHash: 'a' },
          { response: second, contentHash: 'b' },
          { response: first, contentHash: 'a' },
        ],
        now,
      ),
    ).toEqual(['stored', 'stored', 'duplicate']);
    expect(
      await store.storeResponses([
        { response: second, contentHash: 'changed' },
        { response: first, contentHash: 'a' },
      ]),
    ).toEqual(['conflict', 'duplicate']);
    expect(await store.countResponses()).toBe(2);
    const [page] = await allPages(store.responsesForForm(TEST_FORM.id));
    expect(page).toEqual([
      { ...first, receivedAt: now.toISOString() },
      { ...second, receivedAt: now.toISOString() },
    ]);
  });

  test('responses come back exactly as sent: time offsets, text and answer key order untouched', async () => {
    await store.publishForm(TEST_FORM);
    const response = testResponse({
      submittedAt: '2026-12-01T09:30:00.123456+0100',
      answers: { zeta: 'Ffŵr 😀 "quoted"', alpha: ['b', 'a'], colour: { other: '=1+1' } },
    } as Partial<ReturnType<typeof testResponse>>);
    await stored(response);
    const [page] = await allPages(store.findResponses({ formId: TEST_FORM.id }));
    expect(JSON.stringify(page?.[0]?.answers)).toBe(JSON.stringify(response.answers));
    expect(page?.[0]?.submittedAt).toBe('2026-12-01T09:30:00.123456+0100');
    expect(page?.[0]).not.toHaveProperty('event');
  });

  test('a batch that fails stores none of it', async () => {
    await store.publishForm(TEST_FORM);
    // The second names a form that was never published: the foreign key refuses it, and the first goes too.
    await expect(stored(testResponse(), testResponse({ formId: 'unpublished' }))).rejects.toThrow();
    expect(await store.countResponses()).toBe(0);
  });

  test('findResponses filters in the store and pages by seq, however sparse the matches', async () => {
    await store.publishForm(TEST_FORM);
    const batch = Array.from({ length: 7 }, (_, i) => ({
      response: testResponse({ channel: i % 3 === 0 ? 'paper' : 'kiosk', event: `event-${i % 2}` }),
      contentHash: `hash-${i}`,
    }));
    await store.storeResponses(batch);
    const pages = await allPages(store.findResponses({ formId: TEST_FORM.id, channel: 'paper' }, 2));
    expect(pages.map((page) => page.length)).toEqual([2, 1]);
    const paper = batch.filter((_, i) => i % 3 === 0).map((b) => b.response.id);
    expect(pages.flat().map((r) => r.id)).toEqual(paper);
    const paperAtEvent1 = await allPages(
      store.findResponses({ formId: TEST_FORM.id, channel: 'paper', event: 'event-1' }),
    );
    expect(paperAtEvent1.flat()).toHaveLength(1);
    expect(await allPages(store.findResponses({ formId: 'other-form' }))).toEqual([]);
    expect(await store.countResponses(TEST_FORM.id)).toBe(7);
    expect(await store.countResponses('other-form')).toBe(0);
  });

  test('time filters compare instants in UTC, whatever offset the device wrote', async () => {
    await store.publishForm(TEST_FORM);
    const late = testResponse({ submittedAt: '2026-12-01T00:30:00+01:00' }); // 2026-11-30 23:30 UTC
    const early = testResponse({ submittedAt: '2026-11-30T23:30:00-0200' }); // 2026-12-01 01:30 UTC
    const plain = testResponse({ submittedAt: '2026-12-01T00:00:00.000Z' });
    await stored(late, early, plain);
    const ids = async (filter: { submittedFrom?: string; submittedBefore?: string }) =>
      (await allPages(store.findResponses({ formId: TEST_FORM.id, ...filter }))).flat().map((r) => r.id);
    expect(await ids({ submittedBefore: '2026-12-01T00:00:00.000Z' })).toEqual([late.id]);
    expect(await ids({ submittedFrom: '2026-12-01T00:00:00.000Z' })).toEqual([early.id, plain.id]);
    expect(
      await ids({ submittedFrom: '2026-12-01T00:00:00.000Z', submittedBefore: '2026-12-01T01:00:00.000Z' }),
    ).toEqual([plain.id]);
  });

  test('countReach groups the matching responses by each field, keys in order', async () => {
    await store.publishForm(TEST_FORM);
    await store.publishForm({ ...TEST_FORM, version: 2 });
    await stored(
      testResponse({ channel: 'paper', language: 'cy', event: 'Library', submittedAt: '2026-12-01T00:30:00+01:00' }),
      testResponse({ channel: 'kiosk', language: 'en', submittedAt: '2026-12-01T10:00:00Z' }),
      testResponse({ channel: 'kiosk', language: 'en', event: 'Fair', submittedAt: '2026-12-02T10:00:00Z' }),
      testResponse({ channel: 'assisted', formVersion: 2 }),
    );
    expect(await store.countReach({ formId: TEST_FORM.id, version: 1 })).toEqual({
      total: 3,
      byChannel: [
        { key: 'kiosk', count: 2 },
        { key: 'paper', count: 1 },
      ],
      byLanguage: [
        { key: 'cy', count: 1 },
        { key: 'en', count: 2 },
      ],
      byEvent: [
        { key: '', count: 1 },
        { key: 'Fair', count: 1 },
        { key: 'Library', count: 1 },
      ],
      byDay: [
        { key: '2026-11-30', count: 1 },
        { key: '2026-12-01', count: 1 },
        { key: '2026-12-02', count: 1 },
      ],
    });
    expect(await store.countReach({ formId: 'other-form' })).toEqual({
      total: 0,
      byChannel: [],
      byLanguage: [],
      byEvent: [],
      byDay: [],
    });
  });

  test('reopening keeps everything and applies no migration twice; a closed store is not ready', async () => {
    await store.publishForm(TEST_FORM);
    await stored(testResponse());
    expect(await store.isReady()).toBe(true);
    store = await subject.reopen();
    expect(await store.isReady()).toBe(true);
    expect(await store.countResponses()).toBe(1);
    expect(await store.listPublishedForms()).toHaveLength(1);
  });
}
