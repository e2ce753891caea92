import { afterEach, beforeEach, expect, test } from 'vitest';
import type { FormDefinition } from '../src/core/form.ts';
import type { Answers } from '../src/core/response.ts';
import { testResponse } from '../src/core/test-fixtures.ts';
import { testApp } from './test-app.ts';

const choices = (...values: string[]) => values.map((value) => ({ value, label: { en: value } }));

/** One question of every type, owned by this file so the export's columns do not move with other tests. */
const EXPORT_FORM: FormDefinition = {
  id: 'export-form',
  version: 1,
  defaultLanguage: 'en',
  title: { en: 'Export test' },
  description: { en: 'A form for export tests.' },
  organisation: { en: 'Test council' },
  estimatedMinutes: 1,
  privacy: {
    controller: { en: 'Test council.' },
    purpose: { en: 'Testing, as a public task.' },
    retention: { en: 'Deleted after the test.' },
    rights: { en: 'Ask the test council.' },
  },
  questions: [
    { id: 'intro', type: 'info', required: false, label: { en: 'About this' }, body: { en: 'Read me.' } },
    {
      id: 'visit',
      type: 'single',
      required: false,
      label: { en: 'Visit?' },
      options: choices('weekly', 'never'),
      other: { label: { en: 'Other, please specify' } },
    },
    { id: 'uses', type: 'multiple', required: false, label: { en: 'Uses?' }, options: choices('books', 'computers') },
    {
      id: 'reach',
      type: 'ranking',
      required: false,
      label: { en: 'Reach?' },
      options: choices('older', 'young', 'families'),
    },
    {
      id: 'priorities',
      type: 'points',
      required: false,
      total: 10,
      label: { en: 'Share 10 points' },
      options: choices('libraries', 'roads', 'parks'),
    },
    { id: 'parking', type: 'yesno', required: false, label: { en: 'Parking?' } },
    { id: 'quote', type: 'consent', required: false, label: { en: 'Quote?' }, statement: { en: 'I agree.' } },
    { id: 'miles', type: 'number', required: false, min: 0, max: 2000, wholeNumber: true, label: { en: 'Miles?' } },
    {
      id: 'listening',
      type: 'scale',
      required: false,
      label: { en: 'Listening?' },
      lowLabel: { en: 'Low' },
      highLabel: { en: 'High' },
    },
    { id: 'moved', type: 'date', required: false, label: { en: 'Moved?' } },
    { id: 'area', type: 'postcode-district', required: false, label: { en: 'Area?' } },
    { id: 'comment', type: 'longtext', required: false, maxLength: 500, label: { en: 'Comment?' } },
  ],
};

const QUESTION_COLUMNS = 'visit,uses,reach,priorities,parking,quote,miles,listening,moved,area,comment';

let app: Awaited<ReturnType<typeof testApp>>;
beforeEach(async () => {
  app = await testApp();
  await app.store.publishForm(EXPORT_FORM);
});
afterEach(() => app.dispose());

function exportResponse(answers: Answers, overrides: Parameters<typeof testResponse>[0] = {}) {
  return testResponse({ formId: EXPORT_FORM.id, formVersion: EXPORT_FORM.version, answers, ...overrides });
}

/** Syncs responses and fails the test unless every one is stored, so a rejection is not mistaken for a bad export. */
async function store(...responses: ReturnType<typeof exportResponse>[]) {
  const { results } = await (await app.sync({ deviceId: 'device-1', responses })).json();
  expect(results.map((r: { status: string; error?: string }) => r.error ?? r.status)).toEqual(
    responses.map(() => 'stored'),
  );
}

async function exportLines(): Promise<string[]> {
  const text = await (await app.asOfficer(`/api/responses.csv?form=${EXPORT_FORM.id}`)).text();
  return text.replace(/^\uFEFF/, '').split('\r\n');
}

test('the CSV has a BOM, a header, and one correctly quoted row per response', async () => {
  const a = exportResponse(
    { visit: 'weekly', uses: ['books', 'computers'], listening: 4, comment: 'Say "yes",\nplease' },
    { event: 'Newbury Library, coffee morning' },
  );
  const b = exportResponse({ visit: 'never', comment: '=HYPERLINK("x")' }, { language: 'cy' });
  await store(a, b);

  const reply = await app.asOfficer('/api/responses.csv?form=export-form');
  expect(reply.status).toBe(200);
  expect(reply.headers.get('Content-Type')).toBe('text/csv; charset=utf-8');
  expect(reply.headers.get('X-Chorus-Total')).toBe('2');
  expect(reply.headers.get('Content-Disposition')).toMatch(/^attachment; filename="chorus-export-form-/);
  const bytes = new Uint8Array(await reply.arrayBuffer());
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = new TextDecoder().decode(bytes.slice(3)).split('\r\n');
  expect(lines[0]).toBe(
    `response_id,form_version,submitted_at,received_at,device_id,channel,language,event,partial,paper_batch,assisted_by,conversation_language,partner,${QUESTION_COLUMNS}`,
  );
  expect(lines[1]).toMatch(
    new RegExp(
      `^${a.id},1,2026-11-30T10:00:00.000Z,[^,]+,device-1,kiosk,en,"Newbury Library, coffee morning",,,,,,weekly,books; computers,,,,,,4,,,"Say ""yes"",\nplease"$`,
    ),
  );
  // A formula is neutralised so it opens as text.
  expect(lines[2]).toMatch(/,cy,,,,,,,never,,,,,,,,,,"'=HYPERLINK\(""x""\)"$/);
  expect(lines[3]).toBe('');
});

test('every answer type is one readable cell, and an info block gets no column', async () => {
  const full = exportResponse({
    visit: { other: 'With the mobile library' },
    uses: ['computers', 'books'],
    reach: ['families', 'older', 'young'],
    // Keys in another order than the question's options: the cell follows the options.
    priorities: { points: { parks: 6, libraries: 4 } },
    parking: 'no',
    quote: true,
    miles: 120,
    listening: 2,
    moved: '2026-03-01',
    area: 'RG14',
    comment: 'Open later on Thursdays',
  });
  const zero = exportResponse({ miles: 0, priorities: { points: { roads: 10 } } });
  await store(full, zero);

  const [header, fullRow, zeroRow] = await exportLines();
  expect(header).not.toContain('intro');
  const cells = (line = '') => line.split(',').slice(13).join(',');
  expect(cells(fullRow)).toBe(
    'other: With the mobile library,computers; books,families; older; young,libraries=4; parks=6,no,yes,120,2,2026-03-01,RG14,Open later on Thursdays',
  );
  expect(cells(zeroRow)).toBe(',,,roads=10,,,0,,,,');
});

test('the CSV streams every response when there are more than one page of them', async () => {
  for (let i = 0; i < 3; i++) {
    await store(...Array.from({ length: 250 }, () => exportResponse({ visit: 'weekly' })));
  }
  expect((await exportLines()).filter((line) => line !== '')).toHaveLength(1 + 750);
});

test('exporting needs a form, and a known one', async () => {
  expect((await app.asOfficer('/api/responses.csv')).status).toBe(400);
  const unknown = await app.asOfficer('/api/responses.csv?form=nope');
  expect(unknown.status).toBe(404);
  expect((await unknown.json()).error.message).toBe('No form "nope" is published here.');
});
