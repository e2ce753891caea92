import { beforeEach, expect, test } from 'vitest';
import { TEST_FORM, testResponse } from '../../src/core/test-fixtures.ts';
import { allPages } from '../store/all-pages.ts';
import type { Store } from '../store/store.ts';
import type { EventReflection } from './reflection.ts';

/**
 * Issue 8's part of the store contract (assisted sessions, partner organisations, reflections), registered
 * from storeContract so SQLite and PostgreSQL both run it. `current` gives the fresh store of the test.
 */
export function channelsContract(current: () => Store): void {
  let store: Store;
  beforeEach(() => {
    store = current();
  });

  const enrol = async (codeHash: string, deviceId: string, partner: string | null) => {
    await store.createEnrolmentCode({
      codeHash,
      label: `Tablet ${codeHash}`,
      createdBy: null,
      createdAt: '2026-12-01T09:00:00.000Z',
      expiresAt: '2026-12-02T09:00:00.000Z',
      partner,
    });
    return store.redeemEnrolmentCode(
      codeHash,
      { id: deviceId, tokenHash: `token-${codeHash}` },
      new Date('2026-12-01T10:00:00.000Z'),
    );
  };

  test('a set-up code names a partner; the device enrolled with it carries it, and partners are listed once each', async () => {
    expect(await enrol('a', 'device-hw', 'Healthwatch West Berkshire')).toMatchObject({
      id: 'device-hw',
      partner: 'Healthwatch West Berkshire',
    });
    await enrol('b', 'device-own', null);
    await enrol('c', 'device-hw-2', 'Healthwatch West Berkshire');
    await enrol('d', 'device-age', 'Age UK Berkshire');
    expect(await store.channels.partnerOfDevice('device-hw')).toBe('Healthwatch West Berkshire');
    expect(await store.channels.partnerOfDevice('device-own')).toBeNull();
    expect(await store.channels.partnerOfDevice('no-such-device')).toBeNull();
    expect(await store.channels.listPartners()).toEqual(['Age UK Berkshire', 'Healthwatch West Berkshire']);
    const listed = await store.listDevices();
    expect(listed.find((d) => d.id === 'device-hw')?.partner).toBe('Healthwatch West Berkshire');
    expect(listed.find((d) => d.id === 'device-own')?.partner).toBeNull();
  });

  test('a response keeps its assistance and the partner stamped on it; both filter, count and group', async () => {
    await store.publishForm(TEST_FORM);
    const helped = testResponse({
      channel: 'assisted',
      event: 'Library',
      assistance: { by: 'interpreter', conversationLanguage: 'pl' },
    });
    const staff = testResponse({ channel: 'assisted', event: 'Library', assistance: { by: 'staff' } });
    const own = testResponse({ channel: 'kiosk', event: 'Fair' });
    await store.storeResponses([
      { response: helped, contentHash: 'h1', partner: 'Healthwatch' },
      { response: staff, contentHash: 'h2', partner: 'Healthwatch' },
      { response: own, contentHash: 'h3', partner: null },
    ]);
    const all = (await allPages(store.findResponses({ formId: TEST_FORM.id }))).flat();
    expect(all[0]).toEqual({ ...helped, receivedAt: expect.any(String), partner: 'Healthwatch' });
    expect(all[1]).toMatchObject({ assistance: { by: 'staff' }, partner: 'Healthwatch' });
    expect(all[1]?.assistance).toEqual({ by: 'staff' });
    expect(all[2]).not.toHaveProperty('partner');
    expect(all[2]).not.toHaveProperty('assistance');

    expect(await store.countMatching({ formId: TEST_FORM.id, partner: 'Healthwatch' })).toBe(2);
    expect(await store.countMatching({ formId: TEST_FORM.id, partner: '' })).toBe(1);
    expect(await store.countMatching({ formId: TEST_FORM.id, assistedBy: 'interpreter' })).toBe(1);
    const reach = await store.countReach({ formId: TEST_FORM.id });
    expect(reach.byPartner).toEqual([
      { key: '', count: 1 },
      { key: 'Healthwatch', count: 2 },
    ]);
    expect(reach.byAssistedBy).toEqual([
      { key: 'interpreter', count: 1 },
      { key: 'staff', count: 1 },
    ]);
    expect(reach.byConversationLanguage).toEqual([{ key: 'pl', count: 1 }]);
    expect(await store.channels.eventPartners(TEST_FORM.id)).toEqual([
      { formId: TEST_FORM.id, event: 'Library', partner: 'Healthwatch' },
    ]);
    expect(await store.channels.eventPartners('other-form')).toEqual([]);
  });

  test('reflections are kept with their event, several per event, listed oldest first and by event or form', async () => {
    const reflection = (
      id: string,
      event: string,
      writtenAt: string,
      formId: string | null = null,
    ): EventReflection => ({
      id,
      event,
      formId,
      fields: {
        whoCame: 'Older residents, two families with small children',
        whoDidNotCome: 'Young people: try the college',
        whatWorked: 'The café table',
        whatToChange: 'Start later',
        principles: { accessibility: 'Large print and a hearing loop made it possible for Mr B to join in.' },
      },
      authorId: null,
      authorName: 'Olu Outreach',
      writtenAt,
    });
    await store.channels.addReflection(reflection('r2', 'Library', '2026-12-02T10:00:00.000Z', TEST_FORM.id));
    await store.channels.addReflection(reflection('r1', 'Library', '2026-12-01T10:00:00.000Z'));
    await store.channels.addReflection(reflection('r3', 'Fair', '2026-12-03T10:00:00.000Z'));
    expect((await store.channels.listReflections()).map((r) => r.id)).toEqual(['r1', 'r2', 'r3']);
    expect((await store.channels.listReflections({ event: 'Library' })).map((r) => r.id)).toEqual(['r1', 'r2']);
    expect(await store.channels.listReflections({ formId: TEST_FORM.id })).toEqual([
      reflection('r2', 'Library', '2026-12-02T10:00:00.000Z', TEST_FORM.id),
    ]);
  });
}
