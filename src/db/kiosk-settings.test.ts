import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, test } from 'vitest';
import { TEST_FORM } from '../core/test-fixtures.ts';
import { db } from './db.ts';
import { saveDraft } from './drafts.ts';
import { keepPublishedForms } from './forms.ts';
import { settleKioskDrafts } from './kiosk-drafts.ts';
import { getKioskSettings, leaveKioskMode, PIN_LOCK_MS, PIN_TRIES, startKioskMode } from './kiosk-settings.ts';
import { hashPin, isValidPin, pinMatches } from './staff-pin.ts';
import { getCollecting, saveCollecting } from './tablet-setup.ts';

beforeEach(async () => {
  await db.delete();
  await db.open();
});

describe('staff PIN hashing', () => {
  test('4 to 8 digits', () => {
    for (const pin of ['1234', '12345678']) expect(isValidPin(pin)).toBe(true);
    for (const pin of ['123', '123456789', '12a4', ' 1234', '']) expect(isValidPin(pin)).toBe(false);
  });

  test('keeps a salted PBKDF2 hash of at least 100,000 iterations, never the PIN', async () => {
    const kept = await hashPin('2468');
    expect(kept.algorithm).toBe('PBKDF2-SHA-256');
    expect(kept.iterations).toBeGreaterThanOrEqual(100_000);
    expect(atob(kept.salt)).toHaveLength(16);
    expect(atob(kept.hash)).toHaveLength(32);
    expect(JSON.stringify(kept)).not.toContain('2468');
    const again = await hashPin('2468');
    expect(again.salt).not.toBe(kept.salt); // A fresh random salt each time.
    expect(again.hash).not.toBe(kept.hash);
  });

  test('matches the right PIN only', async () => {
    const kept = await hashPin('2468', 1000);
    expect(await pinMatches('2468', kept)).toBe(true);
    expect(await pinMatches('2469', kept)).toBe(false);
    expect(await pinMatches('24680', kept)).toBe(false);
    expect(await pinMatches('', kept)).toBe(false);
  });

  test('refuses to hash something that is not a PIN', async () => {
    await expect(hashPin('12')).rejects.toThrow(RangeError);
  });
});

describe('kiosk mode', () => {
  const choice = { formIds: ['test-form', 'test-form', 'other'], idleSeconds: 30, pin: '2468' };

  test('starts with the chosen forms and timeout, the PIN hashed, and responses recorded as kiosk', async () => {
    await saveCollecting({ event: 'Library', channel: 'assisted' });
    await startKioskMode(choice, new Date('2026-12-05T09:00:00Z'));
    const settings = await getKioskSettings();
    expect(settings).toMatchObject({
      formIds: ['test-form', 'other'],
      idleSeconds: 30,
      startedAt: '2026-12-05T09:00:00.000Z',
    });
    expect(JSON.stringify(await db.settings.toArray())).not.toContain('"2468"');
    expect(await getCollecting()).toEqual({ event: 'Library', channel: 'kiosk' });
  });

  test('needs at least one consultation', async () => {
    await expect(startKioskMode({ ...choice, formIds: [] })).rejects.toThrow(RangeError);
    expect(await getKioskSettings()).toBeUndefined();
  });

  test('the right PIN ends it; wrong ones count down, then lock for a minute, remembered by the device', async () => {
    await startKioskMode(choice);
    const now = Date.parse('2026-12-05T10:00:00Z');
    for (let i = 1; i < PIN_TRIES; i++) {
      expect(await leaveKioskMode('0000', now)).toEqual({ ok: false, triesLeft: PIN_TRIES - i });
    }
    expect(await leaveKioskMode('0000', now)).toEqual({ ok: false, lockedForMs: PIN_LOCK_MS });
    // Even the right PIN waits out the lock.
    expect(await leaveKioskMode('2468', now + 30_000)).toEqual({ ok: false, lockedForMs: PIN_LOCK_MS - 30_000 });
    expect(await getKioskSettings()).toBeDefined();
    // After the wait, a fresh count.
    expect(await leaveKioskMode('1111', now + PIN_LOCK_MS)).toEqual({ ok: false, triesLeft: PIN_TRIES - 1 });
    expect(await leaveKioskMode('2468', now + PIN_LOCK_MS)).toEqual({ ok: true });
    expect(await getKioskSettings()).toBeUndefined();
    expect(await db.settings.get('kioskPinAttempts')).toBeUndefined();
  });
});

describe('settling drafts at a kiosk reset', () => {
  const keeping = { ...TEST_FORM, id: 'keeps-partial', kioskReset: 'keep-partial' as const };

  test('a keep-partial form’s answers so far go to the outbox marked partial; others are deleted', async () => {
    await keepPublishedForms([TEST_FORM, keeping]);
    await saveDraft(TEST_FORM.id, 1, { colour: 'red' }, 'colour');
    await saveDraft(keeping.id, 1, { pets: ['cat'] }, 'pets', { language: 'cy', easyRead: false });
    await saveDraft('not-in-kiosk', 1, { colour: 'blue' });

    const kept = await settleKioskDrafts([TEST_FORM.id, keeping.id]);
    expect(kept).toHaveLength(1);
    expect(kept[0]).toMatchObject({ formId: keeping.id, partial: true, answers: { pets: ['cat'] }, language: 'cy' });
    const outbox = await db.outbox.toArray();
    expect(outbox.map((e) => e.response)).toEqual(kept);
    // A draft of a form outside the kiosk (staff's, from before) is not the kiosk's to touch.
    expect(await db.drafts.toCollection().primaryKeys()).toEqual(['not-in-kiosk']);
  });

  test('nothing answered yet on a keep-partial form: nothing to keep', async () => {
    await keepPublishedForms([keeping]);
    await saveDraft(keeping.id, 1, {}, 'colour');
    expect(await settleKioskDrafts([keeping.id])).toEqual([]);
    expect(await db.outbox.count()).toBe(0);
    expect(await db.drafts.count()).toBe(0);
  });
});
