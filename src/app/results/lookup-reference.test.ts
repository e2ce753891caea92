import 'fake-indexeddb/auto';
import { beforeEach, expect, test, vi } from 'vitest';
import { referenceCode } from '../../core/reference-code.ts';
import type { ResultsPage } from '../../core/results-page.ts';
import { TEST_FORM, testResponse } from '../../core/test-fixtures.ts';
import { db } from '../../db/db.ts';
import { keepPublishedForms } from '../../db/forms.ts';
import type { Receipt } from '../../db/receipt.ts';
import { keepPublishedResults, keepReferenceIndex } from '../../db/results.ts';
import { lookupReference } from './lookup-reference.ts';

const PAGE: ResultsPage = {
  formId: 'test-form',
  title: { en: 'Test form' },
  defaultLanguage: 'en',
  content: { themes: [], outcomes: [] },
  participation: { total: null, totalSuppressed: true, byChannel: [], byEvent: [] },
  publishedAt: '2026-12-01T09:00:00.000Z',
  updatedAt: '2026-12-01T09:00:00.000Z',
};

beforeEach(async () => {
  await db.delete();
  await db.open();
  await keepPublishedForms([TEST_FORM]);
  vi.stubGlobal('navigator', { onLine: false });
});

test('a response still in the outbox is waiting to be sent', async () => {
  const response = testResponse({ id: crypto.randomUUID() });
  await db.outbox.add({ id: response.id, response, queuedAt: '', seq: 1, state: 'waiting', bytes: 1 });
  expect(await lookupReference(referenceCode(response.id))).toEqual({
    kind: 'waiting',
    formId: 'test-form',
    title: { en: 'Test form' },
    defaultLanguage: 'en',
  });
});

test('a response this tablet sent (its receipt) was received; results not yet published until they are', async () => {
  const id = crypto.randomUUID();
  const receipt: Receipt = { id, formId: 'test-form', formVersion: 1, sentAt: '', status: 'stored' };
  await db.receipts.add(receipt);
  expect(await lookupReference(referenceCode(id))).toMatchObject({ kind: 'received', published: false });
  await keepPublishedResults([PAGE]);
  expect(await lookupReference(referenceCode(id))).toMatchObject({ kind: 'received', published: true });
});

test('a response from another tablet is found in the reference index; an unknown one is unknown, offline', async () => {
  const id = crypto.randomUUID();
  const code = referenceCode(id);
  await keepReferenceIndex({ forms: { 'test-form': `04HMASW9 ${code.replace('-', '')}` } });
  expect(await lookupReference(code)).toMatchObject({ kind: 'received', formId: 'test-form' });
  expect(await lookupReference('ZZZZ-ZZZZ')).toEqual({ kind: 'unknown' });
});

test('an unpublished page leaves the tablet at the next refresh', async () => {
  await keepPublishedResults([PAGE]);
  await keepPublishedResults([]);
  expect(await db.results.count()).toBe(0);
});
