import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, test } from 'vitest';
import { parseResponse } from '../core/response.ts';
import { TEST_FORM } from '../core/test-fixtures.ts';
import { db } from './db.ts';
import { loadDraft, saveDraft } from './drafts.ts';
import { submitResponse } from './outbox.ts';
import { saveCollecting } from './tablet-setup.ts';

const context = { deviceId: 'device-1', language: 'en' } as const;

beforeEach(async () => {
  await db.delete();
  await db.open();
});

describe('an assisted session (issue 8)', () => {
  test('staff marking an interpreter in Polish makes the response assisted, saying so', async () => {
    await saveCollecting({ event: 'Library', channel: 'self' });
    const response = await submitResponse(
      TEST_FORM,
      { colour: 'red' },
      {
        ...context,
        assistance: { by: 'interpreter', conversationLanguage: 'pl' },
      },
    );
    expect(response).toMatchObject({
      channel: 'assisted',
      event: 'Library',
      assistance: { by: 'interpreter', conversationLanguage: 'pl' },
    });
    expect(parseResponse(response).ok).toBe(true);
  });

  test('on a tablet set up as assisted, unmarked means staff helped, as the start page showed', async () => {
    await saveCollecting({ event: '', channel: 'assisted' });
    const response = await submitResponse(TEST_FORM, { colour: 'red' }, context);
    expect(response).toMatchObject({ channel: 'assisted', assistance: { by: 'staff' } });
  });

  test('on a tablet set up as assisted, staff saying no one helped makes it the person’s own', async () => {
    await saveCollecting({ event: '', channel: 'assisted' });
    const response = await submitResponse(TEST_FORM, { colour: 'red' }, { ...context, assistance: null });
    expect(response.channel).toBe('self');
    expect(response).not.toHaveProperty('assistance');
  });

  test('elsewhere nothing changes: a self-service response carries no assistance', async () => {
    await saveCollecting({ event: '', channel: 'self' });
    const response = await submitResponse(TEST_FORM, { colour: 'red' }, context);
    expect(response.channel).toBe('self');
    expect(response).not.toHaveProperty('assistance');
  });

  test('the draft keeps who is helping', async () => {
    await saveDraft(TEST_FORM.id, TEST_FORM.version, { colour: 'red' }, 'colour', undefined, { by: 'staff' });
    expect((await loadDraft(TEST_FORM.id))?.assistance).toEqual({ by: 'staff' });
  });
});
