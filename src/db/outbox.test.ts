import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { TEST_FORM } from '../core/test-fixtures.ts';
import { db } from './db.ts';
import { loadDraft, saveDraft } from './drafts.ts';
import { applyResults, countOutbox, nextBatch, submitResponse } from './outbox.ts';

const context = { deviceId: 'device-1', channel: 'kiosk', language: 'en' } as const;

beforeEach(async () => {
  await db.delete();
  await db.open();
});

/** Puts responses straight into the outbox, as submitResponse would. */
async function queue(count: number, answers = { colour: 'red' }) {
  const responses = [];
  for (let i = 0; i < count; i++) {
    responses.push(await submitResponse(TEST_FORM, answers, context, new Date(Date.UTC(2026, 10, 30, 10, 0, i))));
  }
  return responses;
}

describe('submitResponse', () => {
  test('moves the draft into the outbox as an immutable response, in one step', async () => {
    await saveDraft(TEST_FORM.id, TEST_FORM.version, { colour: 'blue' });
    const response = await submitResponse(
      TEST_FORM,
      { colour: 'blue' },
      { ...context, event: 'Library coffee morning' },
    );

    expect(await loadDraft(TEST_FORM.id)).toBeUndefined();
    const entry = await db.outbox.get(response.id);
    expect(entry?.state).toBe('waiting');
    expect(entry?.response).toMatchObject({
      formId: 'test-form',
      formVersion: 1,
      deviceId: 'device-1',
      channel: 'kiosk',
      language: 'en',
      event: 'Library coffee morning',
      answers: { colour: 'blue' },
    });
    expect(response.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  test('keeps the draft when the outbox write fails', async () => {
    const [first] = await queue(1);
    await saveDraft(TEST_FORM.id, TEST_FORM.version, { colour: 'blue' });
    // Force the new response's id to clash with one already queued, so the outbox write fails.
    const uuid = vi.spyOn(crypto, 'randomUUID').mockReturnValue(first?.id as ReturnType<typeof crypto.randomUUID>);
    try {
      await expect(submitResponse(TEST_FORM, { colour: 'blue' }, context)).rejects.toThrow();
    } finally {
      uuid.mockRestore();
    }
    expect((await loadDraft(TEST_FORM.id))?.answers).toEqual({ colour: 'blue' });
    expect(await countOutbox()).toEqual({
      waiting: 1,
      attention: 0,
      sent: 0,
      waitingRegistrations: 0,
      attentionRegistrations: 0,
    });
  });
});

describe('nextBatch', () => {
  test('takes the oldest waiting responses, up to the count', async () => {
    const responses = await queue(5);
    const batch = await nextBatch({ maxCount: 3, maxBytes: 1_000_000 });
    expect(batch.map((r) => r.id)).toEqual(responses.slice(0, 3).map((r) => r.id));
  });

  test('keeps a batch under the byte limit, but always sends a large response on its own', async () => {
    await queue(4);
    const oneSize = (await db.outbox.toArray())[0]?.bytes ?? 0;
    expect(await nextBatch({ maxCount: 100, maxBytes: oneSize * 2 + 1 })).toHaveLength(2);
    expect(await nextBatch({ maxCount: 100, maxBytes: 1 })).toHaveLength(1);
  });

  test('skips responses that need attention', async () => {
    const [first, second] = await queue(2);
    await applyResults([{ id: first?.id ?? '', status: 'rejected', error: 'bad' }]);
    expect((await nextBatch({ maxCount: 10, maxBytes: 1_000_000 })).map((r) => r.id)).toEqual([second?.id]);
  });
});

describe('applyResults', () => {
  test('forgets acknowledged responses and keeps the others for staff, with the reason', async () => {
    const [stored, duplicate, conflict, rejected] = await queue(4);
    const outcome = await applyResults([
      { id: stored?.id ?? '', status: 'stored' },
      { id: duplicate?.id ?? '', status: 'duplicate' },
      { id: conflict?.id ?? '', status: 'conflict', error: 'A different response with this id was stored earlier.' },
      { id: rejected?.id ?? '', status: 'rejected', error: 'Question "colour" is required.' },
    ]);
    expect(outcome).toEqual({ acknowledged: 2, attention: 2 });
    expect(await countOutbox()).toEqual({
      waiting: 0,
      attention: 2,
      sent: 2,
      waitingRegistrations: 0,
      attentionRegistrations: 0,
    });
    expect(await db.receipts.get(stored?.id ?? '')).toMatchObject({
      formId: 'test-form',
      formVersion: 1,
      status: 'stored',
    });
    expect(await db.receipts.get(stored?.id ?? '')).not.toHaveProperty('answers');
    expect((await db.outbox.get(rejected?.id ?? ''))?.attention).toEqual({
      status: 'rejected',
      error: 'Question "colour" is required.',
    });
  });

  test('ignores results for responses it does not hold', async () => {
    await queue(1);
    expect(await applyResults([{ id: 'someone-else', status: 'stored' }])).toEqual({ acknowledged: 0, attention: 0 });
    expect(await countOutbox()).toEqual({
      waiting: 1,
      attention: 0,
      sent: 0,
      waitingRegistrations: 0,
      attentionRegistrations: 0,
    });
  });
});
