import Database from 'better-sqlite3';
import type { Browser, Page } from 'playwright-core';
import { DEMO_FORM } from '../server/demo/demo-form.ts';
import type { SubmittedResponse } from '../src/core/response.ts';
import { outboxEntries } from '../tests/support/demo-responses.ts';
import { enrolTablet } from '../tests/support/enrol-tablet.ts';
import { putOutboxEntries, waitForServiceWorkerControl } from '../tests/support/page-helpers.ts';

/** The endpoint a bench runs against (tests/support/server-process.ts). */
interface Endpoint {
  url: string;
  databasePath: string;
}

/**
 * Opens the app from the endpoint, sets the tablet up with a fresh code (so its worker may send) and waits
 * until its service worker controls the page.
 */
export async function openAppPage(browser: Browser, { url: baseUrl, databasePath }: Endpoint): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  // tsx compiles with esbuild's keepNames, which wraps named functions in a `__name` helper; functions
  // passed to page.evaluate run in the page, which needs the helper too.
  await page.addInitScript('globalThis.__name = (fn) => fn;');
  await page.goto(baseUrl);
  await waitForServiceWorkerControl(page);
  await enrolTablet(page, baseUrl, databasePath, 'Bench tablet');
  await page.goto(baseUrl);
  await page.getByRole('heading', { name: DEMO_FORM.title.en }).waitFor();
  return page;
}

/** Queues the responses in the page's outbox with raw IndexedDB, as the app stores them. */
export async function queueInOutbox(page: Page, responses: SubmittedResponse[]): Promise<void> {
  await putOutboxEntries(page, outboxEntries(responses));
}

/** Asks the controlling service worker to send now; resolves with the ms until it reports the round finished. */
export function sendNow(page: Page): Promise<number> {
  return page.evaluate(
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
}

/** Responses the endpoint holds for the demo form, counted in its SQLite file. */
export function storedResponseCount({ databasePath }: Endpoint): number {
  const db = new Database(databasePath, { readonly: true });
  try {
    return db.prepare('SELECT count(*) FROM responses WHERE form_id = ?').pluck().get(DEMO_FORM.id) as number;
  } finally {
    db.close();
  }
}
