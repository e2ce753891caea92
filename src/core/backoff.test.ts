import { expect, test } from 'vitest';
import { backoffDelay, retryDue } from './backoff.ts';

const policy = { baseMs: 1000, maxMs: 60_000 };

test('no failures, no wait', () => {
  expect(backoffDelay(0, () => 0.5, policy)).toBe(0);
});

test('doubles with each failure, between half and all of the ceiling', () => {
  expect([1, 2, 3, 4].map((n) => backoffDelay(n, () => 0, policy))).toEqual([500, 1000, 2000, 4000]);
  expect([1, 2, 3, 4].map((n) => backoffDelay(n, () => 1, policy))).toEqual([1000, 2000, 4000, 8000]);
});

test('never waits longer than the cap, however many failures', () => {
  expect(backoffDelay(50, () => 1, policy)).toBe(60_000);
  expect(backoffDelay(10_000, () => 0, policy)).toBe(30_000);
});

test('a retry is due with no failure, and after a failure only once its wait is over', () => {
  const at = Date.parse('2026-11-30T10:00:00Z');
  expect(retryDue(undefined, at)).toBe(true);
  expect(retryDue({ failure: null }, at)).toBe(true);
  const failed = { failure: { code: 'offline' }, retryAfter: '2026-11-30T10:00:05Z' };
  expect(retryDue(failed, at + 4_999)).toBe(false);
  expect(retryDue(failed, at + 5_000)).toBe(true);
});
