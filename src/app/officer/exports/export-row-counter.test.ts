import { expect, test } from 'vitest';
import { csvRowCounter, jsonRowCounter, rowCounterFor } from './export-row-counter.ts';

const encode = (text: string) => new TextEncoder().encode(text);

/** Feeds `text` in pieces of `size` bytes, as a network might split it. */
function countIn(counter: ReturnType<typeof csvRowCounter>, text: string, size: number): number {
  const bytes = encode(text);
  for (let i = 0; i < bytes.length; i += size) counter.push(bytes.subarray(i, i + size));
  return counter.rows;
}

const CSV =
  '\uFEFFid,change\r\n' +
  'a,"Two lines:\r\nsecond line"\r\n' +
  'b,"He said ""hi""\nthen left"\r\n' +
  'c,Llandudno – Cymraeg ✓\r\n';

test('CSV: counts records after the header, not newlines inside quoted cells, however it is split', () => {
  for (const size of [1, 2, 3, 7, 1000]) expect(countIn(csvRowCounter(), CSV, size)).toBe(3);
});

test('CSV: a header alone is no responses', () => {
  expect(countIn(csvRowCounter(), 'id,change\r\n', 4)).toBe(0);
  expect(csvRowCounter().rows).toBe(0);
});

const JSON_BODY =
  '{"form":{"id":"f","versions":[{"id":"f","title":{"en":"A { title"}}]},"exportedAt":"2026-11-30T10:00:00.000Z","filters":{},"responses":[' +
  '\n{"id":"1","answers":{"change":"line\\n{not a row}"}},' +
  '\n{"id":"2","answers":{}}' +
  '\n]}\n';

test('JSON: counts the responses, one a line, however it is split', () => {
  for (const size of [1, 2, 5, 1000]) expect(countIn(jsonRowCounter(), JSON_BODY, size)).toBe(2);
  expect(JSON.parse(JSON_BODY).responses).toHaveLength(2);
});

test('JSON: an export with no responses counts none', () => {
  const empty = '{"form":{},"exportedAt":"x","filters":{},"responses":[\n]}\n';
  expect(countIn(jsonRowCounter(), empty, 3)).toBe(0);
  expect(JSON.parse(empty).responses).toHaveLength(0);
});

test('XLSX cannot be counted in flight', () => {
  expect(rowCounterFor('xlsx')).toBeNull();
  expect(rowCounterFor('csv')).not.toBeNull();
});
