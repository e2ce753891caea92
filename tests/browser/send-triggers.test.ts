import Database from 'better-sqlite3';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { useChromium } from '../support/browser-suite.ts';
import { enrolTablet } from '../support/enrol-tablet.ts';
import { answerDemoAndSubmit, DEMO_TITLE } from '../support/journey.ts';
import { outboxCount, outboxStatus, waitForServiceWorkerControl } from '../support/page-helpers.ts';
import { ServerProcess } from '../support/server-process.ts';

// Here the connection stays up and the endpoint itself goes away, as when a venue's Wi-Fi works but the
// council's server cannot be reached: the browser sees no `online` event, so only the app's own triggers help.

const chromium = useChromium();
let server: ServerProcess;
let page: Page;

beforeEach(async () => {
  server = await ServerProcess.start();
  page = await (await chromium.browser.newContext()).newPage();
  await page.goto(server.url);
  await waitForServiceWorkerControl(page);
  await enrolTablet(page, server.url, server.databasePath);
  await page.goto(server.url);
  await page.getByRole('heading', { name: DEMO_TITLE }).waitFor();
});
afterEach(async () => {
  await page.context().close();
  await server.dispose();
});

function storedCount(): number {
  const db = new Database(server.databasePath, { readonly: true });
  try {
    return db.prepare('SELECT count(*) FROM responses').pluck().get() as number;
  } finally {
    db.close();
  }
}

test('"Send now" sends what waited while the endpoint was down', async () => {
  await server.stop();
  await answerDemoAndSubmit(page);
  const status = outboxStatus(page);
  await expect.poll(() => status.textContent()).toContain('no connection to the council server');
  await expect.poll(() => status.textContent()).toContain('1 response waiting to be sent from this tablet');

  await server.start();
  await page.getByRole('button', { name: 'Send now' }).click();
  await expect.poll(() => status.textContent()).toContain('All responses sent');
  await expect.poll(() => status.textContent()).toMatch(/Last send worked at/);
  await expect.poll(() => outboxCount(page)).toBe(0);
  expect(storedCount()).toBe(1);
});

test('opening the app sends what waited', async () => {
  await server.stop();
  await answerDemoAndSubmit(page);
  await expect.poll(() => outboxStatus(page).textContent()).toContain('1 response waiting');

  await server.start();
  await page.reload();
  await expect.poll(() => outboxStatus(page).textContent()).toContain('All responses sent');
  expect(storedCount()).toBe(1);
});
