/**
 * How long to wait before trying again after `failures` failed sends in a row: exponential, capped, with
 * "equal jitter" (half fixed, half random) so that many tablets coming back at once do not all retry at
 * the same moment.
 */
export interface BackoffPolicy {
  baseMs: number;
  maxMs: number;
}

export const SEND_BACKOFF: BackoffPolicy = { baseMs: 2_000, maxMs: 5 * 60_000 };

export function backoffDelay(failures: number, random: () => number = Math.random, policy = SEND_BACKOFF): number {
  if (failures <= 0) return 0;
  const ceiling = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.min(failures - 1, 30));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/** True when no backoff holds the next attempt back: never failed, or the wait after the last failure is over. */
export function retryDue(lastSend: { failure: unknown; retryAfter?: string } | undefined, now: number): boolean {
  if (!lastSend?.failure || !lastSend.retryAfter) return true;
  return now >= Date.parse(lastSend.retryAfter);
}
