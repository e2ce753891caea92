/**
 * In-memory limits, kept per process (a restart forgets them; one endpoint process is the expected shape).
 * Each key is an address, a device or an email address; stale keys are dropped as the maps grow.
 */

/** A token bucket: `capacity` requests at once, refilled at `perSecond`. */
export class RateLimiter {
  readonly #buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    readonly capacity: number,
    readonly perSecond: number,
  ) {}

  /** Takes one request's token; returns 0 when allowed, or the seconds to wait before asking again. */
  take(key: string, now = Date.now()): number {
    this.#prune(now);
    const bucket = this.#buckets.get(key) ?? { tokens: this.capacity, at: now };
    bucket.tokens = Math.min(this.capacity, bucket.tokens + ((now - bucket.at) / 1000) * this.perSecond);
    bucket.at = now;
    this.#buckets.set(key, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.ceil((1 - bucket.tokens) / this.perSecond);
  }

  #prune(now: number): void {
    if (this.#buckets.size < 10_000) return;
    const full = (this.capacity / this.perSecond) * 1000;
    for (const [key, bucket] of this.#buckets) if (now - bucket.at > full) this.#buckets.delete(key);
  }
}

/**
 * Failed attempts per key: after `limit` failures within `windowMs`, the key is refused until `windowMs`
 * after the failure that reached the limit. A success clears the key.
 */
export class FailureLimiter {
  readonly #failures = new Map<string, number[]>();

  constructor(
    readonly limit: number,
    readonly windowMs: number,
  ) {}

  /** 0 when the key may try, or the seconds until it may. */
  blockedFor(key: string, now = Date.now()): number {
    const recent = this.#recent(key, now);
    if (recent.length < this.limit) return 0;
    const reached = recent[recent.length - this.limit] as number;
    return Math.max(1, Math.ceil((reached + this.windowMs - now) / 1000));
  }

  fail(key: string, now = Date.now()): void {
    this.#prune(now);
    this.#failures.set(key, [...this.#recent(key, now), now]);
  }

  succeed(key: string): void {
    this.#failures.delete(key);
  }

  #recent(key: string, now: number): number[] {
    return (this.#failures.get(key) ?? []).filter((at) => now - at < this.windowMs);
  }

  #prune(now: number): void {
    if (this.#failures.size < 10_000) return;
    for (const key of this.#failures.keys()) if (this.#recent(key, now).length === 0) this.#failures.delete(key);
  }
}
