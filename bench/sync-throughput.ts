import { performance } from 'node:perf_hooks';
import type { Page } from 'playwright-core';
import { DEMO_FORM } from '../server/demo/demo-form.ts';
import type { SubmittedResponse } from '../src/core/response.ts';
import type { OutboxEntry } from '../src/db/outbox-entry.ts';
import { launchChromium } from '../tests/support/chromium.ts';
import { waitForServiceWorkerControl } from '../tests/support/page-helpers.ts';
import { ServerProcess } from '../tests/support/server-process.ts';

const BATCH_SIZE = 100; // The service worker's batch size (service-worker/send-outbox.ts).

export interface SyncRun {
  serviceWorkerMs: number;
  directMs: number;
}

/**
 * Times sending `count` queued responses through the real service worker to the loopback endpoint,
 * against a baseline measured in the same run: the same number of responses POSTed straight from Node
 * in batches of the same size. Each round uses fresh ids so both paths do real inserts.
 */
export async function measureSync(count: number, rounds: number): Promise<SyncRun[]> {
  const server = await ServerProcess.start();
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    // tsx compiles with esbuild's keepNames, which wraps named functions in a `__name` helper; functions
    // passed to page.evaluate run in the page, which needs the helper too.
    await page.addInitScript('globalThis.__name = (fn) => fn;');
    await page.goto(server.url);
    await waitForServiceWorkerControl(page);
    await page.getByRole('heading', { name: DEMO_FORM.title.en }).waitFor();
    const runs: SyncRun[] = [];
    for (let round = 0; round < rounds; round++) {
      const directMs = await sendDirect(server.url, makeResponses(count));
      const serviceWorkerMs = await sendThroughWorker(page, makeResponses(count));
      runs.push({ serviceWorkerMs, directMs });
    }
    const stored = await (await fetch(`${server.url}/api/responses.csv?form=${DEMO_FORM.id}`)).text();
    const rows = stored.trim().split('\r\n').length - 1;
    if (rows !== count * rounds * 2) throw new Error(`Expected ${count * rounds * 2} stored responses, found ${rows}.`);
    return runs;
  } finally {
    await browser.close();
    await server.dispose();
  }
}

async function sendDirect(baseUrl: string, responses: SubmittedResponse[]): Promise<number> {
  const start = performance.now();
  for (let i = 0; i < responses.length; i += BATCH_SIZE) {
    const reply = await fetch(`${baseUrl}/api/sync`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ deviceId: 'bench-direct', responses: responses.slice(i, i + BATCH_SIZE) }),
    });
    if (!reply.ok) throw new Error(`Direct send failed: ${reply.status}`);
  }
  return performance.now() - start;
}

let nextSeq = 1_000_000;

/** Queues the responses in the page's outbox (raw IndexedDB, as the app stores them), then times one send. */
async function sendThroughWorker(page: Page, responses: SubmittedResponse[]): Promise<number> {
  const entries: OutboxEntry[] = responses.map((response, i) => ({
    id: response.id,
    response,
    queuedAt: response.submittedAt,
    seq: nextSeq + i,
    state: 'waiting',
    bytes: Buffer.byteLength(JSON.stringify(response)),
  }));
  await page.evaluate(
    (rows) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('chorus');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('outbox', 'readwrite');
          for (const row of rows) tx.objectStore('outbox').put(row);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    entries,
  );
  nextSeq += entries.length;
  const ms = await page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const start = performance.now();
        const finished = (event: MessageEvent) => {
          if (event.data?.type !== 'SEND_FINISHED') return;
          navigator.serviceWorker.removeEventListener('message', finished);
          const { summary } = event.data;
          if (summary.failure) reject(new Error(`Send failed: ${JSON.stringify(summary.failure)}`));
          else resolve(performance.now() - start);
        };
        navigator.serviceWorker.addEventListener('message', finished);
        navigator.serviceWorker.controller?.postMessage({ type: 'SEND_NOW' });
      }),
  );
  return ms;
}

const AREAS = ['libraries', 'adult-care', 'children', 'planning', 'environment', 'regulatory'];
const INVOLVEMENT = ['kept-informed', 'short-surveys', 'group-sessions', 'co-design', 'not-now'];

function makeResponses(count: number): SubmittedResponse[] {
  return Array.from({ length: count }, (_, i) => ({
    id: crypto.randomUUID(),
    formId: DEMO_FORM.id,
    formVersion: DEMO_FORM.version,
    deviceId: 'bench-device',
    channel: 'kiosk',
    language: 'en',
    submittedAt: new Date(Date.UTC(2026, 10, 30, 10, 0, 0, i)).toISOString(),
    answers: {
      areas: [AREAS[i % 6] ?? 'libraries', AREAS[(i + 2) % 6] ?? 'planning'],
      listening: (i % 5) + 1,
      change: 'Hold more sessions in the evening so people who work can come, and tell us what changed.',
      involvement: INVOLVEMENT[i % 5] ?? 'not-now',
    },
  }));
}
