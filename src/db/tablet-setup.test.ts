import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, test } from 'vitest';
import { TEST_FORM } from '../core/test-fixtures.ts';
import { db } from './db.ts';
import { submitResponse } from './outbox.ts';
import {
  DEFAULT_COLLECTING,
  getCollecting,
  getDeviceToken,
  getEnrolment,
  saveCollecting,
  saveEnrolment,
} from './tablet-setup.ts';

beforeEach(async () => {
  await db.delete();
  await db.open();
});

describe('enrolment', () => {
  test('a tablet not yet set up has no token', async () => {
    expect(await getEnrolment()).toBeUndefined();
    expect(await getDeviceToken()).toBeUndefined();
  });

  test('keeps the token and label the endpoint gave, and when', async () => {
    const now = new Date('2026-12-05T09:30:00.000Z');
    await saveEnrolment({ token: 'token-1', label: 'Library tablet 3' }, now);
    expect(await getEnrolment()).toEqual({
      token: 'token-1',
      label: 'Library tablet 3',
      enrolledAt: '2026-12-05T09:30:00.000Z',
    });
    expect(await getDeviceToken()).toBe('token-1');
  });

  test('setting the tablet up again replaces the old token', async () => {
    await saveEnrolment({ token: 'withdrawn', label: 'Library tablet 3' });
    await saveEnrolment({ token: 'fresh', label: 'Library tablet 3 (new)' });
    expect(await getDeviceToken()).toBe('fresh');
    expect((await getEnrolment())?.label).toBe('Library tablet 3 (new)');
  });
});

describe('event and channel', () => {
  test('a tablet nobody has set is a kiosk at no named event', async () => {
    expect(await getCollecting()).toEqual(DEFAULT_COLLECTING);
    expect(DEFAULT_COLLECTING).toEqual({ event: '', channel: 'kiosk' });
  });

  test('keeps the event (trimmed) and channel', async () => {
    await saveCollecting({ event: '  Newbury Library, coffee morning, 5 Dec ', channel: 'assisted' });
    expect(await getCollecting()).toEqual({ event: 'Newbury Library, coffee morning, 5 Dec', channel: 'assisted' });
  });

  test('refuses an event name longer than a response may carry', async () => {
    await expect(saveCollecting({ event: 'x'.repeat(201), channel: 'kiosk' })).rejects.toThrow(RangeError);
    expect(await getCollecting()).toEqual(DEFAULT_COLLECTING);
  });

  test('every response saved from then on records them', async () => {
    const before = await submitResponse(TEST_FORM, { colour: 'red' }, { deviceId: 'device-1', language: 'en' });
    expect(before.channel).toBe('kiosk');
    expect(before).not.toHaveProperty('event');

    await saveCollecting({ event: 'Newbury Library, coffee morning, 5 Dec', channel: 'assisted' });
    const after = await submitResponse(TEST_FORM, { colour: 'blue' }, { deviceId: 'device-1', language: 'en' });
    expect(after).toMatchObject({ channel: 'assisted', event: 'Newbury Library, coffee morning, 5 Dec' });
    expect((await db.outbox.get(after.id))?.response).toEqual(after);

    await saveCollecting({ event: '', channel: 'self' });
    const cleared = await submitResponse(TEST_FORM, { colour: 'red' }, { deviceId: 'device-1', language: 'en' });
    expect(cleared.channel).toBe('self');
    expect(cleared).not.toHaveProperty('event');
  });

  test('a channel and event given with the response win over the tablet’s', async () => {
    await saveCollecting({ event: 'Library', channel: 'assisted' });
    const paper = await submitResponse(
      TEST_FORM,
      { colour: 'red' },
      { deviceId: 'device-1', language: 'en', channel: 'paper', event: 'Post-back forms' },
    );
    expect(paper).toMatchObject({ channel: 'paper', event: 'Post-back forms' });
  });
});
