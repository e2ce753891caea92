import { expect, test } from 'vitest';
import { FailureLimiter, RateLimiter } from './rate-limit.ts';
import { hashPassword, passwordProblem, verifyPassword } from './secrets.ts';

test('a password hash is scrypt with its own salt, and verifies only the same password', async () => {
  const hash = await hashPassword('correct horse battery staple');
  expect(hash).toMatch(/^scrypt\$32768\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
  expect(await hashPassword('correct horse battery staple')).not.toBe(hash);
  expect(await verifyPassword('correct horse battery staple', hash)).toBe(true);
  expect(await verifyPassword('correct horse battery stapler', hash)).toBe(false);
  expect(await verifyPassword('anything', 'not-a-hash')).toBe(false);
});

test('the password rule is length, and not the email address', () => {
  expect(passwordProblem('short')).toMatch(/at least 12/);
  expect(passwordProblem('x'.repeat(201))).toMatch(/at most 200/);
  expect(passwordProblem('ann@council.example', 'Ann@Council.example')).toMatch(/not be the email/);
  expect(passwordProblem('three random words')).toBeNull();
});

test('a rate limiter allows a burst, then refills over time', () => {
  const limiter = new RateLimiter(2, 1);
  expect(limiter.take('a', 0)).toBe(0);
  expect(limiter.take('a', 0)).toBe(0);
  expect(limiter.take('a', 0)).toBe(1);
  expect(limiter.take('b', 0)).toBe(0);
  expect(limiter.take('a', 1000)).toBe(0);
});

test('a failure limiter blocks after the limit until the window has passed, and a success clears it', () => {
  const limiter = new FailureLimiter(3, 60_000);
  for (const at of [0, 10_000, 20_000]) limiter.fail('k', at);
  expect(limiter.blockedFor('k', 20_000)).toBe(40);
  expect(limiter.blockedFor('k', 60_000)).toBe(0);
  limiter.fail('k', 61_000);
  limiter.fail('k', 62_000);
  limiter.fail('k', 63_000);
  expect(limiter.blockedFor('k', 63_000)).toBe(58);
  limiter.succeed('k');
  expect(limiter.blockedFor('k', 63_000)).toBe(0);
});
