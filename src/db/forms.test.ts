import 'fake-indexeddb/auto';
import { beforeEach, expect, test } from 'vitest';
import { TEST_FORM } from '../core/test-fixtures.ts';
import { db } from './db.ts';
import { getDeviceId } from './device.ts';
import { saveDraft } from './drafts.ts';
import { getForm, keepPublishedForms, listLatestForms } from './forms.ts';

beforeEach(async () => {
  await db.delete();
  await db.open();
});

const v2 = { ...TEST_FORM, version: 2, title: { en: 'Test form, second version' } };

test('lists the newest version of each form', async () => {
  await keepPublishedForms([TEST_FORM, v2]);
  expect((await listLatestForms()).map((f) => f.key)).toEqual(['test-form@2']);
  expect((await getForm('test-form'))?.version).toBe(2);
  expect((await getForm('test-form', 1))?.version).toBe(1);
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

test('a device id is made once and kept', async () => {
  const first = await getDeviceId();
  expect(await getDeviceId()).toBe(first);
});
