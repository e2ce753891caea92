import { afterEach, beforeEach, expect, test } from 'vitest';
import { TEST_FORM, testResponse } from '../../src/core/test-fixtures.ts';
import { channelsContract } from '../channels/channels-contract.ts';
import { draftStoreContract } from '../forms/drafts-store-contract.ts';
import { imageStoreContract } from '../images/image-store-contract.ts';
import { opportunityStoreContract } from '../opportunities/opportunity-store-contract.ts';
import { resultsStoreContract } from '../results/results-store-contract.ts';
import type { OfficerWithSecret } from './access-records.ts';
import { allPages } from './all-pages.ts';
import type { Store } from './store.ts';

/** A fresh, empty store for one test, and a way to open the same data again as a restarted endpoint would. */
export interface StoreUnderTest {
  store: Store;
  reopen(): Promise<Store>;
  dispose(): Promise<void>;
}

/**
 * Registers the tests every store must pass (SQLite and PostgreSQL alike), each against its own fresh store
 * from `open`. Call it at the top level of a store's test file.
 */
export function storeContract(open: () => Promise<StoreUnderTest>): void {
  let subject: StoreUnderTest;
  let store: Store;
  beforeEach(async () => {
    subject = await open();
    store = subject.store;
  });
  afterEach(() => subject.dispose());
  imageStoreContract(() => store);
  opportunityStoreContract(() => store);
  channelsContract(() => store);
  resultsStoreContract(() => store);
  draftStoreContract(() => store);

  const stored = (...responses: ReturnType<typeof testResponse>[]) =>
    store.storeResponses(responses.map((response, i) => ({ response, contentHash: `hash-${response.id}-${i}` })));

  test('a published version never changes: publishing it again keeps the first', async () => {
    await store.publishForm(TEST_FORM);
    await store.publishForm({ ...TEST_FORM, title: { en: 'Changed' } });
    expect((await store.findForm('test-form', 1))?.title).toEqual({ en: 'Test form' });
    expect(await store.listPublishedForms()).toHaveLength(1);
    expect(await store.findForm('test-form', 2)).toBeUndefined();
  });

  test('published forms are listed by publication time, then id', async () => {
    const at = new Date('2026-11-30T09:00:00.000Z');
    await store.publishForm({ ...TEST_FORM, id: 'b-form' }, at);
    await store.publishForm({ ...TEST_FORM, id: 'a-form' }, at);
    await store.publishForm({ ...TEST_FORM, id: 'Z-form' }, new Date(at.getTime() - 1));
    expect((await store.listPublishedForms()).map((f) => f.id)).toEqual(['Z-form', 'a-form', 'b-form']);
  });

  test('each response is stored once: a resend is a duplicate, changed content a conflict, in order', async () => {
    await store.publishForm(TEST_FORM);
    const first = testResponse();
    const second = testResponse({ event: 'Library' });
    const now = new Date('2026-12-01T08:00:00.000Z');
    expect(
      await store.storeResponses(
        [
          { response: first, contentHash: 'a' },
          { response: second, contentHash: 'b' },
          { response: first, contentHash: 'a' },
        ],
        now,
      ),
    ).toEqual(['stored', 'stored', 'duplicate']);
    expect(
      await store.storeResponses([
        { response: second, contentHash: 'changed' },
        { response: first, contentHash: 'a' },
      ]),
    ).toEqual(['conflict', 'duplicate']);
    expect(await store.countResponses()).toBe(2);
    const [page] = await allPages(store.responsesForForm(TEST_FORM.id));
    expect(page).toEqual([
      { ...first, receivedAt: now.toISOString() },
      { ...second, receivedAt: now.toISOString() },
    ]);
  });

  test('responses come back exactly as sent: time offsets, text and answer key order untouched', async () => {
    await store.publishForm(TEST_FORM);
    const response = testResponse({
      submittedAt: '2026-12-01T09:30:00.123456+0100',
      answers: { zeta: 'Ffŵr 😀 "quoted"', alpha: ['b', 'a'], colour: { other: '=1+1' } },
    } as Partial<ReturnType<typeof testResponse>>);
    await stored(response);
    const [page] = await allPages(store.findResponses({ formId: TEST_FORM.id }));
    expect(JSON.stringify(page?.[0]?.answers)).toBe(JSON.stringify(response.answers));
    expect(page?.[0]?.submittedAt).toBe('2026-12-01T09:30:00.123456+0100');
    expect(page?.[0]).not.toHaveProperty('event');
  });

  test('a partial response (a kiosk reset) comes back marked partial; others carry no mark', async () => {
    await store.publishForm(TEST_FORM);
    const partial = testResponse({ partial: true, answers: { pets: ['cat'] } });
    const whole = testResponse();
    await stored(partial, whole);
    const [page] = await allPages(store.findResponses({ formId: TEST_FORM.id }));
    expect(page?.map((r) => r.partial)).toEqual([true, undefined]);
    expect(page?.[1]).not.toHaveProperty('partial');
  });

  test('a batch that fails stores none of it', async () => {
    await store.publishForm(TEST_FORM);
    // The second names a form that was never published: the foreign key refuses it, and the first goes too.
    await expect(stored(testResponse(), testResponse({ formId: 'unpublished' }))).rejects.toThrow();
    expect(await store.countResponses()).toBe(0);
  });

  test('findResponses filters in the store and pages by seq, however sparse the matches', async () => {
    await store.publishForm(TEST_FORM);
    const batch = Array.from({ length: 7 }, (_, i) => ({
      response: testResponse({ channel: i % 3 === 0 ? 'paper' : 'kiosk', event: `event-${i % 2}` }),
      contentHash: `hash-${i}`,
    }));
    await store.storeResponses(batch);
    const pages = await allPages(store.findResponses({ formId: TEST_FORM.id, channel: 'paper' }, 2));
    expect(pages.map((page) => page.length)).toEqual([2, 1]);
    const paper = batch.filter((_, i) => i % 3 === 0).map((b) => b.response.id);
    expect(pages.flat().map((r) => r.id)).toEqual(paper);
    const paperAtEvent1 = await allPages(
      store.findResponses({ formId: TEST_FORM.id, channel: 'paper', event: 'event-1' }),
    );
    expect(paperAtEvent1.flat()).toHaveLength(1);
    expect(await allPages(store.findResponses({ formId: 'other-form' }))).toEqual([]);
    expect(await store.countResponses(TEST_FORM.id)).toBe(7);
    expect(await store.countResponses('other-form')).toBe(0);
  });

  test('time filters compare instants in UTC, whatever offset the device wrote', async () => {
    await store.publishForm(TEST_FORM);
    const late = testResponse({ submittedAt: '2026-12-01T00:30:00+01:00' }); // 2026-11-30 23:30 UTC
    const early = testResponse({ submittedAt: '2026-11-30T23:30:00-0200' }); // 2026-12-01 01:30 UTC
    const plain = testResponse({ submittedAt: '2026-12-01T00:00:00.000Z' });
    await stored(late, early, plain);
    const ids = async (filter: { submittedFrom?: string; submittedBefore?: string }) =>
      (await allPages(store.findResponses({ formId: TEST_FORM.id, ...filter }))).flat().map((r) => r.id);
    expect(await ids({ submittedBefore: '2026-12-01T00:00:00.000Z' })).toEqual([late.id]);
    expect(await ids({ submittedFrom: '2026-12-01T00:00:00.000Z' })).toEqual([early.id, plain.id]);
    expect(
      await ids({ submittedFrom: '2026-12-01T00:00:00.000Z', submittedBefore: '2026-12-01T01:00:00.000Z' }),
    ).toEqual([plain.id]);
  });

  test('countReach groups the matching responses by each field, keys in order', async () => {
    await store.publishForm(TEST_FORM);
    await store.publishForm({ ...TEST_FORM, version: 2 });
    await stored(
      testResponse({ channel: 'paper', language: 'cy', event: 'Library', submittedAt: '2026-12-01T00:30:00+01:00' }),
      testResponse({ channel: 'kiosk', language: 'en', submittedAt: '2026-12-01T10:00:00Z' }),
      testResponse({ channel: 'kiosk', language: 'en', event: 'Fair', submittedAt: '2026-12-02T10:00:00Z' }),
      testResponse({ channel: 'assisted', formVersion: 2 }),
    );
    expect(await store.countReach({ formId: TEST_FORM.id, version: 1 })).toEqual({
      total: 3,
      byChannel: [
        { key: 'kiosk', count: 2 },
        { key: 'paper', count: 1 },
      ],
      byLanguage: [
        { key: 'cy', count: 1 },
        { key: 'en', count: 2 },
      ],
      byEvent: [
        { key: '', count: 1 },
        { key: 'Fair', count: 1 },
        { key: 'Library', count: 1 },
      ],
      byDay: [
        { key: '2026-11-30', count: 1 },
        { key: '2026-12-01', count: 1 },
        { key: '2026-12-02', count: 1 },
      ],
      byPartner: [{ key: '', count: 3 }],
      byAssistedBy: [],
      byConversationLanguage: [],
    });
    expect(await store.countMatching({ formId: TEST_FORM.id, version: 1 })).toBe(3);
    expect(await store.countMatching({ formId: TEST_FORM.id, channel: 'kiosk' })).toBe(2);
    expect(await store.countMatching({ formId: 'other-form' })).toBe(0);
    expect(await store.countReach({ formId: 'other-form' })).toEqual({
      total: 0,
      byChannel: [],
      byLanguage: [],
      byEvent: [],
      byDay: [],
      byPartner: [],
      byAssistedBy: [],
      byConversationLanguage: [],
    });
  });

  const officer = (overrides: Partial<OfficerWithSecret> = {}): OfficerWithSecret => ({
    id: `officer-${overrides.email ?? 'ann@council.example'}`,
    email: 'ann@council.example',
    name: 'Ann Admin',
    role: 'administrator',
    passwordHash: 'scrypt$hash',
    createdAt: '2026-11-30T09:00:00.000Z',
    disabledAt: null,
    ...overrides,
  });

  test('officer accounts: one per email, found by email or id, listed by name without their secrets', async () => {
    expect(await store.createOfficer(officer())).toBe('created');
    expect(await store.createOfficer(officer({ id: 'other', name: 'Other' }))).toBe('email-taken');
    await store.createOfficer(officer({ email: 'bo@council.example', name: 'Bo Outreach', role: 'outreach' }));
    expect((await store.findOfficerByEmail('ann@council.example'))?.passwordHash).toBe('scrypt$hash');
    expect((await store.findOfficer('officer-bo@council.example'))?.role).toBe('outreach');
    expect(await store.findOfficerByEmail('nobody@council.example')).toBeUndefined();
    expect(await store.countOfficers()).toBe(2);
    const listed = await store.listOfficers();
    expect(listed.map((o) => o.name)).toEqual(['Ann Admin', 'Bo Outreach']);
    expect(listed[0]).not.toHaveProperty('passwordHash');
  });

  test('the last enabled administrator cannot be disabled or demoted; others can', async () => {
    await store.createOfficer(officer());
    expect(await store.updateOfficer('officer-ann@council.example', { role: 'officer' })).toBe('last-administrator');
    expect(await store.updateOfficer('officer-ann@council.example', { disabledAt: '2026-12-01T00:00:00Z' })).toBe(
      'last-administrator',
    );
    expect((await store.findOfficer('officer-ann@council.example'))?.role).toBe('administrator');
    await store.createOfficer(officer({ email: 'cy@council.example', name: 'Cy' }));
    const demoted = await store.updateOfficer('officer-ann@council.example', { role: 'officer' });
    expect(demoted).toMatchObject({ role: 'officer', disabledAt: null });
    const disabled = await store.updateOfficer('officer-ann@council.example', { disabledAt: '2026-12-01T00:00:00Z' });
    expect(disabled).toMatchObject({ disabledAt: '2026-12-01T00:00:00Z' });
    expect(await store.updateOfficer('officer-ann@council.example', { disabledAt: null })).toMatchObject({
      disabledAt: null,
    });
    await store.updateOfficer('officer-ann@council.example', { passwordHash: 'scrypt$new' });
    expect((await store.findOfficer('officer-ann@council.example'))?.passwordHash).toBe('scrypt$new');
    expect(await store.updateOfficer('missing', { role: 'officer' })).toBeUndefined();
  });

  test('with no administrator at all (as before the first is made), other accounts can still change', async () => {
    await store.createOfficer(officer({ role: 'officer' }));
    expect(await store.updateOfficer('officer-ann@council.example', { passwordHash: 'scrypt$new' })).toMatchObject({
      role: 'officer',
    });
  });

  test('a session is found until it expires or its officer is disabled, and ends when deleted', async () => {
    await store.createOfficer(officer());
    await store.createOfficer(officer({ email: 'cy@council.example', name: 'Cy' }));
    const session = (tokenHash: string) => ({
      tokenHash,
      officerId: 'officer-cy@council.example',
      csrfToken: `csrf-${tokenHash}`,
      createdAt: '2026-12-01T09:00:00.000Z',
      expiresAt: '2026-12-01T17:00:00.000Z',
    });
    await store.createSession(session('one'));
    await store.createSession(session('two'));
    await store.createSession(session('three'));
    const during = new Date('2026-12-01T12:00:00.000Z');
    expect(await store.findSession('one', during)).toMatchObject({ officer: { name: 'Cy' }, csrfToken: 'csrf-one' });
    expect(await store.findSession('one', new Date('2026-12-01T17:00:00.000Z'))).toBeUndefined();
    expect(await store.findSession('unknown', during)).toBeUndefined();
    await store.deleteSession('one');
    expect(await store.findSession('one', during)).toBeUndefined();
    await store.deleteSessionsOf('officer-cy@council.example', 'two');
    expect(await store.findSession('two', during)).toBeDefined();
    expect(await store.findSession('three', during)).toBeUndefined();
    await store.updateOfficer('officer-cy@council.example', { disabledAt: '2026-12-01T10:00:00.000Z' });
    expect(await store.findSession('two', during)).toBeUndefined();
    await store.updateOfficer('officer-cy@council.example', { disabledAt: null });
    // A session made after "two" has expired clears it away: it is gone even for a clock that reads earlier.
    await store.createSession({
      ...session('four'),
      createdAt: '2026-12-01T18:00:00.000Z',
      expiresAt: '2026-12-02T06:00:00.000Z',
    });
    expect(await store.findSession('two', new Date('2026-12-01T10:00:00.000Z'))).toBeUndefined();
    expect(await store.findSession('four', new Date('2026-12-01T19:00:00.000Z'))).toBeDefined();
  });

  test('an enrolment code enrols one device once, before it expires; revoking and re-enrolling', async () => {
    await store.createOfficer(officer());
    await store.publishForm(TEST_FORM);
    const code = (codeHash: string, expiresAt = '2026-12-02T09:00:00.000Z') => ({
      codeHash,
      label: `Tablet ${codeHash}`,
      createdBy: 'officer-ann@council.example',
      createdAt: '2026-12-01T09:00:00.000Z',
      expiresAt,
    });
    await store.createEnrolmentCode(code('a'));
    await store.createEnrolmentCode(code('b', '2026-12-01T10:00:00.000Z'));
    await store.createEnrolmentCode(code('c'));
    const now = new Date('2026-12-01T11:00:00.000Z');
    const device = await store.redeemEnrolmentCode('a', { id: 'device-1', tokenHash: 'token-1' }, now);
    expect(device).toEqual({
      id: 'device-1',
      label: 'Tablet a',
      enrolledAt: now.toISOString(),
      enrolledBy: 'Ann Admin',
      lastSeenAt: null,
      revokedAt: null,
      responsesReceived: 0,
      partner: null,
    });
    expect(await store.redeemEnrolmentCode('a', { id: 'device-2', tokenHash: 'token-2' }, now)).toBe('invalid');
    expect(await store.redeemEnrolmentCode('b', { id: 'device-2', tokenHash: 'token-2' }, now)).toBe('invalid');
    expect(await store.redeemEnrolmentCode('zzz', { id: 'device-2', tokenHash: 'token-2' }, now)).toBe('invalid');
    expect(await store.findDeviceByToken('token-2')).toBeUndefined();
    expect(await store.findDeviceByToken('token-1')).toEqual({ id: 'device-1', revokedAt: null });

    await stored(testResponse({ deviceId: 'device-1' }), testResponse({ deviceId: 'device-1' }));
    await store.touchDevice('device-1', new Date('2026-12-01T12:00:00.000Z'));
    expect((await store.listDevices())[0]).toMatchObject({
      lastSeenAt: '2026-12-01T12:00:00.000Z',
      responsesReceived: 2,
    });

    const revoked = await store.revokeDevice('device-1', new Date('2026-12-01T13:00:00.000Z'));
    expect(revoked?.revokedAt).toBe('2026-12-01T13:00:00.000Z');
    await store.revokeDevice('device-1', new Date('2026-12-01T14:00:00.000Z'));
    expect(await store.findDeviceByToken('token-1')).toEqual({ id: 'device-1', revokedAt: '2026-12-01T13:00:00.000Z' });
    expect(await store.revokeDevice('missing', now)).toBeUndefined();

    // The same tablet set up again with a new code gets a new token; the old one no longer works.
    const again = await store.redeemEnrolmentCode('c', { id: 'device-1', tokenHash: 'token-3' }, now);
    expect(again).toMatchObject({ id: 'device-1', label: 'Tablet c', revokedAt: null });
    expect(await store.findDeviceByToken('token-1')).toBeUndefined();
    expect(await store.findDeviceByToken('token-3')).toEqual({ id: 'device-1', revokedAt: null });
    expect(await store.listDevices()).toHaveLength(1);
  });

  test('devices are listed newest first', async () => {
    const at = (hour: number) => new Date(`2026-12-01T${String(hour).padStart(2, '0')}:00:00.000Z`);
    for (const name of ['x', 'y']) {
      await store.createEnrolmentCode({
        codeHash: name,
        label: name,
        createdBy: null,
        createdAt: at(8).toISOString(),
        expiresAt: at(23).toISOString(),
      });
    }
    await store.redeemEnrolmentCode('x', { id: 'first', tokenHash: 'tx' }, at(9));
    await store.redeemEnrolmentCode('y', { id: 'second', tokenHash: 'ty' }, at(10));
    expect((await store.listDevices()).map((d) => [d.id, d.enrolledBy])).toEqual([
      ['second', null],
      ['first', null],
    ]);
  });

  test('events are counted per form, with first and last responses; no event is ""', async () => {
    await store.publishForm(TEST_FORM);
    await store.publishForm({ ...TEST_FORM, id: 'b-form' });
    await stored(
      testResponse({ event: 'Library', submittedAt: '2026-12-01T10:00:00.000Z' }),
      testResponse({ event: 'Library', submittedAt: '2026-12-01T09:00:00.000Z' }),
      testResponse({ submittedAt: '2026-12-01T11:00:00.000Z' }),
      testResponse({ formId: 'b-form', event: 'Fair', submittedAt: '2026-12-02T11:00:00.000Z' }),
    );
    const all = await store.listEvents();
    expect(all).toEqual([
      {
        event: 'Fair',
        formId: 'b-form',
        count: 1,
        firstSubmittedAt: '2026-12-02T11:00:00.000Z',
        lastSubmittedAt: '2026-12-02T11:00:00.000Z',
      },
      {
        event: '',
        formId: TEST_FORM.id,
        count: 1,
        firstSubmittedAt: '2026-12-01T11:00:00.000Z',
        lastSubmittedAt: '2026-12-01T11:00:00.000Z',
      },
      {
        event: 'Library',
        formId: TEST_FORM.id,
        count: 2,
        firstSubmittedAt: '2026-12-01T09:00:00.000Z',
        lastSubmittedAt: '2026-12-01T10:00:00.000Z',
      },
    ]);
    expect((await store.listEvents('b-form')).map((e) => e.event)).toEqual(['Fair']);
  });

  test('baselines are kept whole and listed newest first', async () => {
    const rows = [
      { question: 'age', category: '16-24', share: 0.12 },
      { question: 'age', category: '25-34', share: 0.88 },
    ];
    await store.saveBaseline({ id: 'b1', name: 'Old', uploadedAt: '2026-11-01T00:00:00.000Z', uploadedBy: null, rows });
    await store.saveBaseline({
      id: 'b2',
      name: 'New',
      uploadedAt: '2026-12-01T00:00:00.000Z',
      uploadedBy: 'Ann',
      rows: rows.slice(0, 1),
    });
    expect(await store.listBaselines()).toEqual([
      { id: 'b2', name: 'New', uploadedAt: '2026-12-01T00:00:00.000Z', uploadedBy: 'Ann', rowCount: 1 },
      { id: 'b1', name: 'Old', uploadedAt: '2026-11-01T00:00:00.000Z', uploadedBy: null, rowCount: 2 },
    ]);
    expect((await store.findBaseline('b1'))?.rows).toEqual(rows);
    expect(await store.findBaseline('nope')).toBeUndefined();
  });

  test('reopening keeps everything and applies no migration twice; a closed store is not ready', async () => {
    await store.publishForm(TEST_FORM);
    await stored(testResponse());
    expect(await store.isReady()).toBe(true);
    store = await subject.reopen();
    expect(await store.isReady()).toBe(true);
    expect(await store.countResponses()).toBe(1);
    expect(await store.listPublishedForms()).toHaveLength(1);
  });
}
