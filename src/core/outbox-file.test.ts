import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { canonicalJson } from './canonical-json.ts';
import { checksumOf, checksumText, OUTBOX_FILE_FORMAT, type OutboxFile, parseOutboxFile } from './outbox-file.ts';
import { testResponse } from './test-fixtures.ts';

const sha256Hex = (text: string) => createHash('sha256').update(text).digest('hex');

async function file(overrides: Partial<Record<keyof OutboxFile, unknown>> = {}): Promise<Record<string, unknown>> {
  const responses = [testResponse(), testResponse({ answers: { colour: 'blue', pets: ['cat'] } })];
  return {
    format: OUTBOX_FILE_FORMAT,
    formatVersion: 1,
    deviceId: 'device-1',
    exportedAt: '2026-12-01T09:00:00.000Z',
    count: responses.length,
    checksum: await checksumOf(responses, sha256Hex),
    responses,
    ...overrides,
  };
}

describe('parseOutboxFile', () => {
  test('accepts a whole file and keeps its responses unchecked for later', async () => {
    const input = await file({ responses: [{ anything: true }], count: 1 });
    const parsed = parseOutboxFile(input);
    expect(parsed).toEqual({ ok: true, value: input });
  });

  test('accepts a file with nothing in it', async () => {
    expect(parseOutboxFile(await file({ responses: [], count: 0 })).ok).toBe(true);
  });

  test.each([
    [{ deviceId: 'device-1', responses: [] }, /not a file of unsent responses.*format is missing/],
    [{ format: 'chorus-something-else' }, /format is "chorus-something-else"/],
    [[], /not a file of unsent responses/],
    ['hello', /not a file of unsent responses/],
    [null, /not a file of unsent responses/],
  ])('names a file that is not an export (%o)', (input, message) => {
    expect(parseOutboxFile(input)).toMatchObject({ ok: false, error: expect.stringMatching(message) });
  });

  test('refuses a format version it does not read, and says what to do', async () => {
    const parsed = parseOutboxFile(await file({ formatVersion: 2 }));
    expect(parsed).toEqual({
      ok: false,
      error:
        'This file has format version 2, and this copy of Chorus reads only version 1. Update Chorus here, then import the file again.',
    });
  });

  test('notices a file cut short: the count does not match the responses', async () => {
    const whole = await file();
    const parsed = parseOutboxFile({ ...whole, responses: (whole.responses as unknown[]).slice(0, 1) });
    expect(parsed).toEqual({
      ok: false,
      error:
        'The file says it holds 2 responses but holds 1: it may have been cut short or edited. Save it from the tablet again.',
    });
  });

  test.each([
    [{ deviceId: '' }, "The file's deviceId is empty."],
    [{ exportedAt: 'yesterday' }, "The file's exportedAt must be an ISO 8601 time."],
    [{ checksum: 'md5:abc' }, `The file's checksum must be "sha256:" followed by 64 lowercase hex digits.`],
    [{ responses: 'many' }, "The file's responses must be a list."],
    [{ count: undefined }, "The file's count is missing."],
    [{ count: 1.5 }, "The file's count must be a whole number."],
  ])('names the field that is wrong (%o)', async (overrides, error) => {
    expect(parseOutboxFile(await file(overrides))).toEqual({ ok: false, error });
  });
});

describe('checksum', () => {
  test('is over the canonical text of the responses, so key order does not change it', async () => {
    const a = testResponse({ answers: { colour: 'red', score: 3 } });
    const reordered = Object.fromEntries(Object.entries({ ...a, answers: { score: 3, colour: 'red' } }).reverse());
    expect(checksumText([a])).toBe(canonicalJson([a]));
    expect(checksumText([reordered])).toBe(checksumText([a]));
    expect(await checksumOf([a], sha256Hex)).toBe(`sha256:${sha256Hex(canonicalJson([a]))}`);
  });

  test('changes when an answer changes', async () => {
    const a = testResponse({ answers: { colour: 'red' } });
    const b = { ...a, answers: { colour: 'blue' } };
    expect(await checksumOf([a], sha256Hex)).not.toBe(await checksumOf([b], sha256Hex));
  });

  test('takes a hash that answers later, as crypto.subtle does', async () => {
    const a = testResponse();
    expect(await checksumOf([a], async (text) => sha256Hex(text))).toBe(await checksumOf([a], sha256Hex));
  });
});
