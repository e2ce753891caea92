import { Dexie } from 'dexie';
import type { Answers, Channel, SubmittedResponse } from '../core/response.ts';
import { isSafe, type SyncResult } from '../core/sync-protocol.ts';
import { db } from './db.ts';
import type { OutboxEntry } from './outbox-entry.ts';

export interface SubmitContext {
  deviceId: string;
  channel: Channel;
  language: string;
  event?: string;
}

/**
 * Turns a draft's answers into an immutable response in the outbox and removes the draft, in one
 * transaction: the answers are never in neither place, nor in both.
 */
export async function submitResponse(
  form: { id: string; version: number },
  answers: Answers,
  context: SubmitContext,
  now = new Date(),
): Promise<SubmittedResponse> {
  const response: SubmittedResponse = {
    id: crypto.randomUUID(),
    formId: form.id,
    formVersion: form.version,
    deviceId: context.deviceId,
    channel: context.channel,
    language: context.language,
    ...(context.event ? { event: context.event } : {}),
    submittedAt: now.toISOString(),
    answers,
  };
  const entry: OutboxEntry = {
    id: response.id,
    response,
    queuedAt: response.submittedAt,
    state: 'waiting',
    bytes: new TextEncoder().encode(JSON.stringify(response)).length,
  };
  await db.transaction('rw', db.outbox, db.drafts, async () => {
    await db.outbox.add(entry);
    await db.drafts.delete(form.id);
  });
  return response;
}

export interface BatchLimits {
  maxCount: number;
  maxBytes: number;
}

/** The oldest waiting responses that fit in one request. A response larger than maxBytes goes alone. */
export async function nextBatch({ maxCount, maxBytes }: BatchLimits): Promise<SubmittedResponse[]> {
  const batch: SubmittedResponse[] = [];
  let bytes = 0;
  await db.outbox
    .where('[state+queuedAt]')
    .between(['waiting', Dexie.minKey], ['waiting', Dexie.maxKey])
    .until(() => batch.length >= maxCount)
    .each((entry) => {
      if (batch.length > 0 && bytes + entry.bytes > maxBytes) return;
      batch.push(entry.response);
      bytes += entry.bytes;
    });
  return batch;
}

/**
 * Applies the endpoint's results: acknowledged responses leave the outbox, the others are kept and
 * marked for staff. Results for ids not in the outbox are ignored.
 */
export async function applyResults(results: SyncResult[]): Promise<{ acknowledged: number; attention: number }> {
  let acknowledged = 0;
  let attention = 0;
  await db.transaction('rw', db.outbox, async () => {
    const held = new Set(
      await db.outbox
        .where('id')
        .anyOf(results.map((r) => r.id))
        .primaryKeys(),
    );
    const safe = results.filter((r) => isSafe(r.status) && held.has(r.id)).map((r) => r.id);
    const flagged = results.filter((r) => !isSafe(r.status) && held.has(r.id));
    await db.outbox.bulkDelete(safe);
    acknowledged = new Set(safe).size;
    await db.outbox.bulkUpdate(
      flagged.map((r) => ({
        key: r.id,
        changes: { state: 'attention' as const, attention: { status: r.status, error: r.error ?? '' } },
      })),
    );
    attention = new Set(flagged.map((r) => r.id)).size;
  });
  return { acknowledged, attention };
}

export interface OutboxCounts {
  waiting: number;
  attention: number;
}

export async function countOutbox(): Promise<OutboxCounts> {
  const [waiting, attention] = await Promise.all([
    db.outbox.where('state').equals('waiting').count(),
    db.outbox.where('state').equals('attention').count(),
  ]);
  return { waiting, attention };
}
