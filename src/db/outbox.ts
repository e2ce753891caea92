import { Dexie } from 'dexie';
import type { Registration } from '../core/registration.ts';
import type { Answers, Assistance, Channel, SubmittedResponse } from '../core/response.ts';
import { isSafe, type SyncResult } from '../core/sync-protocol.ts';
import { db } from './db.ts';
import type { OutboxEntry } from './outbox-entry.ts';
import type { Receipt } from './receipt.ts';
import { DEFAULT_COLLECTING, getCollecting } from './tablet-setup.ts';

export interface SubmitContext {
  deviceId: string;
  language: string;
  /** Given only where a response is not collected live (paper, typed in later); otherwise the tablet's own. */
  channel?: Channel;
  /** As for channel: left out, the response records the event the tablet is set up for now. */
  event?: string;
  /** The answers so far of someone who left a kiosk mid-form, kept because the form asks for that. */
  partial?: true;
  /**
   * Issue 8: who staff said is helping. Given, the response is "assisted" and says so; null (staff said no
   * one) on a tablet set up as assisted makes it "self"; left out, an assisted tablet's response was helped
   * by staff, as its start page showed.
   */
  assistance?: Assistance | null;
}

/**
 * Turns a draft's answers into an immutable response in the outbox and removes the draft, in one
 * transaction: the answers are never in neither place, nor in both. The response records the event and
 * channel staff set for this tablet (read in the same transaction, so a change mid-save applies whole).
 */
export async function submitResponse(
  form: { id: string; version: number },
  answers: Answers,
  context: SubmitContext,
  now = new Date(),
): Promise<SubmittedResponse> {
  return db.transaction('rw', db.outbox, db.drafts, db.settings, async () => {
    const given = context.channel !== undefined && context.event !== undefined;
    const collecting = given ? DEFAULT_COLLECTING : await getCollecting();
    const event = context.event ?? collecting.event;
    const { channel, assistance } = assisted(context.channel ?? collecting.channel, context.assistance);
    const response: SubmittedResponse = {
      id: crypto.randomUUID(),
      formId: form.id,
      formVersion: form.version,
      deviceId: context.deviceId,
      channel,
      language: context.language,
      ...(event ? { event } : {}),
      submittedAt: now.toISOString(),
      answers,
      ...(context.partial ? { partial: true as const } : {}),
      ...(assistance ? { assistance } : {}),
    };
    const bytes = new TextEncoder().encode(JSON.stringify(response)).length;
    const seq = await nextSeq();
    await db.outbox.add({ id: response.id, response, queuedAt: response.submittedAt, seq, state: 'waiting', bytes });
    await db.drafts.delete(form.id);
    return response;
  });
}

/**
 * Puts a registration of interest (issue 8) in the outbox, after every response and registration before it:
 * the same queue, sender and attention list as responses.
 */
export async function submitRegistration(registration: Registration): Promise<void> {
  await db.transaction('rw', db.outbox, db.settings, async () => {
    const bytes = new TextEncoder().encode(JSON.stringify(registration)).length;
    const seq = await nextSeq();
    await db.outbox.add({
      id: registration.id,
      registration,
      queuedAt: registration.submittedAt,
      seq,
      state: 'waiting',
      bytes,
    });
  });
}

/** The channel and assistance a response records, from the tablet's channel and what staff marked. */
function assisted(
  channel: Channel,
  marked: Assistance | null | undefined,
): { channel: Channel; assistance?: Assistance } {
  if (marked) return { channel: 'assisted', assistance: marked };
  if (channel !== 'assisted') return { channel };
  return marked === null ? { channel: 'self' } : { channel, assistance: { by: 'staff' } };
}

/** The next outbox sequence number; call inside a transaction that includes settings. */
async function nextSeq(): Promise<number> {
  const row = await db.settings.get('outboxSeq');
  const seq = (row?.key === 'outboxSeq' ? row.value : 0) + 1;
  await db.settings.put({ key: 'outboxSeq', value: seq });
  return seq;
}

export interface BatchLimits {
  maxCount: number;
  maxBytes: number;
}

/**
 * The oldest waiting entries (responses and registrations alike) that fit in one request, in submission
 * order. An entry larger than maxBytes goes alone. (One ranged getAll, not a cursor: this runs for every
 * batch of a long send.)
 */
export async function nextBatch({ maxCount, maxBytes }: BatchLimits): Promise<OutboxEntry[]> {
  const oldest = await db.outbox
    .where('[state+seq]')
    .between(['waiting', Dexie.minKey], ['waiting', Dexie.maxKey])
    .limit(maxCount)
    .toArray();
  const batch: OutboxEntry[] = [];
  let bytes = 0;
  for (const entry of oldest) {
    if (batch.length > 0 && bytes + entry.bytes > maxBytes) break;
    batch.push(entry);
    bytes += entry.bytes;
  }
  return batch;
}

/**
 * Applies the endpoint's results: acknowledged responses leave the outbox and leave a receipt (no
 * answers); the others are kept and marked for staff with the reason. Results for ids not in the outbox
 * are ignored.
 */
export async function applyResults(
  results: SyncResult[],
  now = new Date(),
): Promise<{ acknowledged: number; attention: number }> {
  let acknowledged = 0;
  let attention = 0;
  await db.transaction('rw', db.outbox, db.receipts, async () => {
    const held = new Map<string, OutboxEntry>();
    for (const entry of await db.outbox.bulkGet([...new Set(results.map((r) => r.id))])) {
      if (entry) held.set(entry.id, entry);
    }
    const receipts = new Map<string, Receipt>();
    const flagged = new Map<string, SyncResult>();
    for (const result of results) {
      const entry = held.get(result.id);
      if (!entry || receipts.has(result.id)) continue;
      if (isSafe(result.status)) {
        flagged.delete(result.id);
        const sentAt = now.toISOString();
        receipts.set(
          result.id,
          entry.registration
            ? { id: result.id, opportunityId: entry.registration.opportunityId, sentAt, status: result.status }
            : {
                id: result.id,
                formId: entry.response.formId,
                formVersion: entry.response.formVersion,
                sentAt,
                status: result.status,
              },
        );
      } else {
        flagged.set(result.id, result);
      }
    }
    await db.receipts.bulkPut([...receipts.values()]);
    await db.outbox.bulkDelete([...receipts.keys()]);
    await db.outbox.bulkUpdate(
      [...flagged.values()].map((r) => ({
        key: r.id,
        changes: { state: 'attention' as const, attention: { status: r.status, error: r.error ?? '' } },
      })),
    );
    acknowledged = receipts.size;
    attention = flagged.size;
  });
  return { acknowledged, attention };
}

export interface OutboxCounts {
  /** Saved on this device, not yet acknowledged (responses and registrations). */
  waiting: number;
  /** Refused by the endpoint (conflict or rejected): kept for staff. */
  attention: number;
  /** Acknowledged: receipts kept. */
  sent: number;
  /** Of those waiting, how many are registrations of interest, so screens count each kind honestly. */
  waitingRegistrations: number;
  /** Of those needing attention, how many are registrations of interest. */
  attentionRegistrations: number;
}

/** Responses waiting to be sent: all the open page's send timer needs to read every few seconds. */
export function countWaiting(): Promise<number> {
  return db.outbox.where('state').equals('waiting').count();
}

export async function countOutbox(): Promise<OutboxCounts> {
  // From the index alone: only entries holding a registration are in it (chorus-db.ts, version 5).
  const registrationsIn = (state: OutboxEntry['state']) =>
    db.outbox.where('[state+registration.opportunityId]').between([state, Dexie.minKey], [state, Dexie.maxKey]).count();
  const [waiting, attention, sent, waitingRegistrations, attentionRegistrations] = await Promise.all([
    countWaiting(),
    db.outbox.where('state').equals('attention').count(),
    db.receipts.count(),
    registrationsIn('waiting'),
    registrationsIn('attention'),
  ]);
  return { waiting, attention, sent, waitingRegistrations, attentionRegistrations };
}

/** Responses the endpoint would not take, oldest first, with the reason, for the "Needs attention" list. */
export function listNeedsAttention(): Promise<OutboxEntry[]> {
  return db.outbox.where('state').equals('attention').sortBy('seq');
}

/** Every response not yet acknowledged, in submission order: for saving to a file when no connection comes. */
export function listUnsent(): Promise<OutboxEntry[]> {
  return db.outbox.toArray().then((entries) => entries.sort((a, b) => a.seq - b.seq));
}
