/**
 * Harness page for bench/save-latency.ts: the app's real save path (Dexie, src/db/outbox.ts) next to raw
 * IndexedDB writes of the same record, one path after another in a rotating order.
 */
import type { SubmittedResponse } from '../../src/core/response.ts';
import { TEST_FORM } from '../../src/core/test-fixtures.ts';
import { type SubmitContext, submitResponse } from '../../src/db/outbox.ts';
import type { OutboxEntry } from '../../src/db/outbox-entry.ts';

export interface SaveSamples {
  /** submitResponse: outbox entry, draft removed and sequence counter bumped in one Dexie transaction. */
  dexieMs: number[];
  /** One put of the same record in its own transaction: the baseline. */
  rawPutMs: number[];
  /** What submitResponse does, in raw IndexedDB: shows how much of the gap is Dexie and how much the work. */
  rawSameWorkMs: number[];
}

declare global {
  interface Window {
    /** Runs `warmUp` untimed then `iterations` timed saves down each path. */
    measureSave(iterations: number, warmUp: number): Promise<SaveSamples>;
  }
}

// Like a tablet's own save, which also reads the event and channel staff set (no event is given here).
const CONTEXT = { deviceId: 'bench-device', channel: 'kiosk', language: 'en' } as const satisfies SubmitContext;
const ANSWERS = { colour: 'red' };

window.measureSave = async (iterations, warmUp) => {
  const raw = await openRawDatabase();
  const paths: Record<keyof SaveSamples, () => Promise<unknown>> = {
    dexieMs: () => submitResponse(TEST_FORM, ANSWERS, CONTEXT),
    rawPutMs: () => rawPut(raw),
    rawSameWorkMs: () => rawSubmit(raw),
  };
  const names = Object.keys(paths) as (keyof SaveSamples)[];
  const samples: SaveSamples = { dexieMs: [], rawPutMs: [], rawSameWorkMs: [] };
  for (let i = 0; i < warmUp + iterations; i++) {
    // Rotate the order, so no path always runs just after the same other path's commit.
    for (let k = 0; k < names.length; k++) {
      const name = names[(i + k) % names.length] as keyof SaveSamples;
      const start = performance.now();
      await paths[name]();
      if (i >= warmUp) samples[name].push(performance.now() - start);
    }
  }
  raw.close();
  return samples;
};

/** A database of its own with the app's stores and outbox indexes, so every path maintains the same indexes. */
function openRawDatabase(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('bench-raw', 1);
    open.onupgradeneeded = () => {
      const outbox = open.result.createObjectStore('outbox', { keyPath: 'id' });
      outbox.createIndex('state', 'state');
      outbox.createIndex('[state+seq]', ['state', 'seq']);
      open.result.createObjectStore('drafts', { keyPath: 'formId' });
      open.result.createObjectStore('settings', { keyPath: 'key' });
    };
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
}

let lastSeq = 0;

/** The record submitResponse builds, built the same way. */
function outboxEntry(seq: number): OutboxEntry {
  const response: SubmittedResponse = {
    id: crypto.randomUUID(),
    formId: TEST_FORM.id,
    formVersion: TEST_FORM.version,
    ...CONTEXT,
    submittedAt: new Date().toISOString(),
    answers: ANSWERS,
  };
  const bytes = new TextEncoder().encode(JSON.stringify(response)).length;
  return { id: response.id, response, queuedAt: response.submittedAt, seq, state: 'waiting', bytes };
}

function committed(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
}

function rawPut(db: IDBDatabase): Promise<void> {
  const tx = db.transaction('outbox', 'readwrite');
  tx.objectStore('outbox').put(outboxEntry(++lastSeq));
  return committed(tx);
}

/** Reads the counter, then writes it, adds the entry and deletes the draft, in one transaction. */
function rawSubmit(db: IDBDatabase): Promise<void> {
  const tx = db.transaction(['outbox', 'drafts', 'settings'], 'readwrite');
  const counter = tx.objectStore('settings').get('outboxSeq');
  counter.onsuccess = () => {
    const seq = ((counter.result as { value: number } | undefined)?.value ?? 0) + 1;
    tx.objectStore('settings').put({ key: 'outboxSeq', value: seq });
    tx.objectStore('outbox').add(outboxEntry(seq));
    tx.objectStore('drafts').delete(TEST_FORM.id);
  };
  return committed(tx);
}
