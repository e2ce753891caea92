import { performance } from 'node:perf_hooks';
import type { SubmittedResponse } from '../src/core/response.ts';
import { SEND_BATCH } from '../src/core/sync-protocol.ts';
import { launchChromium } from '../tests/support/chromium.ts';
import { demoResponses } from '../tests/support/demo-responses.ts';
import { enrolDeviceByApi } from '../tests/support/enrol-tablet.ts';
import { ServerProcess } from '../tests/support/server-process.ts';
import { openAppPage, queueInOutbox, sendNow, storedResponseCount } from './app-page.ts';

const BATCH_SIZE = SEND_BATCH.maxCount; // The same batches the service worker sends.

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
    const page = await openAppPage(browser, server);
    const token = await enrolDeviceByApi(server.url, server.databasePath, 'bench-direct');
    const runs: SyncRun[] = [];
    for (let round = 0; round < rounds; round++) {
      const directMs = await sendDirect(server.url, token, demoResponses(count, 'bench-device'));
      await queueInOutbox(page, demoResponses(count, 'bench-device'));
      const serviceWorkerMs = await sendNow(page);
      runs.push({ serviceWorkerMs, directMs });
    }
    const rows = await storedResponseCount(server);
    if (rows !== count * rounds * 2) throw new Error(`Expected ${count * rounds * 2} stored responses, found ${rows}.`);
    return runs;
  } finally {
    await browser.close();
    await server.dispose();
  }
}

async function sendDirect(baseUrl: string, token: string, responses: SubmittedResponse[]): Promise<number> {
  const start = performance.now();
  for (let i = 0; i < responses.length; i += BATCH_SIZE) {
    const reply = await fetch(`${baseUrl}/api/sync`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify({ deviceId: 'bench-direct', responses: responses.slice(i, i + BATCH_SIZE) }),
    });
    if (!reply.ok) throw new Error(`Direct send failed: ${reply.status}`);
  }
  return performance.now() - start;
}
