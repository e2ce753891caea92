import { expect, test } from 'vitest';
import type { SendSummary } from '../core/messages.ts';
import { accessProblem } from './tablet-access.ts';

const send = (failure: SendSummary['failure'], at = '2026-12-05T10:00:00.000Z'): SendSummary => ({
  at,
  sent: 0,
  needsAttention: 0,
  failure,
  consecutiveFailures: failure ? 1 : 0,
});
const enrolment = (enrolledAt: string) => ({ token: 't', label: 'Library tablet 3', enrolledAt });

test('says when the last send met a tablet that is not set up, or whose access was withdrawn', () => {
  expect(accessProblem(send({ code: 'not-enrolled' }), undefined)).toBe('not-enrolled');
  expect(accessProblem(send({ code: 'revoked' }), enrolment('2026-12-01T09:00:00.000Z'))).toBe('revoked');
});

test('other failures, or none, are not about access', () => {
  expect(accessProblem(send({ code: 'offline' }), undefined)).toBeNull();
  expect(accessProblem(send(null), undefined)).toBeNull();
  expect(accessProblem(undefined, undefined)).toBeNull();
});

test('a problem from before staff set the tablet up (again) is over', () => {
  expect(accessProblem(send({ code: 'revoked' }), enrolment('2026-12-05T10:00:01.000Z'))).toBeNull();
  expect(accessProblem(send({ code: 'not-enrolled' }), enrolment('2026-12-05T10:00:01.000Z'))).toBeNull();
});
