import { afterEach, beforeEach, expect, test } from 'vitest';
import { paperResponseId } from '../../src/core/paper-reference.ts';
import { referenceCode } from '../../src/core/reference-code.ts';
import type { Answers } from '../../src/core/response.ts';
import { EVERY_TYPE_ANSWERS, EVERY_TYPE_FORM, TEST_FORM, testResponse } from '../../src/core/test-fixtures.ts';
import { parseCsv } from '../exports/test-parse-csv.ts';
import { testApp } from '../test-app.ts';

let app: Awaited<ReturnType<typeof testApp>>;
beforeEach(async () => {
  app = await testApp();
  await app.store.publishForm(EVERY_TYPE_FORM);
});
afterEach(() => app.dispose());

const json = (method: string, body: unknown): RequestInit => ({
  method,
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify(body),
});

async function newBatch(doubleEntry: boolean, role: 'officer' | 'outreach' = 'officer'): Promise<string> {
  const reply = await app.asOfficer(
    '/api/paper/batches',
    json('POST', { formId: 'every-type', formVersion: 1, event: 'Library, 3 March', doubleEntry }),
    role,
  );
  expect(reply.status).toBe(201);
  return ((await reply.json()) as { batch: { id: string } }).batch.id;
}

const key = (batch: string, reference: string, answers: Answers) =>
  app.asOfficer(`/api/paper/batches/${batch}/sheets`, json('POST', { reference, answers }));

async function storedRows() {
  const rows = [];
  for await (const page of app.store.findResponses({ formId: 'every-type' })) rows.push(...page);
  return rows;
}

test('batches need a signed-in officer or outreach worker with the import permission, and the CSRF token', async () => {
  expect((await app.request('/api/paper/batches')).status).toBe(401);
  const headers = await app.signIn('officer');
  const withoutCsrf = await app.request('/api/paper/batches', {
    ...json('POST', { formId: 'every-type', formVersion: 1, event: 'x', doubleEntry: false }),
    headers: { 'Content-Type': 'application/json', Cookie: headers.Cookie as string },
  });
  expect(withoutCsrf.status).toBe(403);
  expect((await withoutCsrf.json()).error.code).toBe('csrf');
  await newBatch(false, 'outreach');
  const list = await app.asOfficer('/api/paper/batches', {}, 'outreach');
  expect((await list.json()).batches).toHaveLength(1);
  const device = await app.request('/api/paper/batches', { headers: { Authorization: `Bearer ${app.device.token}` } });
  expect(device.status).toBe(403);
});

test('a batch names a published form and an event', async () => {
  const unknown = await app.asOfficer(
    '/api/paper/batches',
    json('POST', { formId: 'nope', formVersion: 1, event: 'x', doubleEntry: false }),
  );
  expect(unknown.status).toBe(404);
  const noEvent = await app.asOfficer(
    '/api/paper/batches',
    json('POST', { formId: 'every-type', formVersion: 1, event: ' ', doubleEntry: false }),
  );
  expect(noEvent.status).toBe(400);
  expect((await noEvent.json()).error.message).toBe('Enter the event.');
});

test('a keyed sheet becomes one paper response whose id carries the printed reference, stored once', async () => {
  const batch = await newBatch(false);
  const first = await key(batch, '7zk3 q9m1', EVERY_TYPE_ANSWERS);
  expect(await first.json()).toEqual({ reference: '7ZK3-Q9M1', outcome: 'stored', skippedRequired: [] });
  const again = await key(batch, '7ZK3-Q9M1', EVERY_TYPE_ANSWERS);
  expect((await again.json()).outcome).toBe('already-stored');
  const rows = await storedRows();
  expect(rows).toHaveLength(1);
  expect(rows[0]).toMatchObject({
    id: paperResponseId('7ZK3-Q9M1'),
    channel: 'paper',
    paperBatch: batch,
    deviceId: `paper:${batch}`,
    event: 'Library, 3 March',
    language: 'en',
    answers: EVERY_TYPE_ANSWERS,
  });
  expect(referenceCode(rows[0]?.id as string)).toBe('7ZK3-Q9M1');
  // The same reference with other answers is refused: the first is kept.
  const changed = await key(batch, '7ZK3-Q9M1', { ...EVERY_TYPE_ANSWERS, name: 'Alex' });
  expect(changed.status).toBe(409);
  expect(await storedRows()).toHaveLength(1);
});

test('a sheet without a reference gets a new one; skipped required questions are stored as partial', async () => {
  const batch = await newBatch(false);
  const reply = await key(batch, '', { name: 'Sam' });
  const body = await reply.json();
  expect(body.reference).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  expect(body.skippedRequired).toEqual(['colour', 'contact']);
  const [row] = await storedRows();
  expect(row).toMatchObject({ partial: true, answers: { name: 'Sam' } });
  expect(referenceCode(row?.id as string)).toBe(body.reference);
});

test('each wrong answer is named by its question, and nothing is stored', async () => {
  const batch = await newBatch(false);
  const reply = await key(batch, 'ZK3-Q9M', { colour: 'green', hours: 30, name: 'Sam' });
  expect(reply.status).toBe(422);
  expect((await reply.json()).error.problems).toEqual([
    { questionId: 'reference', message: expect.stringContaining('is not a reference code') },
    { questionId: 'colour', message: 'Question "colour" has no choice "green".' },
    { questionId: 'hours', message: 'Question "hours" takes a number from 0 to 24.' },
  ]);
  const answers = await key(batch, '', { colour: 'green', hours: 30, 'contact-consent': true });
  expect(answers.status).toBe(422);
  const { problems } = (await answers.json()).error;
  expect(problems.map((p: { questionId: string }) => p.questionId)).toEqual(['colour', 'hours', 'contact-consent']);
  expect(await storedRows()).toHaveLength(0);
});

test('double entry: agreeing keyings are stored; a disagreement is flagged per question, then resolved', async () => {
  const batch = await newBatch(true);
  expect((await (await key(batch, 'AAAA-1111', EVERY_TYPE_ANSWERS)).json()).outcome).toBe('first-entry');
  expect(await storedRows()).toHaveLength(0);
  // Ticks keyed in another order are the same answer.
  const sameTicks = { ...EVERY_TYPE_ANSWERS, pets: ['dog', 'cat'] };
  expect((await (await key(batch, 'aaaa-1111', sameTicks)).json()).outcome).toBe('agreed');
  expect(await storedRows()).toHaveLength(1);

  await key(batch, 'BBBB-2222', EVERY_TYPE_ANSWERS);
  const { 'contact-consent': _, ...withoutConsent } = EVERY_TYPE_ANSWERS;
  const second: Answers = { ...withoutConsent, contact: 'no', hours: 4 };
  expect((await (await key(batch, 'BBBB-2222', second)).json()).outcome).toBe('disagreement');
  const third = await key(batch, 'BBBB-2222', second);
  expect(third.status).toBe(409);

  await key(batch, 'CCCC-3333', EVERY_TYPE_ANSWERS);
  const page = await (await app.asOfficer(`/api/paper/batches/${batch}`)).json();
  expect(page.counts).toEqual({ keyedOnce: 1, agreed: 1, disagreements: 1, stored: 1 });
  const flagged = page.sheets.find((s: { reference: string }) => s.reference === 'BBBB-2222');
  expect(flagged.state).toBe('disagreement');
  expect(flagged.disagreements).toEqual([
    { questionId: 'hours', first: 3, second: 4 },
    { questionId: 'contact', first: 'yes', second: 'no' },
    { questionId: 'contact-consent', first: true },
  ]);

  const resolve = (answers: Answers) =>
    app.asOfficer(`/api/paper/batches/${batch}/sheets/BBBB-2222/resolve`, json('POST', { answers }));
  expect((await resolve({ ...EVERY_TYPE_ANSWERS, hours: 99 })).status).toBe(422);
  expect((await resolve({ ...EVERY_TYPE_ANSWERS, hours: 4 })).status).toBe(200);
  expect((await resolve({ ...EVERY_TYPE_ANSWERS, hours: 4 })).status).toBe(409);
  const after = await (await app.asOfficer(`/api/paper/batches/${batch}`)).json();
  expect(after.counts).toEqual({ keyedOnce: 1, agreed: 1, disagreements: 0, stored: 2 });
  const rows = await storedRows();
  expect(rows.map((r) => referenceCode(r.id)).sort()).toEqual(['AAAA-1111', 'BBBB-2222']);
  expect(rows.find((r) => referenceCode(r.id) === 'BBBB-2222')?.answers.hours).toBe(4);
});

test('exports carry the paper batch and can be narrowed to one batch', async () => {
  const batch = await newBatch(false);
  await key(batch, 'DDDD-4444', EVERY_TYPE_ANSWERS);
  const other = await newBatch(false);
  await key(other, 'EEEE-5555', EVERY_TYPE_ANSWERS);
  const csv = await (await app.asOfficer(`/api/responses.csv?form=every-type&batch=${batch}`)).text();
  const [header, ...rows] = parseCsv(csv.replace(/^\uFEFF/, '').trimEnd());
  const column = header?.indexOf('paper_batch') ?? -1;
  expect(column).toBeGreaterThan(-1);
  expect(rows.map((r) => [r[header?.indexOf('channel') ?? -1], r[column]])).toEqual([['paper', batch]]);
});

test('a tablet cannot send a response as a keyed paper sheet: no paper batch, no blank required answers', async () => {
  await app.store.publishForm(TEST_FORM);
  const batch = testResponse({ channel: 'paper', paperBatch: 'some-batch' });
  const blank = testResponse({ channel: 'paper', partial: true, answers: {} });
  const reply = await app.sync({ deviceId: 'device-1', responses: [batch, blank] });
  expect((await reply.json()).results).toEqual([
    { id: batch.id, status: 'rejected', error: expect.stringContaining('Paper returns') },
    { id: blank.id, status: 'rejected', error: expect.stringContaining('Paper returns') },
  ]);
  expect(await app.store.countResponses()).toBe(0);
});
