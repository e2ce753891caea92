import { launchChromium } from '../tests/support/chromium.ts';
import { demoResponses } from '../tests/support/demo-responses.ts';
import { outboxCount } from '../tests/support/page-helpers.ts';
import { ServerProcess } from '../tests/support/server-process.ts';
import { openAppPage, queueInOutbox, sendNow, storedResponseCount } from './app-page.ts';
import { timeSqliteInsert } from './sqlite-baseline.ts';
import { attachWorkerHeap } from './worker-heap.ts';

const HEAP_SAMPLE_MS = 200;

export interface BulkSend {
  count: number;
  /** From SEND_NOW until the worker reports the round finished, timed in the page. */
  sendMs: number;
  /** The same records in one better-sqlite3 transaction, no HTTP (sqlite-baseline.ts). */
  sqliteMs: number;
  /** The service worker's used JS heap, in bytes: just before the send, the highest sampled, just after. */
  heap: { before: number; peak: number; after: number };
}

/**
 * A device that was offline for a long time: `count` responses wait in the outbox and one send round
 * clears them through the real service worker to the loopback endpoint.
 */
export async function measureBulkSend(count: number): Promise<BulkSend> {
  const responses = demoResponses(count, 'bench-device');
  const sqliteMs = timeSqliteInsert(responses);
  const server = await ServerProcess.start();
  const browser = await launchChromium();
  try {
    const page = await openAppPage(browser, server);
    const readHeap = await attachWorkerHeap(browser);
    const storedBefore = await storedResponseCount(server);
    await queueInOutbox(page, responses);
    const before = await readHeap();
    let peak = before;
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        peak = Math.max(peak, await readHeap());
        await new Promise((r) => setTimeout(r, HEAP_SAMPLE_MS));
      }
    })();
    const sendMs = await sendNow(page).finally(() => {
      sampling = false;
    });
    await sampler;
    const after = await readHeap();
    const stored = (await storedResponseCount(server)) - storedBefore;
    if (stored !== count)
      throw new Error(`Expected the endpoint to store ${count} new responses; it stored ${stored}.`);
    const left = await outboxCount(page);
    if (left !== 0) throw new Error(`${left} responses are still in the outbox after the send.`);
    return { count, sendMs, sqliteMs, heap: { before, peak: Math.max(peak, after), after } };
  } finally {
    await browser.close();
    await server.dispose();
  }
}
