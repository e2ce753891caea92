import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { checksumOf, OUTBOX_FILE_FORMAT } from '../../src/core/outbox-file.ts';
import { testResponse } from '../../src/core/test-fixtures.ts';
import { testOpportunity, testRegistration } from '../../src/core/test-opportunity.ts';
import { testApp } from '../test-app.ts';

let app: Awaited<ReturnType<typeof testApp>>;
beforeEach(async () => {
  app = await testApp();
  await app.store.opportunities.saveOpportunity(testOpportunity());
  await app.store.opportunities.saveOpportunity(testOpportunity({ id: 'closed-one', status: 'closed' }));
  await app.store.opportunities.saveOpportunity(testOpportunity({ id: 'draft-one', status: 'draft' }));
});
afterEach(() => app.dispose());

describe('POST /api/sync with registrations', () => {
  test('a mixed batch: responses then registrations, each result keyed by id; a malformed one rejected alone', async () => {
    const response = testResponse();
    const good = testRegistration();
    const venue = testRegistration({ name: undefined, contactMethod: 'venue', contactValue: 'Newbury library' });
    const noConsent = { ...testRegistration(), consent: false };
    const reply = await app.sync({
      deviceId: 'device-1',
      responses: [response],
      registrations: [good, noConsent, venue],
    });
    expect(reply.status).toBe(200);
    expect((await reply.json()).results).toEqual([
      { id: response.id, status: 'stored' },
      { id: good.id, status: 'stored' },
      { id: noConsent.id, status: 'rejected', error: expect.stringContaining('consent') },
      { id: venue.id, status: 'stored' },
    ]);
    expect(await app.store.countResponses()).toBe(1);
    expect((await app.store.opportunities.listRegistrations('library-group')).map((r) => r.id)).toEqual([
      good.id,
      venue.id,
    ]);
  });

  test('a resend is a duplicate, stored once; the same id with other content is a conflict, the first kept', async () => {
    const registration = testRegistration();
    await app.sync({ deviceId: 'device-1', responses: [], registrations: [registration] });
    const again = await app.sync({
      deviceId: 'device-1',
      responses: [],
      registrations: [{ ...registration }, { ...registration, contactValue: 'other@example.org' }],
    });
    expect((await again.json()).results).toEqual([
      { id: registration.id, status: 'duplicate' },
      {
        id: registration.id,
        status: 'conflict',
        error: 'A different registration with this id was stored earlier; it was kept.',
      },
    ]);
    const stored = await app.store.opportunities.listRegistrations('library-group');
    expect(stored.map((r) => r.contactValue)).toEqual(['ada@example.org']);
  });

  test('one for an unknown, draft or closed opportunity is rejected with a reason', async () => {
    const unknown = testRegistration({ opportunityId: 'nope' });
    const draft = testRegistration({ opportunityId: 'draft-one' });
    const closed = testRegistration({ opportunityId: 'closed-one' });
    const reply = await app.sync({ deviceId: 'device-1', responses: [], registrations: [unknown, draft, closed] });
    const { results } = await reply.json();
    expect(results.map((r: { status: string }) => r.status)).toEqual(['rejected', 'rejected', 'rejected']);
    expect(results[0].error).toContain('no published opportunity "nope"');
    expect(results[2].error).toContain('was closed');
    expect(await app.store.opportunities.countRegistrations()).toEqual({});
  });

  test('sent again after its opportunity closed, a stored registration is still a duplicate (or a conflict)', async () => {
    const withName = testRegistration();
    const venue = testRegistration({ name: undefined, contactMethod: 'venue', contactValue: 'Newbury library' });
    await app.sync({ deviceId: 'device-1', responses: [], registrations: [withName, venue] });
    // The acknowledgement was lost; meanwhile the officer closed the opportunity.
    await app.store.opportunities.saveOpportunity(testOpportunity({ status: 'closed' }));
    const late = testRegistration();
    const reply = await app.sync({
      deviceId: 'device-1',
      responses: [],
      registrations: [withName, venue, { ...withName, name: 'Someone else' }, late],
    });
    expect((await reply.json()).results).toEqual([
      { id: withName.id, status: 'duplicate' },
      { id: venue.id, status: 'duplicate' },
      { id: withName.id, status: 'conflict', error: expect.stringContaining('stored earlier') },
      { id: late.id, status: 'rejected', error: expect.stringContaining('was closed') },
    ]);
  });

  test('a device that sends only responses gets exactly the reply it always did', async () => {
    const response = testResponse();
    const reply = await app.sync({ deviceId: 'device-1', responses: [response] });
    expect(await reply.json()).toEqual({ results: [{ id: response.id, status: 'stored' }] });
  });

  test('registrations that are not a list make the whole batch malformed: nothing stored', async () => {
    const reply = await app.sync({ deviceId: 'device-1', responses: [testResponse()], registrations: 'x' });
    expect(reply.status).toBe(400);
    expect(await app.store.countResponses()).toBe(0);
  });
});

describe('POST /api/import with registrations', () => {
  const sha256Hex = (text: string) => createHash('sha256').update(text).digest('hex');

  test('a tablet file with registrations stores them once, and counts them apart from the responses', async () => {
    const responses = [testResponse()];
    const registrations = [testRegistration(), { ...testRegistration(), contactMethod: 'carrier pigeon' }];
    const file = {
      format: OUTBOX_FILE_FORMAT,
      formatVersion: 1,
      deviceId: 'device-1',
      exportedAt: '2026-12-01T09:00:00.000Z',
      count: 1,
      checksum: await checksumOf(responses, sha256Hex, registrations),
      responses,
      registrations,
    };
    const send = () =>
      app.asOfficer('/api/import', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(file),
      });
    const first = await (await send()).json();
    expect(first.counts).toEqual({ stored: 1, duplicate: 0, conflict: 0, rejected: 0 });
    expect(first.registrationCounts).toEqual({ stored: 1, duplicate: 0, conflict: 0, rejected: 1 });
    expect(first.results[2]).toMatchObject({ id: registrations[1]?.id, status: 'rejected' });
    const second = await (await send()).json();
    expect(second.counts).toEqual({ stored: 0, duplicate: 1, conflict: 0, rejected: 0 });
    expect(second.registrationCounts).toEqual({ stored: 0, duplicate: 1, conflict: 0, rejected: 1 });

    // A registration changed after saving no longer matches the checksum: nothing is stored.
    const changed = await app.asOfficer('/api/import', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ ...file, registrations: [{ ...registrations[0], name: 'Eve' }] }),
    });
    expect((await changed.json()).error.code).toBe('checksum-mismatch');
  });
});
