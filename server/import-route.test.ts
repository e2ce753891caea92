import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { checksumOf, OUTBOX_FILE_FORMAT, type OutboxFile } from '../src/core/outbox-file.ts';
import type { SubmittedResponse } from '../src/core/response.ts';
import { testResponse } from '../src/core/test-fixtures.ts';
import { createApp } from './app.ts';
import { testApp } from './test-app.ts';

let app: Awaited<ReturnType<typeof testApp>>;
beforeEach(async () => {
  app = await testApp();
});
afterEach(() => app.dispose());

const sha256Hex = (text: string) => createHash('sha256').update(text).digest('hex');

/** A file as a tablet saves it, with a correct checksum over whatever responses it is given. */
async function unsentFile(responses: unknown[]): Promise<OutboxFile> {
  return {
    format: OUTBOX_FILE_FORMAT,
    formatVersion: 1,
    deviceId: 'device-1',
    exportedAt: '2026-12-01T09:00:00.000Z',
    count: responses.length,
    checksum: await checksumOf(responses, sha256Hex),
    responses: responses as SubmittedResponse[],
  };
}

function importFile(body: unknown, send: typeof app.request = (path, init) => app.asOfficer(path, init)) {
  return send('/api/import', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

describe('POST /api/import', () => {
  test('stores every response in a good file and says how many of each', async () => {
    const a = testResponse();
    const b = testResponse({ answers: { colour: 'blue', pets: ['dog'] } });
    const reply = await importFile(await unsentFile([a, b]));
    expect(reply.status).toBe(200);
    expect(await reply.json()).toEqual({
      deviceId: 'device-1',
      counts: { stored: 2, duplicate: 0, conflict: 0, rejected: 0 },
      results: [
        { id: a.id, status: 'stored' },
        { id: b.id, status: 'stored' },
      ],
    });
    expect(await app.store.countResponses()).toBe(2);
  });

  test('importing the same file twice stores nothing twice', async () => {
    const file = await unsentFile([testResponse(), testResponse()]);
    await importFile(file);
    const again = await (await importFile(file)).json();
    expect(again.counts).toEqual({ stored: 0, duplicate: 2, conflict: 0, rejected: 0 });
    expect(again.results.map((r: { status: string }) => r.status)).toEqual(['duplicate', 'duplicate']);
    expect(await app.store.countResponses()).toBe(2);
  });

  test('responses the tablet already synced are duplicates, and a later sync of imported ones is too', async () => {
    const synced = testResponse();
    const notYet = testResponse();
    await app.sync({ deviceId: 'device-1', responses: [synced] });
    const { counts } = await (await importFile(await unsentFile([synced, notYet]))).json();
    expect(counts).toEqual({ stored: 1, duplicate: 1, conflict: 0, rejected: 0 });
    const { results } = await (await app.sync({ deviceId: 'device-1', responses: [notYet] })).json();
    expect(results).toEqual([{ id: notYet.id, status: 'duplicate' }]);
    expect(await app.store.countResponses()).toBe(2);
  });

  test('a bad response is rejected on its own, with the reason, and the rest are stored', async () => {
    const good1 = testResponse();
    const bad = testResponse({ answers: { colour: 'green' } });
    const good2 = testResponse();
    const { counts, results } = await (await importFile(await unsentFile([good1, bad, good2]))).json();
    expect(counts).toEqual({ stored: 2, duplicate: 0, conflict: 0, rejected: 1 });
    expect(results[1]).toEqual({ id: bad.id, status: 'rejected', error: 'Question "colour" has no choice "green".' });
    expect(await app.store.countResponses()).toBe(2);
  });

  test('the same id with different content is a conflict, and the first is kept', async () => {
    const first = testResponse({ answers: { colour: 'red' } });
    await app.sync({ deviceId: 'device-1', responses: [first] });
    const { counts, results } = await (
      await importFile(await unsentFile([{ ...first, answers: { colour: 'blue' } }]))
    ).json();
    expect(counts).toEqual({ stored: 0, duplicate: 0, conflict: 1, rejected: 0 });
    expect(results[0].error).toMatch(/stored earlier/);
  });

  test('a file changed after it was saved gets 400 checksum-mismatch, and nothing in it is stored', async () => {
    const file = await unsentFile([testResponse(), testResponse({ answers: { colour: 'red' } })]);
    const tampered = { ...file, responses: [file.responses[0], { ...file.responses[1], answers: { colour: 'blue' } }] };
    const reply = await importFile(tampered);
    expect(reply.status).toBe(400);
    const { error } = await reply.json();
    expect(error.code).toBe('checksum-mismatch');
    expect(error.message).toMatch(/changed or damaged after it was saved.*Nothing was stored/);
    expect(await app.store.countResponses()).toBe(0);
  });

  test('key order and spacing do not change the checksum: a re-indented file still imports', async () => {
    const a = testResponse({ answers: { colour: 'red', score: 3 } });
    const file = await unsentFile([a]);
    const reordered = { ...file, responses: [Object.fromEntries(Object.entries(a).reverse())] };
    const reply = await importFile(JSON.stringify(reordered, null, 2));
    expect((await reply.json()).counts.stored).toBe(1);
  });

  test.each([
    ['a sync batch', { deviceId: 'device-1', responses: [] }, /not a file of unsent responses/],
    ['another format', { format: 'chorus-drafts', formatVersion: 1 }, /format is "chorus-drafts"/],
    ['a newer format version', { format: OUTBOX_FILE_FORMAT, formatVersion: 2 }, /reads only version 1/],
  ])('%s gets 400 not-an-export-file with the reason', async (_, body, message) => {
    const reply = await importFile(body);
    expect(reply.status).toBe(400);
    const { error } = await reply.json();
    expect(error.code).toBe('not-an-export-file');
    expect(error.message).toMatch(message);
    expect(error.message).toMatch(/Nothing was stored\.$/);
  });

  test('a file cut short gets 400 not-an-export-file, and nothing in it is stored', async () => {
    const file = await unsentFile([testResponse(), testResponse()]);
    const reply = await importFile({ ...file, responses: file.responses.slice(0, 1) });
    expect(reply.status).toBe(400);
    expect((await reply.json()).error.message).toMatch(/says it holds 2 responses but holds 1/);
    expect(await app.store.countResponses()).toBe(0);
  });

  test('malformed JSON gets 400 malformed-json', async () => {
    const reply = await importFile('{"format": "chorus-unsent-responses", "responses": [');
    expect(reply.status).toBe(400);
    expect((await reply.json()).error.code).toBe('malformed-json');
  });

  test('takes a file larger than a sync batch may be, up to its own limit', async () => {
    const responses = Array.from({ length: 400 }, () => testResponse({ answers: { colour: 'red', comment: 'x' } }));
    const body = JSON.stringify(await unsentFile(responses));
    expect(body.length).toBeGreaterThan(64 * 1024);
    expect((await (await importFile(body)).json()).counts.stored).toBe(400);

    const small = createApp({ store: app.store, bodyLimitBytes: 64 * 1024, importLimitBytes: 1024 });
    const over = JSON.stringify(await unsentFile(Array.from({ length: 10 }, () => testResponse())));
    expect(over.length).toBeGreaterThan(1024);
    const reply = await importFile(over, (path, init) => small.request(path, init));
    expect(reply.status).toBe(413);
    expect(await reply.json()).toEqual({
      error: {
        code: 'body-too-large',
        message:
          'The request is larger than 1024 bytes. Nothing was stored; ask whoever runs the endpoint to raise CHORUS_IMPORT_LIMIT.',
      },
    });
    expect(await app.store.countResponses()).toBe(400);
  });
});
