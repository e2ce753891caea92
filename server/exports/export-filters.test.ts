import ExcelJS from 'exceljs';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { SubmittedResponse } from '../../src/core/response.ts';
import { TEST_FORM, testResponse } from '../../src/core/test-fixtures.ts';
import { testApp } from '../test-app.ts';
import { parseCsv } from './test-parse-csv.ts';

let app: Awaited<ReturnType<typeof testApp>>;
const ids: Record<string, string> = {};

/** Five responses that differ in every filtered field; each test only reads them. */
const RESPONSES: Record<string, Partial<SubmittedResponse>> = {
  a: { formVersion: 1, submittedAt: '2026-11-29T23:59:59.999Z', event: 'Library', channel: 'kiosk', language: 'en' },
  b: {
    formVersion: 1,
    submittedAt: '2026-11-30T00:00:00.000Z',
    event: 'Library, coffee morning',
    channel: 'assisted',
    language: 'cy',
  },
  // 23:30 on 30 November in UTC, though the device wrote 1 December in its own time zone.
  c: { formVersion: 2, submittedAt: '2026-12-01T00:30:00+01:00', channel: 'paper', language: 'en' },
  d: { formVersion: 2, submittedAt: '2026-12-01T00:00:00.000Z', event: 'Library', channel: 'self', language: 'pl' },
  // 1 December 00:00 in UTC, written with an offset SQLite cannot read as it is.
  e: { formVersion: 1, submittedAt: '2026-11-30T19:00:00-0500', channel: 'kiosk', language: 'cy' },
};

beforeAll(async () => {
  app = await testApp();
  await app.store.publishForm({ ...TEST_FORM, version: 2 });
  const responses = Object.entries(RESPONSES).map(([name, fields]) => {
    const response = testResponse(fields);
    ids[response.id] = name;
    return response;
  });
  const { results } = await (await app.sync({ deviceId: 'device-1', responses })).json();
  expect(results.map((r: { status: string }) => r.status)).toEqual(responses.map(() => 'stored'));
});
afterAll(() => app.dispose());

async function exported(query: string): Promise<string[]> {
  const reply = await app.asOfficer(`/api/responses.json?form=test-form${query}`);
  expect(reply.status).toBe(200);
  const body = await reply.json();
  return body.responses.map((r: SubmittedResponse) => ids[r.id]);
}

test.each([
  ['', 'abcde'],
  ['&version=1', 'abe'],
  ['&version=2', 'cd'],
  ['&from=2026-11-30', 'bcde'],
  ['&to=2026-11-30', 'abc'],
  ['&from=2026-11-30&to=2026-11-30', 'bc'],
  ['&from=2026-12-01', 'de'],
  ['&to=2026-11-28', ''],
  ['&to=9999-12-31', 'abcde'],
  ['&event=Library', 'ad'],
  [`&event=${encodeURIComponent('Library, coffee morning')}`, 'b'],
  ['&channel=kiosk', 'ae'],
  ['&channel=paper', 'c'],
  ['&language=cy', 'be'],
  ['&language=en', 'ac'],
  ['&version=1&language=cy&from=2026-12-01', 'e'],
  ['&version=&from=&to=&event=&channel=&language=', 'abcde'],
])('the filter "%s" exports %j', async (query, expected) => {
  expect((await exported(query)).join('')).toBe(expected);
});

test('the JSON says which filters it applied, and holds only the versions asked for', async () => {
  const body = await (await app.asOfficer('/api/responses.json?form=test-form&version=2&from=2026-11-30')).json();
  expect(body.filters).toEqual({
    version: 2,
    from: '2026-11-30',
    to: null,
    event: null,
    channel: null,
    language: null,
    batch: null,
    partner: null,
    assisted: null,
  });
  expect(body.form.versions.map((f: { version: number }) => f.version)).toEqual([2]);
});

test('the CSV and the XLSX apply the same filters', async () => {
  const csv = await (await app.asOfficer('/api/responses.csv?form=test-form&channel=kiosk')).text();
  const csvIds = parseCsv(csv.replace(/^\uFEFF/, ''))
    .slice(1)
    .map((record) => ids[record[0] ?? '']);
  expect(csvIds).toEqual(['a', 'e']);

  const reply = await app.asOfficer('/api/responses.xlsx?form=test-form&language=cy&to=2026-11-30');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await reply.arrayBuffer());
  const sheet = workbook.getWorksheet('Responses');
  const xlsxIds = Array.from(
    { length: (sheet?.rowCount ?? 1) - 1 },
    (_, i) => ids[String(sheet?.getCell(i + 2, 1).value)],
  );
  expect(xlsxIds).toEqual(['b']);
});

test.each([
  ['version=abc', 'bad-version', '"version" must be a whole number such as 1; "abc" is not.'],
  ['version=0', 'bad-version', '"version" must be a whole number such as 1; "0" is not.'],
  ['version=3', 'unknown-version', 'Form "test-form" has no version 3; its versions are 1 and 2.'],
  ['from=30/11/2026', 'bad-date', '"from" must be a date written YYYY-MM-DD, such as 2026-11-30; "30/11/2026" is not.'],
  [
    'to=2026-11-30T10:00',
    'bad-date',
    '"to" must be a date written YYYY-MM-DD, such as 2026-11-30; "2026-11-30T10:00" is not.',
  ],
  ['to=2026-02-30', 'bad-date', '"to" is 2026-02-30, which is not a day in the calendar.'],
  [
    'from=2026-12-01&to=2026-11-30',
    'dates-reversed',
    '"from" (2026-12-01) is after "to" (2026-11-30), so nothing could match.',
  ],
  ['channel=tablet', 'bad-channel', '"channel" must be kiosk, assisted, paper or self; "tablet" is not one of them.'],
  ['language=e', 'bad-language', '"language" must be a language tag such as en or cy; "e" is not one.'],
  ['channel=kiosk&channel=paper', 'repeated-parameter', 'Give "channel" once; it was given 2 times.'],
  [
    'lang=cy',
    'unknown-parameter',
    'Unknown parameter "lang": this address takes form, version, from, to, event, channel, language, batch, partner and assisted.',
  ],
])('a bad filter (%s) gets 400 %s and says what is wrong, in every format', async (query, code, message) => {
  for (const extension of ['csv', 'xlsx', 'json']) {
    const reply = await app.asOfficer(`/api/responses.${extension}?form=test-form&${query}`);
    expect(reply.status).toBe(400);
    expect(await reply.json()).toEqual({ error: { code, message } });
  }
});

test('every export needs a form, and a published one', async () => {
  for (const extension of ['csv', 'xlsx', 'json']) {
    const missing = await app.asOfficer(`/api/responses.${extension}`);
    expect(missing.status).toBe(400);
    expect(await missing.json()).toEqual({
      error: { code: 'missing-form', message: `Say which form: /api/responses.${extension}?form=FORM_ID` },
    });
    const unknown = await app.asOfficer(`/api/responses.${extension}?form=nope`);
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({
      error: { code: 'unknown-form', message: 'No form "nope" is published here.' },
    });
  }
});
