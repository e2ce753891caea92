import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
import { beforeEach, describe, expect, test } from 'vitest';
import { checksumText, parseOutboxFile } from '../core/outbox-file.ts';
import { TEST_FORM } from '../core/test-fixtures.ts';
import { db } from './db.ts';
import { applyResults, countOutbox, submitResponse } from './outbox.ts';
import { buildUnsentFile } from './unsent-file.ts';

const context = { deviceId: 'device-1', channel: 'kiosk', language: 'en' } as const;
const now = new Date('2026-12-01T09:00:00.000Z');

beforeEach(async () => {
  await db.delete();
  await db.open();
});

describe('buildUnsentFile', () => {
  test('holds every unsent response, waiting and needing attention, in submission order', async () => {
    const first = await submitResponse(TEST_FORM, { colour: 'red' }, context);
    const second = await submitResponse(TEST_FORM, { colour: 'blue', comment: 'Café ☕' }, context);
    const third = await submitResponse(TEST_FORM, { colour: 'red', pets: ['dog'] }, context);
    await applyResults([
      { id: first.id, status: 'stored' },
      { id: second.id, status: 'rejected', error: 'Question "colour" is required.' },
    ]);

    const file = await buildUnsentFile('device-1', now);

    expect(file).toMatchObject({
      format: 'chorus-unsent-responses',
      formatVersion: 1,
      deviceId: 'device-1',
      exportedAt: '2026-12-01T09:00:00.000Z',
      count: 2,
    });
    expect(file.responses).toEqual([second, third]);
  });

  test('has the SHA-256 of the canonical responses as its checksum, as the endpoint computes it', async () => {
    await submitResponse(TEST_FORM, { colour: 'blue', comment: 'Café ☕' }, context);
    const file = await buildUnsentFile('device-1', now);
    const expected = createHash('sha256').update(checksumText(file.responses)).digest('hex');
    expect(file.checksum).toBe(`sha256:${expected}`);
  });

  test('survives the trip through a file and reads back as a whole export', async () => {
    await submitResponse(TEST_FORM, { colour: 'red' }, context);
    const file = await buildUnsentFile('device-1', now);
    expect(parseOutboxFile(JSON.parse(JSON.stringify(file)))).toEqual({ ok: true, value: file });
  });

  test('removes nothing from the outbox: responses leave only when the endpoint acknowledges them', async () => {
    await submitResponse(TEST_FORM, { colour: 'red' }, context);
    await submitResponse(TEST_FORM, { colour: 'blue' }, context);
    await buildUnsentFile('device-1', now);
    expect(await countOutbox()).toEqual({
      waiting: 2,
      attention: 0,
      sent: 0,
      waitingRegistrations: 0,
      attentionRegistrations: 0,
    });
  });

  test('with nothing unsent, is an empty file that still checks', async () => {
    const file = await buildUnsentFile('device-1', now);
    expect(file).toMatchObject({ count: 0, responses: [] });
    expect(parseOutboxFile(file).ok).toBe(true);
  });
});
