import 'fake-indexeddb/auto';
import { beforeEach, expect, test } from 'vitest';
import { TEST_FORM } from '../core/test-fixtures.ts';
import { db } from './db.ts';
import { getDeviceId } from './device.ts';
import { saveDraft } from './drafts.ts';
import { getForm, keepPublishedForms, listLatestForms } from './forms.ts';
import { submitResponse } from './outbox.ts';

beforeEach(async () => {
  await db.delete();
  await db.open();
});

const v2 = { ...TEST_FORM, version: 2, title: { en: 'Test form, second version' } };

test('lists the newest version of each form', async () => {
  await keepPublishedForms([TEST_FORM, v2]);
  expect((await listLatestForms()).map((f) => f.key)).toEqual(['test-form@2']);
  expect((await getForm('test-form'))?.version).toBe(2);
  // Nothing on the device answers version 1, so it is not kept (see the tests below).
  expect(await getForm('test-form', 1)).toBeUndefined();
});

test('drops versions no longer published, unless a draft still answers them', async () => {
  await keepPublishedForms([TEST_FORM]);
  await saveDraft('test-form', 1, { colour: 'red' });
  await keepPublishedForms([v2]);
  expect((await db.forms.toCollection().primaryKeys()).sort()).toEqual(['test-form@1', 'test-form@2']);

  await db.drafts.clear();
  await keepPublishedForms([v2]);
  expect(await db.forms.toCollection().primaryKeys()).toEqual(['test-form@2']);
});

const storedKeys = async () => (await db.forms.toCollection().primaryKeys()).sort();

test('only the newest published version is kept, so the next person starts on it', async () => {
  await keepPublishedForms([TEST_FORM]);
  expect((await getForm('test-form'))?.version).toBe(1);
  // The endpoint lists every version it has published: the device keeps the newest of each form.
  await keepPublishedForms([TEST_FORM, v2]);
  expect(await storedKeys()).toEqual(['test-form@2']);
  expect((await getForm('test-form'))?.version).toBe(2);
});

test('a draft on the old version keeps it, so the resident finishes and submits on the version they started', async () => {
  await keepPublishedForms([TEST_FORM]);
  await saveDraft('test-form', 1, { colour: 'red' });
  await keepPublishedForms([TEST_FORM, v2]);
  expect(await storedKeys()).toEqual(['test-form@1', 'test-form@2']);
  expect((await getForm('test-form', 1))?.definition.title).toEqual(TEST_FORM.title);
  // Someone else starting now (no draft) gets version 2.
  expect((await getForm('test-form'))?.version).toBe(2);
});

test('a response in the outbox keeps its version until sent; then the old version goes', async () => {
  await keepPublishedForms([TEST_FORM]);
  const response = await submitResponse(TEST_FORM, { colour: 'red' }, { deviceId: 'device-1', language: 'en' });
  expect(response.formVersion).toBe(1);
  await keepPublishedForms([TEST_FORM, v2]);
  expect(await storedKeys()).toEqual(['test-form@1', 'test-form@2']);

  await db.outbox.clear(); // acknowledged by the endpoint
  await keepPublishedForms([TEST_FORM, v2]);
  expect(await storedKeys()).toEqual(['test-form@2']);
});

test('a form open on screen keeps its version before its first answer is saved', async () => {
  await keepPublishedForms([TEST_FORM]);
  await keepPublishedForms([TEST_FORM, v2], new Date(), ['test-form@1']);
  expect(await storedKeys()).toEqual(['test-form@1', 'test-form@2']);
  await keepPublishedForms([TEST_FORM, v2]);
  expect(await storedKeys()).toEqual(['test-form@2']);
});

test('a device id is made once and kept', async () => {
  const first = await getDeviceId();
  expect(await getDeviceId()).toBe(first);
});
