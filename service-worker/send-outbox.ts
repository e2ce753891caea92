/// <reference lib="webworker" />
import { backoffDelay } from '../src/core/backoff.ts';
import type { SendFailure, SendSummary, WorkerToPage } from '../src/core/messages.ts';
import { failureForRefusal } from '../src/core/send-failure.ts';
import { parseSyncReply, SEND_BATCH, SYNC_PATH, type SyncResult } from '../src/core/sync-protocol.ts';
import { getDeviceId, getLastSend, setLastSend } from '../src/db/device.ts';
import { applyResults, countOutbox, nextBatch } from '../src/db/outbox.ts';
import type { OutboxEntry } from '../src/db/outbox-entry.ts';
import { getDeviceToken } from '../src/db/tablet-setup.ts';

declare const self: ServiceWorkerGlobalScope;

export const OUTBOX_SYNC_TAG = 'chorus-outbox';

/** A request that has not been answered by then is treated as failed (and is safe to resend). */
const REQUEST_TIMEOUT_MS = 20_000;

let running: Promise<SendSummary> | null = null;
let rerun: Promise<SendSummary> | null = null;

/**
 * Sends the outbox in batches until it is empty or a send fails. A response leaves the outbox only
 * after the endpoint acknowledges its id. Calls made while a round runs join that round; the Web Lock
 * keeps a second worker (after an update) from sending the same responses at the same time.
 *
 * A call that resets the backoff (back online, or the tablet just set up) means something changed since
 * the running round began, so it gets one fresh round after it rather than that round's stale outcome.
 */
export function sendOutbox(options: { resetBackoff?: boolean } = {}): Promise<SendSummary> {
  if (running && options.resetBackoff) {
    rerun ??= running
      .catch(() => undefined) // However that round ended, the fresh one runs.
      .then(() => {
        rerun = null;
        return sendOutbox(options);
      });
    return rerun;
  }
  running ??= withLock(() => sendRound(options.resetBackoff ?? false)).finally(() => {
    running = null;
  });
  return running;
}

async function withLock<T>(work: () => Promise<T>): Promise<T> {
  if (!('locks' in navigator)) return work();
  return navigator.locks.request('chorus-outbox-send', work);
}

async function sendRound(resetBackoff: boolean): Promise<SendSummary> {
  const previous = await getLastSend();
  let sent = 0;
  let attempted = false;
  let failure: SendFailure | null = null;
  let waitMs = 0;
  const deviceId = await getDeviceId();
  const token = await getDeviceToken();
  let total = (await countOutbox()).waiting;
  for (;;) {
    const batch = await nextBatch(SEND_BATCH);
    if (batch.length === 0) break;
    attempted = true;
    // The endpoint takes responses only from a tablet staff have set up: without a token, asking is pointless.
    if (!token) {
      failure = { code: 'not-enrolled' };
      break;
    }
    total = Math.max(total, sent + batch.length);
    await tellPages({ type: 'SEND_PROGRESS', progress: { sent, total, inFlight: batch.length } });
    const outcome = await postBatch(deviceId, token, batch);
    if ('failure' in outcome) {
      failure = outcome.failure;
      waitMs = outcome.waitMs ?? 0;
      break;
    }
    const applied = await applyResults(outcome.results);
    sent += applied.acknowledged;
    await tellPages({ type: 'SEND_PROGRESS', progress: { sent, total, inFlight: 0 } });
    // A reply that acknowledged nothing and flagged nothing would loop forever: stop and say so.
    if (applied.acknowledged === 0 && applied.attention === 0) {
      failure = { code: 'bad-reply' };
      break;
    }
  }
  const now = new Date();
  const failuresBefore = resetBackoff ? 0 : (previous?.consecutiveFailures ?? 0);
  const consecutiveFailures = failure ? failuresBefore + 1 : 0;
  const { attention } = await countOutbox();
  const lastSuccessAt = failure ? previous?.lastSuccessAt : now.toISOString();
  const summary: SendSummary = {
    at: now.toISOString(),
    sent,
    needsAttention: attention,
    failure,
    consecutiveFailures,
    ...(failure
      ? { retryAfter: new Date(now.getTime() + Math.max(backoffDelay(consecutiveFailures), waitMs)).toISOString() }
      : {}),
    ...(lastSuccessAt ? { lastSuccessAt } : {}),
  };
  // A round with nothing to send is not a send: "All responses sent" must mean something was.
  if (attempted) await setLastSend(summary);
  await tellPages({ type: 'SEND_FINISHED', summary });
  return summary;
}

async function postBatch(
  deviceId: string,
  token: string,
  batch: OutboxEntry[],
): Promise<{ results: SyncResult[] } | { failure: SendFailure; waitMs?: number }> {
  const responses = batch.flatMap((entry) => (entry.response ? [entry.response] : []));
  const registrations = batch.flatMap((entry) => (entry.registration ? [entry.registration] : []));
  // Registrations only when there are some: a batch of responses alone is exactly what it always was.
  const body = registrations.length > 0 ? { deviceId, responses, registrations } : { deviceId, responses };
  let reply: Response;
  try {
    reply = await fetch(SYNC_PATH, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify(body),
      cache: 'no-store',
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
  } catch (error) {
    return {
      failure: { code: error instanceof DOMException && error.name === 'TimeoutError' ? 'timeout' : 'offline' },
    };
  }
  if (!reply.ok) {
    const body = (await reply.json().catch(() => null)) as { error?: { code?: string; message?: string } } | null;
    return failureForRefusal({
      status: reply.status,
      error: body?.error ?? null,
      retryAfter: reply.headers.get('Retry-After'),
    });
  }
  // The body can also fail mid-way (connection dropped after the endpoint committed): nothing is
  // acknowledged, so everything in the batch is sent again and comes back as "duplicate".
  const answer = await reply.json().catch(() => undefined);
  if (answer === undefined) return { failure: { code: 'offline' } };
  const parsed = parseSyncReply(answer);
  return parsed ? { results: parsed.results } : { failure: { code: 'bad-reply' } };
}

async function tellPages(message: WorkerToPage): Promise<void> {
  const pages = await self.clients.matchAll({ type: 'window' });
  for (const page of pages) page.postMessage(message);
}
