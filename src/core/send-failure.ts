import type { SendFailure } from './messages.ts';

/** A reply from `POST /api/sync` that stored nothing, as the worker read it. */
export interface Refusal {
  status: number;
  /** The endpoint's `{ error: { code, message } }`, when the body had one. */
  error: { code?: string; message?: string } | null;
  /** The `Retry-After` header: seconds, or an HTTP date. */
  retryAfter: string | null;
}

/**
 * What a refusal means for the tablet, and how long the endpoint asked it to wait (on top of the usual
 * backoff). The responses stay in the outbox whatever the answer: nothing in the batch was stored.
 */
export function failureForRefusal(
  { status, error, retryAfter }: Refusal,
  now = Date.now(),
): { failure: SendFailure; waitMs?: number } {
  if (status === 401) return { failure: { code: error?.code === 'device-revoked' ? 'revoked' : 'not-enrolled' } };
  if (status === 429 || status >= 500) {
    const waitMs = retryAfterMs(retryAfter, now);
    return { failure: { code: 'server-error', status }, ...(waitMs !== undefined ? { waitMs } : {}) };
  }
  return { failure: { code: 'refused', status, message: error?.message ?? `The endpoint answered ${status}.` } };
}

/** The longest wait a Retry-After header may ask for: a misconfigured endpoint must not park a tablet for days. */
const MAX_WAIT_MS = 60 * 60_000;

function retryAfterMs(header: string | null, now: number): number | undefined {
  if (!header) return undefined;
  const text = header.trim();
  const ms = /^\d+$/.test(text) ? Number(text) * 1000 : Date.parse(text) - now;
  return Number.isFinite(ms) && ms > 0 ? Math.min(ms, MAX_WAIT_MS) : undefined;
}
