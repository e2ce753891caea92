import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { TEST_OPPORTUNITY_FIELDS, testOpportunity, testRegistration } from '../../src/core/test-opportunity.ts';
import { parseCsv } from '../exports/test-parse-csv.ts';
import { testApp } from '../test-app.ts';

let app: Awaited<ReturnType<typeof testApp>>;
beforeEach(async () => {
  app = await testApp();
});
afterEach(() => app.dispose());

const json = (body: unknown, method = 'POST'): RequestInit => ({
  method,
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify(body),
});

async function create(fields: unknown = TEST_OPPORTUNITY_FIELDS) {
  const reply = await app.asOfficer('/api/opportunities', json(fields));
  return { status: reply.status, body: (await reply.json()) as { opportunity: { id: string; status: string } } };
}

describe('officer routes', () => {
  test('an officer creates a draft, publishes it, edits it and closes it', async () => {
    const { status, body } = await create();
    expect(status).toBe(201);
    expect(body.opportunity).toMatchObject({ ...TEST_OPPORTUNITY_FIELDS, status: 'draft' });
    const id = body.opportunity.id;

    const published = await app.asOfficer(`/api/opportunities/${id}/publish`, { method: 'POST' });
    expect((await published.json()).opportunity.status).toBe('published');

    const edited = await app.asOfficer(
      `/api/opportunities/${id}`,
      json({ ...TEST_OPPORTUNITY_FIELDS, title: { en: 'New title', cy: 'Teitl newydd' } }, 'PUT'),
    );
    expect((await edited.json()).opportunity).toMatchObject({
      status: 'published',
      title: { en: 'New title', cy: 'Teitl newydd' },
    });

    await app.asOfficer(`/api/opportunities/${id}/close`, { method: 'POST' });
    const all = await (await app.asOfficer('/api/opportunities/all')).json();
    expect(all.opportunities).toEqual([expect.objectContaining({ id, status: 'closed', registrations: 0 })]);
  });

  test('every problem comes back keyed to its field, and nothing is saved', async () => {
    const { status, body } = (await create({
      ...TEST_OPPORTUNITY_FIELDS,
      title: { en: '  ' },
      responsible: { kind: 'town-parish', name: '' },
      contact: { name: 'Team', email: 'not-an-email' },
      endsOn: '2026-10-01',
    })) as unknown as { status: number; body: { problems: { field: string; message: string }[] } };
    expect(status).toBe(400);
    expect(body.problems.map((p) => p.field)).toEqual(['title', 'contact.email', 'responsible.name', 'endsOn']);
    expect(body.problems[1]?.message).toBe('Enter the contact email like name@council.gov.uk.');
    expect(await app.store.opportunities.listOpportunities()).toEqual([]);
  });

  test('outreach staff and visitors without a session cannot list, create or read registrations', async () => {
    await app.store.opportunities.saveOpportunity(testOpportunity());
    expect((await app.asOfficer('/api/opportunities/all', {}, 'outreach')).status).toBe(403);
    expect((await app.asOfficer('/api/opportunities', json(TEST_OPPORTUNITY_FIELDS), 'outreach')).status).toBe(403);
    expect((await app.request('/api/opportunities/all')).status).toBe(401);
    expect((await app.request('/api/opportunities/library-group/registrations')).status).toBe(401);
    expect((await app.request('/api/opportunities/library-group/registrations.csv')).status).toBe(401);
    expect((await app.asOfficer('/api/opportunities/all', {}, 'administrator')).status).toBe(200);
  });

  test('a change without the CSRF token is refused', async () => {
    const headers = await app.signIn('officer');
    const reply = await app.request('/api/opportunities', {
      ...json(TEST_OPPORTUNITY_FIELDS),
      headers: { 'Content-Type': 'application/json', Cookie: headers.Cookie ?? '' },
    });
    expect(reply.status).toBe(403);
    expect((await reply.json()).error.code).toBe('csrf');
    expect(await app.store.opportunities.listOpportunities()).toEqual([]);
  });
});

describe('GET /api/opportunities (public)', () => {
  test('lists only published opportunities that have not ended, and no registrations', async () => {
    const { opportunities } = app.store;
    await opportunities.saveOpportunity(testOpportunity({ id: 'open' }));
    await opportunities.saveOpportunity(testOpportunity({ id: 'draft', status: 'draft' }));
    await opportunities.saveOpportunity(testOpportunity({ id: 'closed', status: 'closed' }));
    await opportunities.saveOpportunity(testOpportunity({ id: 'ended', startsOn: '2020-01-01', endsOn: '2020-01-31' }));
    await opportunities.storeRegistrations([
      { registration: testRegistration({ opportunityId: 'open' }), contentHash: 'x' },
    ]);
    const reply = await app.request('/api/opportunities');
    expect(reply.status).toBe(200);
    const body = await reply.json();
    expect(body.opportunities.map((o: { id: string }) => o.id)).toEqual(['open']);
    const text = JSON.stringify(body);
    expect(text).not.toContain('ada@example.org');
    expect(text).not.toContain('registrations');
  });
});

describe('registrations for officers', () => {
  test('lists them and downloads them as CSV with formula cells neutralised', async () => {
    await app.store.opportunities.saveOpportunity(testOpportunity());
    const email = testRegistration();
    const venue = testRegistration({
      name: '=HYPERLINK("x")',
      contactMethod: 'venue',
      contactValue: 'Newbury library',
    });
    await app.store.opportunities.storeRegistrations([
      { registration: email, contentHash: 'a' },
      { registration: venue, contentHash: 'b' },
    ]);
    const listed = await (await app.asOfficer('/api/opportunities/library-group/registrations')).json();
    expect(listed.registrations.map((r: { id: string }) => r.id)).toEqual([email.id, venue.id]);

    const csv = await app.asOfficer('/api/opportunities/library-group/registrations.csv');
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(csv.headers.get('content-disposition')).toContain('registrations-library-group.csv');
    const rows = parseCsv((await csv.text()).replace(/^\uFEFF/, ''));
    expect(rows[0]).toEqual([
      'id',
      'name',
      'contact_method',
      'contact',
      'language',
      'event',
      'device_id',
      'submitted_at',
      'received_at',
    ]);
    expect(rows[1]?.slice(0, 4)).toEqual([email.id, 'Ada', 'email', 'ada@example.org']);
    expect(rows[2]?.slice(0, 4)).toEqual([venue.id, '\'=HYPERLINK("x")', 'venue', 'Newbury library']);
  });

  test('an unknown opportunity is 404', async () => {
    expect((await app.asOfficer('/api/opportunities/nope/registrations')).status).toBe(404);
  });
});
