import { expect, test } from 'vitest';
import { paperResponseId } from './paper-reference.ts';
import { referenceCode } from './reference-code.ts';
import { parseResponse } from './response.ts';

test('the id of a paper sheet gives back the reference printed on it', () => {
  for (let i = 0; i < 200; i++) {
    const printed = referenceCode(crypto.randomUUID());
    const id = paperResponseId(printed) as string;
    expect(referenceCode(id)).toBe(printed);
  }
});

test('the id is a version 4 UUID a response may carry', () => {
  const id = paperResponseId('7ZK3-Q9M1') as string;
  expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  const response = {
    id,
    formId: 'f',
    formVersion: 1,
    deviceId: 'paper:b',
    channel: 'paper',
    language: 'en',
    submittedAt: '2026-11-30T10:00:00Z',
    answers: {},
  };
  expect(parseResponse(response).ok).toBe(true);
});

test('the same reference, however it was typed, always gives the same id; another gives another', () => {
  expect(paperResponseId('7zk3 q9m1')).toBe(paperResponseId('7ZK3-Q9M1'));
  expect(paperResponseId('7ZK3-Q9MI')).toBe(paperResponseId('7ZK3-Q9M1'));
  expect(paperResponseId('7ZK3-Q9M2')).not.toBe(paperResponseId('7ZK3-Q9M1'));
  expect(paperResponseId('7ZK3-Q9M2')?.slice(10)).not.toBe(paperResponseId('7ZK3-Q9M1')?.slice(10));
});

test('text that cannot be a reference gives no id', () => {
  expect(paperResponseId('')).toBeUndefined();
  expect(paperResponseId('7ZK3-Q9M')).toBeUndefined();
  expect(paperResponseId('7ZK3-Q9MU')).toBeUndefined();
});
