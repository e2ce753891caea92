import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
import { beforeEach, expect, test } from 'vitest';
import { checksumText, parseOutboxFile } from '../core/outbox-file.ts';
import { TEST_FORM } from '../core/test-fixtures.ts';
import { testOpportunity, testRegistration } from '../core/test-opportunity.ts';
import { db } from './db.ts';
import { getOpportunity, keepOpportunities, listCurrentOpportunities } from './opportunities.ts';
import {
  applyResults,
  countOutbox,
  listNeedsAttention,
  nextBatch,
  submitRegistration,
  submitResponse,
} from './outbox.ts';
import { buildUnsentFile } from './unsent-file.ts';

// Registrations of interest share the responses' outbox: one order, one sender, one attention list, one file.

const context = { deviceId: 'device-1', channel: 'kiosk', language: 'en' } as const;

beforeEach(async () => {
  await db.delete();
  await db.open();
});

test('registrations and responses go out in the order they were made, in the same batches', async () => {
  const first = await submitResponse(TEST_FORM, { colour: 'red' }, context);
  const registration = testRegistration();
  await submitRegistration(registration);
  const last = await submitResponse(TEST_FORM, { colour: 'blue' }, context);
  const batch = await nextBatch({ maxCount: 10, maxBytes: 1_000_000 });
  expect(batch.map((e) => e.id)).toEqual([first.id, registration.id, last.id]);
  expect(batch[1]?.registration).toEqual(registration);
  expect(await countOutbox()).toEqual({
    waiting: 3,
    attention: 0,
    sent: 0,
    waitingRegistrations: 1,
    attentionRegistrations: 0,
  });
});

test('an acknowledged registration leaves a receipt without the person’s details; a rejected one waits for staff', async () => {
  const kept = testRegistration();
  const refused = testRegistration();
  await submitRegistration(kept);
  await submitRegistration(refused);
  await applyResults(
    [
      { id: kept.id, status: 'stored' },
      { id: refused.id, status: 'rejected', error: 'closed' },
    ],
    new Date('2026-12-01T10:00:00.000Z'),
  );
  expect(await db.receipts.get(kept.id)).toEqual({
    id: kept.id,
    opportunityId: 'library-group',
    sentAt: '2026-12-01T10:00:00.000Z',
    status: 'stored',
  });
  expect((await listNeedsAttention()).map((e) => [e.id, e.attention?.error])).toEqual([[refused.id, 'closed']]);
  expect(await countOutbox()).toMatchObject({ waiting: 0, attention: 1, attentionRegistrations: 1, sent: 1 });
});

test('the unsent file holds registrations beside responses, and its checksum covers them', async () => {
  const response = await submitResponse(TEST_FORM, { colour: 'red' }, context);
  const registration = testRegistration();
  await submitRegistration(registration);
  const file = await buildUnsentFile('device-1');
  expect(parseOutboxFile(file).ok).toBe(true);
  expect(file.responses).toEqual([response]);
  expect(file.registrations).toEqual([registration]);
  const expected = createHash('sha256').update(checksumText(file.responses, file.registrations)).digest('hex');
  expect(file.checksum).toBe(`sha256:${expected}`);
});

test('a file without registrations is the same as before registrations existed', async () => {
  await submitResponse(TEST_FORM, { colour: 'red' }, context);
  const file = await buildUnsentFile('device-1');
  expect('registrations' in file).toBe(false);
  expect(file.checksum).toBe(`sha256:${createHash('sha256').update(checksumText(file.responses)).digest('hex')}`);
});

test('kept opportunities replace the last list; an ended one is not shown even offline', async () => {
  const now = new Date('2026-12-01T10:00:00.000Z');
  await keepOpportunities([testOpportunity({ id: 'old' })], now);
  await keepOpportunities(
    [
      testOpportunity({ id: 'later', startsOn: '2026-12-10' }),
      testOpportunity({ id: 'sooner', startsOn: '2026-11-01' }),
      testOpportunity({ id: 'ended', startsOn: '2026-11-01', endsOn: '2026-11-30' }),
    ],
    now,
  );
  expect((await listCurrentOpportunities(now)).map((o) => o.id)).toEqual(['sooner', 'later']);
  expect(await getOpportunity('old', now)).toBeUndefined();
  expect(await getOpportunity('ended', now)).toBeUndefined();
  expect((await getOpportunity('later', now))?.fetchedAt).toBe(now.toISOString());
});
