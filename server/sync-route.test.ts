import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { TEST_FORM, testResponse } from '../src/core/test-fixtures.ts';
import { allPages } from './store/all-pages.ts';
import { testApp } from './test-app.ts';

let app: Awaited<ReturnType<typeof testApp>>;
beforeEach(async () => {
  app = await testApp();
});
afterEach(() => app.dispose());

describe('POST /api/sync', () => {
  test('stores each response and acknowledges each id, in order', async () => {
    const a = testResponse();
    const b = testResponse({ answers: { colour: 'blue', pets: ['dog'] } });
    const reply = await app.sync({ deviceId: 'device-1', responses: [a, b] });
    expect(reply.status).toBe(200);
    expect(await reply.json()).toEqual({
      results: [
        { id: a.id, status: 'stored' },
        { id: b.id, status: 'stored' },
      ],
    });
    expect(await app.store.countResponses()).toBe(2);
  });

  test('a resend after a lost acknowledgement is a duplicate, stored once', async () => {
    const a = testResponse();
    await app.sync({ deviceId: 'device-1', responses: [a] });
    const again = await app.sync({ deviceId: 'device-1', responses: [a, a] });
    expect((await again.json()).results).toEqual([
      { id: a.id, status: 'duplicate' },
      { id: a.id, status: 'duplicate' },
    ]);
    expect(await app.store.countResponses()).toBe(1);
  });

  test('key order does not make a resend look different', async () => {
    const a = testResponse({ answers: { colour: 'red', score: 3 } });
    await app.sync({ deviceId: 'device-1', responses: [a] });
    const reordered = Object.fromEntries(Object.entries({ ...a, answers: { score: 3, colour: 'red' } }).reverse());
    expect((await (await app.sync({ deviceId: 'device-1', responses: [reordered] })).json()).results[0].status).toBe(
      'duplicate',
    );
  });

  test('the same id with different content is a conflict, and the first is kept', async () => {
    const first = testResponse({ answers: { colour: 'red' } });
    await app.sync({ deviceId: 'device-1', responses: [first] });
    const reply = await app.sync({ deviceId: 'device-1', responses: [{ ...first, answers: { colour: 'blue' } }] });
    const [result] = (await reply.json()).results;
    expect(result).toMatchObject({ id: first.id, status: 'conflict' });
    expect(result.error).toMatch(/stored earlier/);
    const [page] = await allPages(app.store.responsesForForm('test-form'));
    expect(page?.[0]?.answers).toEqual({ colour: 'red' });
  });

  test('a bad response is rejected on its own, with the reason, and the rest of its batch is stored', async () => {
    const good1 = testResponse();
    const bad = testResponse({ answers: { colour: 'green' } });
    const good2 = testResponse();
    const noId = { hello: 'world' };
    const reply = await app.sync({ deviceId: 'device-1', responses: [good1, bad, noId, good2] });
    expect(reply.status).toBe(200);
    const { results } = await reply.json();
    expect(results).toHaveLength(4);
    expect(results[0]).toEqual({ id: good1.id, status: 'stored' });
    expect(results[1]).toEqual({ id: bad.id, status: 'rejected', error: 'Question "colour" has no choice "green".' });
    expect(results[2]).toMatchObject({ id: '', status: 'rejected' });
    expect(results[3]).toEqual({ id: good2.id, status: 'stored' });
    expect(await app.store.countResponses()).toBe(2);
  });

  test('a response to an unpublished form version is rejected', async () => {
    const reply = await app.sync({ deviceId: 'device-1', responses: [testResponse({ formVersion: 9 })] });
    expect((await reply.json()).results[0]).toMatchObject({
      status: 'rejected',
      error: 'Form "test-form" version 9 is not published.',
    });
  });

  test('a partial response (a kiosk reset) is stored, marked, with required answers missing; what is there is checked', async () => {
    await app.store.publishForm({ ...TEST_FORM, id: 'keeps-partial', kioskReset: 'keep-partial' });
    const partial = testResponse({ formId: 'keeps-partial', partial: true, answers: { pets: ['cat'] } });
    const wrong = testResponse({ formId: 'keeps-partial', partial: true, answers: { pets: ['cat', 'dog', 'fish'] } });
    const elsewhere = testResponse({ partial: true, answers: { pets: ['cat'] } });
    const reply = await app.sync({ deviceId: 'device-1', responses: [partial, wrong, elsewhere] });
    const results = (await reply.json()).results;
    expect(results.map((r: { status: string }) => r.status)).toEqual(['stored', 'rejected', 'rejected']);
    expect(results[2].error).toMatch(/does not keep partial responses/);
    const [page] = await allPages(app.store.responsesForForm('keeps-partial'));
    expect(page?.map((r) => ({ answers: r.answers, partial: r.partial }))).toEqual([
      { answers: { pets: ['cat'] }, partial: true },
    ]);
  });

  test('malformed JSON gets 400 with a clear error, and nothing is stored', async () => {
    const reply = await app.sync('{"deviceId": "device-1", "responses": [');
    expect(reply.status).toBe(400);
    expect(await reply.json()).toEqual({
      error: { code: 'malformed-json', message: 'The request body is not valid JSON. Nothing was stored.' },
    });
    expect(await app.store.countResponses()).toBe(0);
  });

  test.each([
    [{ responses: [] }, /deviceId/],
    [{ deviceId: 'device-1', responses: 'lots' }, /responses must be a list/],
    [[testResponse()], /sync format/],
  ])('a body not in the sync format (%o) gets 400', async (body, message) => {
    const reply = await app.sync(body);
    expect(reply.status).toBe(400);
    const { error } = await reply.json();
    expect(error.code).toBe('malformed-batch');
    expect(error.message).toMatch(message);
  });

  test('a body over the limit gets 413 and nothing in it is stored', async () => {
    const responses = Array.from({ length: 400 }, () => testResponse({ answers: { colour: 'red', comment: 'x' } }));
    const body = JSON.stringify({ deviceId: 'device-1', responses });
    expect(body.length).toBeGreaterThan(64 * 1024);
    const reply = await app.sync(body);
    expect(reply.status).toBe(413);
    expect((await reply.json()).error.code).toBe('body-too-large');
    expect(await app.store.countResponses()).toBe(0);
  });

  test('what was stored survives a restart of the endpoint on the same file', async () => {
    const a = testResponse();
    await app.sync({ deviceId: 'device-1', responses: [a] });
    await app.reopen();
    expect(await app.store.countResponses()).toBe(1);
    expect((await (await app.sync({ deviceId: 'device-1', responses: [a] })).json()).results[0].status).toBe(
      'duplicate',
    );
  });
});

describe('other endpoints', () => {
  test('GET /api/health answers when the store is ready', async () => {
    const reply = await app.request('/api/health');
    expect(reply.status).toBe(200);
    expect(await reply.json()).toEqual({ status: 'ok' });
  });

  test('GET /api/forms lists the published forms', async () => {
    const { forms } = await (await app.request('/api/forms')).json();
    expect(forms.map((f: { id: string }) => f.id)).toEqual(['test-form']);
  });

  test('an unknown API address gets a JSON 404', async () => {
    const reply = await app.request('/api/nothing-here');
    expect(reply.status).toBe(404);
    expect((await reply.json()).error.code).toBe('not-found');
  });
});
