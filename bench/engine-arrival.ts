import { performance } from 'node:perf_hooks';
import { demoResponses, outboxEntries } from '../tests/support/demo-responses.ts';
import type { Engine, EngineDriver } from '../tests/support/engines/engine-driver.ts';
import {
  deviceIdRaw,
  enrolTablet,
  putOutboxEntriesRaw,
  retryAfterRaw,
  waitForServiceWorkerControl,
} from '../tests/support/engines/journey-steps.ts';
import { openEngine } from '../tests/support/engines/open-engine.ts';
import { readStoredIds } from '../tests/support/engines/stored-ids.ts';
import { DEMO_TITLE } from '../tests/support/journey.ts';
import { ServerProcess } from '../tests/support/server-process.ts';

export interface ArrivalRun {
  /** From the endpoint answering its health check again to the response in its SQLite file. */
  arrivalMs: number;
  /**
   * Baseline: how much of the device's backoff was still to run when the endpoint came back (its own
   * `retryAfter`); arrival minus this is what the app adds (its 3-second tick, waking the worker, the send).
   */
  backoffLeftMs: number;
}

/**
 * The time from the endpoint's return to a waiting response being stored, in one engine, with no button
 * and no reload: the page is open and only its send timer (and the worker) can notice. Each round queues
 * a response, keeps the endpoint down for `outageMs` (so the device fails and backs off), then brings it
 * back and polls the SQLite file every 20 ms.
 */
export async function measureArrival(engine: Engine, rounds: number, outageMs: number): Promise<ArrivalRun[]> {
  const server = await ServerProcess.start();
  let driver: EngineDriver | undefined;
  try {
    driver = await openEngine(engine);
    await driver.goto(server.url);
    await waitForServiceWorkerControl(driver);
    await enrolTablet(driver, server.url, server.databasePath);
    await driver.goto(server.url);
    await driver.waitFor({ role: 'heading', name: DEMO_TITLE });
    const deviceId = await deviceIdRaw(driver);
    const runs: ArrivalRun[] = [];
    for (let round = 0; round < rounds; round++) {
      await server.stop();
      const [response] = demoResponses(1, deviceId);
      if (!response) throw new Error('No response to queue.');
      await putOutboxEntriesRaw(driver, outboxEntries([response]));
      await new Promise((r) => setTimeout(r, outageMs));
      await server.start();
      const back = performance.now();
      const retryAfter = await retryAfterRaw(driver);
      const backoffLeftMs = retryAfter ? Math.max(0, Date.parse(retryAfter) - Date.now()) : 0;
      const deadline = back + 120_000;
      while (!readStoredIds(server.databasePath).includes(response.id)) {
        if (performance.now() > deadline) throw new Error(`${engine}: the response did not arrive within 120 s.`);
        await new Promise((r) => setTimeout(r, 20));
      }
      runs.push({ arrivalMs: performance.now() - back, backoffLeftMs });
    }
    return runs;
  } finally {
    await driver?.close();
    await server.dispose();
  }
}
