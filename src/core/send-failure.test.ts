import { describe, expect, test } from 'vitest';
import { failureForRefusal } from './send-failure.ts';

const refusal = (status: number, code?: string, retryAfter: string | null = null) => ({
  status,
  error: code ? { code, message: `Message for ${code}.` } : null,
  retryAfter,
});

describe('failureForRefusal', () => {
  test('401: not set up, or access withdrawn, by the endpoint’s error code', () => {
    expect(failureForRefusal(refusal(401, 'device-not-enrolled'))).toEqual({ failure: { code: 'not-enrolled' } });
    expect(failureForRefusal(refusal(401, 'device-revoked'))).toEqual({ failure: { code: 'revoked' } });
    // A 401 with no body we understand still means the endpoint does not accept this tablet.
    expect(failureForRefusal(refusal(401))).toEqual({ failure: { code: 'not-enrolled' } });
  });

  test('429 is a busy server: try again later, no sooner than Retry-After asks', () => {
    expect(failureForRefusal(refusal(429, 'too-many-requests', '30'))).toEqual({
      failure: { code: 'server-error', status: 429 },
      waitMs: 30_000,
    });
    const now = Date.parse('2026-12-05T10:00:00Z');
    expect(failureForRefusal(refusal(429, 'too-many-requests', 'Sat, 05 Dec 2026 10:02:00 GMT'), now).waitMs).toBe(
      120_000,
    );
    expect(failureForRefusal(refusal(429, 'too-many-requests'))).toEqual({
      failure: { code: 'server-error', status: 429 },
    });
  });

  test('a Retry-After that is nonsense, in the past or days away is ignored or capped', () => {
    expect(failureForRefusal(refusal(503, undefined, 'soon')).waitMs).toBeUndefined();
    expect(failureForRefusal(refusal(503, undefined, '0')).waitMs).toBeUndefined();
    expect(failureForRefusal(refusal(503, undefined, String(7 * 24 * 3600))).waitMs).toBe(3_600_000);
  });

  test('5xx is a server error', () => {
    expect(failureForRefusal(refusal(502))).toEqual({ failure: { code: 'server-error', status: 502 } });
  });

  test('anything else is a refusal with the endpoint’s message', () => {
    expect(failureForRefusal(refusal(403, 'device-mismatch'))).toEqual({
      failure: { code: 'refused', status: 403, message: 'Message for device-mismatch.' },
    });
    expect(failureForRefusal(refusal(413))).toEqual({
      failure: { code: 'refused', status: 413, message: 'The endpoint answered 413.' },
    });
  });
});
