import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { ChorusDb } from '../db/chorus-db.ts';
import { databaseAlert, watchDatabase } from './database-alerts.ts';

const NAME = 'chorus-alerts-test';
beforeEach(() => {
  databaseAlert.value = null;
});
afterEach(async () => {
  await Dexie.delete(NAME);
});

/** A raw connection that, like an old tab running old code, never closes when asked. */
function openStubbornly(version: number): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(NAME, version);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

test('an old tab holding the database open: "close the other Chorus tab", and the upgrade then goes ahead', async () => {
  const old = await openStubbornly(1);
  const db = new ChorusDb(NAME);
  watchDatabase(db);
  const opening = db.open();
  await expect.poll(() => databaseAlert.value).toBe('blocked');

  old.close(); // The person closes the other tab.
  await opening;
  expect(databaseAlert.value).toBeNull();
  expect(db.verno).toBe(5);
  db.close();
});

test('a newer Chorus upgrading in another tab: this tab lets go at once and asks to be reloaded', async () => {
  const db = new ChorusDb(NAME);
  watchDatabase(db);
  await db.open();
  const newer = await openStubbornly(1000); // Would hang here if this tab held on.
  expect(databaseAlert.value).toBe('replaced');
  expect(db.isOpen()).toBe(false);
  newer.close();
});
