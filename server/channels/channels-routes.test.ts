import { createHash } from 'node:crypto';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { checksumOf, OUTBOX_FILE_FORMAT } from '../../src/core/outbox-file.ts';
import type { SubmittedResponse } from '../../src/core/response.ts';
import { testResponse } from '../../src/core/test-fixtures.ts';
import { parseCsv } from '../exports/test-parse-csv.ts';
import type { Role } from '../store/access-records.ts';
import { allPages } from '../store/all-pages.ts';
import { testApp } from '../test-app.ts';

let app: Awaited<ReturnType<typeof testApp>>;
beforeEach(async () => {
  app = await testApp();
});
afterEach(() => app.dispose());

const json = (body: unknown): RequestInit => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify(body),
});

/** A set-up code made by an officer on the devices screen, then used by a tablet: its id and token. */
async function enrolForPartner(deviceId: string, partner: string) {
  const made = await app.asOfficer(
    '/api/devices/enrolment-codes',
    json({ label: `Tablet ${deviceId}`, partner }),
    'administrator',
  );
  expect(made.status).toBe(201);
  const { code, partner: kept } = await made.json();
  const enrolled = await app.request('/api/devices/enrol', json({ code, deviceId }));
  expect(enrolled.status).toBe(201);
  return { token: (await enrolled.json()).deviceToken as string, partner: kept as string };
}

async function storedResponses(): Promise<(SubmittedResponse & { partner?: string })[]> {
  return (await allPages(app.store.findResponses({ formId: 'test-form' }))).flat();
}

describe('partner organisations', () => {
  test('a code names a partner, normalised to one spelling; the devices list and the suggestions show it', async () => {
    const first = await enrolForPartner('hw-1', '  Healthwatch   West Berkshire ');
    expect(first.partner).toBe('Healthwatch West Berkshire');
    const second = await enrolForPartner('hw-2', 'healthwatch west berkshire');
    expect(second.partner).toBe('Healthwatch West Berkshire');
    const { partners } = await (await app.asOfficer('/api/devices/partners', {}, 'outreach')).json();
    expect(partners).toEqual(['Healthwatch West Berkshire']);
    const { devices } = await (await app.asOfficer('/api/devices', {}, 'administrator')).json();
    expect(devices.find((d: { id: string }) => d.id === 'hw-2').partner).toBe('Healthwatch West Berkshire');
    expect(devices.find((d: { id: string }) => d.id === 'device-1').partner).toBeNull();
  });

  test('a partner name that is too long is refused, naming the field', async () => {
    const reply = await app.asOfficer(
      '/api/devices/enrolment-codes',
      json({ label: 'Tablet', partner: 'x'.repeat(121) }),
      'administrator',
    );
    expect(reply.status).toBe(400);
    expect(await reply.json()).toMatchObject({ error: { code: 'invalid-partner', field: 'partner' } });
  });

  test('sync stamps each response with its own device’s partner; what a response claims is ignored', async () => {
    const hw = await enrolForPartner('hw-1', 'Healthwatch');
    const claimed = { ...testResponse({ deviceId: 'hw-1' }), partner: 'Age UK' };
    const reply = await app.sync({ deviceId: 'hw-1', responses: [claimed] }, hw.token);
    expect((await reply.json()).results[0].status).toBe('stored');
    const own = { ...testResponse(), partner: 'Healthwatch' };
    await app.sync({ deviceId: 'device-1', responses: [own] });
    const [fromPartner, fromCouncil] = await storedResponses();
    expect(fromPartner?.partner).toBe('Healthwatch');
    expect(fromCouncil).not.toHaveProperty('partner');
  });

  test('a file imported from a partner’s tablet is stamped with that tablet’s partner too', async () => {
    await enrolForPartner('hw-1', 'Healthwatch');
    const responses = [testResponse({ deviceId: 'hw-1' })];
    const file = {
      format: OUTBOX_FILE_FORMAT,
      formatVersion: 1,
      deviceId: 'hw-1',
      exportedAt: '2026-12-01T09:00:00.000Z',
      count: 1,
      checksum: await checksumOf(responses, (t) => createHash('sha256').update(t).digest('hex')),
      responses,
    };
    expect((await app.asOfficer('/api/import', json(file))).status).toBe(200);
    expect((await storedResponses())[0]?.partner).toBe('Healthwatch');
  });
});

describe('assisted sessions and partners in exports and reach', () => {
  beforeEach(async () => {
    const hw = await enrolForPartner('hw-1', 'Healthwatch');
    const assisted = (by: 'staff' | 'interpreter', conversationLanguage?: string) =>
      testResponse({
        deviceId: 'hw-1',
        channel: 'assisted',
        assistance: { by, ...(conversationLanguage && { conversationLanguage }) },
      });
    const partnerResponses = [
      ...Array.from({ length: 5 }, () => assisted('interpreter', 'pl')),
      ...Array.from({ length: 2 }, () => assisted('staff')),
    ];
    expect((await app.sync({ deviceId: 'hw-1', responses: partnerResponses }, hw.token)).status).toBe(200);
    const own = Array.from({ length: 6 }, () => testResponse());
    expect((await app.sync({ deviceId: 'device-1', responses: own })).status).toBe(200);
  });

  test('the CSV has who helped, the conversation language and the partner in their own columns', async () => {
    const csv = parseCsv(await (await app.asOfficer('/api/responses.csv?form=test-form')).text());
    const [header, ...rows] = csv;
    const column = (name: string) => header?.indexOf(name) ?? -1;
    const first = rows[0] ?? [];
    expect(first[column('channel')]).toBe('assisted');
    expect(first[column('assisted_by')]).toBe('interpreter');
    expect(first[column('conversation_language')]).toBe('pl');
    expect(first[column('partner')]).toBe('Healthwatch');
    expect(rows.at(-1)?.[column('partner')]).toBe('');
  });

  test('the XLSX has the same columns, its codebook explains them, and the JSON keeps them on each response', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await (await app.asOfficer('/api/responses.xlsx?form=test-form')).arrayBuffer());
    const sheet = workbook.getWorksheet('Responses');
    if (!sheet) throw new Error('No Responses sheet');
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const first = (sheet.getRow(2).values as unknown[]).slice(1);
    const at = (name: string) => first[header.indexOf(name)];
    expect([at('assisted_by'), at('conversation_language'), at('partner')]).toEqual([
      'interpreter',
      'pl',
      'Healthwatch',
    ]);
    const codebook = workbook.getWorksheet('Codebook');
    const described = Array.from({ length: codebook?.rowCount ?? 0 }, (_, i) => codebook?.getCell(i + 1, 1).value);
    expect(described).toEqual(expect.arrayContaining(['assisted_by', 'conversation_language', 'partner']));

    const body = await (await app.asOfficer('/api/responses.json?form=test-form')).json();
    expect(body.responses[0]).toMatchObject({
      channel: 'assisted',
      assistance: { by: 'interpreter', conversationLanguage: 'pl' },
      partner: 'Healthwatch',
    });
    expect(body.responses.at(-1)).not.toHaveProperty('partner');
  });

  test('exports filter by partner ("none" for the council’s own tablets) and by who helped', async () => {
    const count = async (query: string) =>
      (await (await app.asOfficer(`/api/responses.json?form=test-form${query}`)).json()).responses.length;
    expect(await count('&partner=Healthwatch')).toBe(7);
    expect(await count('&partner=none')).toBe(6);
    expect(await count('&assisted=interpreter')).toBe(5);
    expect(await count('&assisted=staff&partner=Healthwatch')).toBe(2);
    const bad = await app.asOfficer('/api/responses.json?form=test-form&assisted=neighbour');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { code: 'bad-assisted' } });
  });

  test('reach counts by partner, who helped and conversation language, small groups suppressed', async () => {
    const body = await (await app.asOfficer('/api/reach?form=test-form')).json();
    expect(body.byPartner).toEqual([
      { key: '', count: 6 },
      { key: 'Healthwatch', count: 7 },
    ]);
    // staff (2) is under 5, so interpreter (5) is hidden too: 7 assisted − 5 would give the 2 back.
    expect(body.byAssistedBy).toEqual([
      { key: 'interpreter', count: null, suppressed: true, secondary: true },
      { key: 'staff', count: null, suppressed: true },
    ]);
    expect(body.byConversationLanguage).toEqual([{ key: 'pl', count: 5 }]);
    const filtered = await (await app.asOfficer('/api/reach?form=test-form&partner=Healthwatch')).json();
    expect(filtered.total).toBe(7);
    expect(filtered.byChannel).toEqual([{ key: 'assisted', count: 7 }]);
  });

  test('events say which partner ran them', async () => {
    const { events } = await (await app.asOfficer('/api/events')).json();
    expect(events).toEqual([expect.objectContaining({ event: '', partners: ['Healthwatch'] })]);
  });
});

describe('post-event reflections', () => {
  const reflection = {
    event: 'Newbury Library, coffee morning',
    formId: 'test-form',
    whoCame: 'About twenty older residents',
    whoDidNotCome: 'Young parents: a Saturday session might bring them',
    whatWorked: 'Tea and an interpreter',
    whatToChange: 'A quieter corner',
    principles: { accessibility: 'The hearing loop let two people take part.', reciprocity: 'We shared results.' },
  };

  test.each(['administrator', 'officer', 'outreach'] as Role[])('%s can write one and read them back', async (role) => {
    const reply = await app.asOfficer('/api/reflections', json(reflection), role);
    expect(reply.status).toBe(201);
    const { reflections } = await (
      await app.asOfficer('/api/reflections?event=Newbury%20Library%2C%20coffee%20morning', {}, role)
    ).json();
    expect(reflections).toEqual([
      {
        id: expect.any(String),
        event: reflection.event,
        formId: 'test-form',
        fields: {
          whoCame: reflection.whoCame,
          whoDidNotCome: reflection.whoDidNotCome,
          whatWorked: reflection.whatWorked,
          whatToChange: reflection.whatToChange,
          principles: reflection.principles,
        },
        authorId: expect.any(String),
        authorName: `Test ${role}`,
        writtenAt: expect.any(String),
      },
    ]);
  });

  test('outreach staff see events and how many reflections each has, but no response counts', async () => {
    await app.sync({ deviceId: 'device-1', responses: [testResponse({ event: 'Fair' })] });
    await app.asOfficer('/api/reflections', json({ ...reflection, event: 'Fair' }), 'outreach');
    await app.asOfficer('/api/reflections', json({ ...reflection, event: 'Fair' }), 'outreach');
    const { events } = await (await app.asOfficer('/api/reflections/events', {}, 'outreach')).json();
    expect(events).toEqual([{ event: 'Fair', formId: 'test-form', reflections: 2 }]);
    expect((await app.asOfficer('/api/events', {}, 'outreach')).status).toBe(403);
  });

  test('without a session, or without the CSRF token, nothing is written', async () => {
    expect((await app.request('/api/reflections', json(reflection))).status).toBe(401);
    expect((await app.request('/api/reflections')).status).toBe(401);
    await app.signIn('outreach');
    const headers = await app.signIn('outreach');
    const noToken = await app.request('/api/reflections', {
      ...json(reflection),
      headers: { 'Content-Type': 'application/json', Cookie: headers.Cookie ?? '' },
    });
    expect(noToken.status).toBe(403);
    expect(await app.store.channels.listReflections()).toEqual([]);
  });

  test('every problem is named with its field: no event, nothing on who came, a ticked principle without a sentence', async () => {
    const reply = await app.asOfficer(
      '/api/reflections',
      json({ event: ' ', whoCame: '', principles: { equality: ' ', kindness: 'x' } }),
    );
    expect(reply.status).toBe(400);
    expect((await reply.json()).error.problems).toEqual([
      { field: 'event', message: 'Enter the name of the event' },
      { field: 'whoCame', message: 'Enter who came' },
      { field: 'principles', message: 'There is no co-production principle “kindness”' },
      { field: 'principle-equality', message: 'Say how equality made a difference, or untick it' },
    ]);
    expect(await app.store.channels.listReflections()).toEqual([]);
  });
});
