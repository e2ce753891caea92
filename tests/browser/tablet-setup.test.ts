import Database from 'better-sqlite3';
import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { useChromium } from '../support/browser-suite.ts';
import { watchCspViolations } from '../support/csp.ts';
import { answerDemoAndSubmit, DEMO_TITLE } from '../support/journey.ts';
import { issueCode, revokeDeviceIn } from '../support/officers.ts';
import {
  deviceIdRaw,
  outboxCount,
  outboxEntriesRaw,
  outboxStatus,
  waitForServiceWorkerControl,
} from '../support/page-helpers.ts';
import { ServerProcess } from '../support/server-process.ts';

// A tablet sends only once staff have set it up with an officer's code; what residents gave before waits on
// it, safe, and arrives once it is set up. Its event and channel go with every response; an officer can
// withdraw its access, and then it keeps what it holds and says so.

const chromium = useChromium();
const EVENT = 'Newbury Library, coffee morning, 5 Dec';
let server: ServerProcess;
let context: BrowserContext;
let page: Page;
let csp: string[];
/** Every POST to /api/sync, the service worker's included. */
let syncPosts: string[];

beforeEach(async () => {
  server = await ServerProcess.start();
  context = await chromium.browser.newContext();
  syncPosts = [];
  context.on('request', (request) => {
    if (request.method() === 'POST' && new URL(request.url()).pathname === '/api/sync') syncPosts.push(request.url());
  });
  page = await context.newPage();
  csp = watchCspViolations(page);
  await page.goto(server.url);
  await waitForServiceWorkerControl(page);
  await page.getByRole('heading', { name: DEMO_TITLE }).waitFor();
});
afterEach(async () => {
  expect(csp).toEqual([]);
  await context.close();
  await server.dispose();
});

interface StoredRow {
  id: string;
  event: string | null;
  channel: string;
}

/** The endpoint's responses, read from its SQLite file (not through the app). */
function storedRows(): StoredRow[] {
  const db = new Database(server.databasePath, { readonly: true });
  try {
    return db.prepare('SELECT id, event, channel FROM responses ORDER BY seq').all() as StoredRow[];
  } finally {
    db.close();
  }
}

const errorSummary = () => page.getByRole('alert').filter({ hasText: 'There is a problem' });

test('not set up: responses wait; set up from the QR link with an event and channel: they arrive once, recorded; access withdrawn: they wait again', async () => {
  // A resident answers on a tablet nobody has set up yet.
  await answerDemoAndSubmit(page);
  const status = outboxStatus(page);
  await expect.poll(() => status.textContent()).toContain('Not sending: this tablet is not set up.');
  await expect.poll(() => status.textContent()).toContain('1 response waiting to be sent from this tablet');
  await status.getByRole('link', { name: 'Set up this tablet' }).waitFor();
  expect(await axeViolations(page)).toEqual([]);
  const [waiting] = await outboxEntriesRaw(page);
  expect(storedRows()).toEqual([]);
  expect(syncPosts).toEqual([]); // Not even asked: without a token there is nothing to ask with.

  // Staff open the link in the QR code an officer shows them.
  const code = await issueCode(server.databasePath, 'Library tablet 3');
  await page.goto(`${server.url}/setup?code=${encodeURIComponent(code)}`);
  await page.getByRole('heading', { level: 1, name: 'Set up this tablet' }).waitFor();
  const codeBox = page.getByRole('textbox', { name: 'Set-up code' });
  await expect.poll(() => codeBox.inputValue()).toBe(code);
  expect(await axeViolations(page)).toEqual([]);

  // With no connection, the screen says what to do, GOV.UK style: a focused summary linking to the field.
  await context.setOffline(true);
  await page.getByRole('button', { name: 'Set up this tablet' }).click();
  await errorSummary().getByRole('link', { name: 'Connect to the internet to set up this tablet' }).waitFor();
  await expect.poll(() => errorSummary().evaluate((el) => el === document.activeElement)).toBe(true);
  await expect.poll(() => page.title()).toMatch(/^Error: /);
  expect(await axeViolations(page)).toEqual([]);
  await errorSummary().getByRole('link', { name: 'Connect to the internet to set up this tablet' }).click();
  await expect.poll(() => codeBox.evaluate((el) => el === document.activeElement)).toBe(true);
  await context.setOffline(false);

  // A code that is not right gets the endpoint's own words.
  await codeBox.fill('ZZZZ-ZZZZ');
  await page.getByRole('button', { name: 'Set up this tablet' }).click();
  await errorSummary()
    .getByRole('link', { name: /This set-up code is not right/ })
    .waitFor();
  // Summary and field.
  await expect.poll(() => page.getByText(/Ask an officer for a new one/).count()).toBeGreaterThanOrEqual(2);

  // The right one (typed as staff might) sets the tablet up; what waited is sent at once.
  await codeBox.fill(code.toLowerCase().replace('-', ' '));
  await page.getByRole('button', { name: 'Set up this tablet' }).click();
  const enrolled = page.getByText('This tablet is set up as ‘Library tablet 3’.');
  await enrolled.waitFor();
  await expect.poll(() => errorSummary().count()).toBe(0);
  await expect.poll(() => storedRows().map((r) => r.id)).toEqual([waiting?.id]);
  await expect.poll(() => status.textContent()).toContain('All responses sent');
  await expect.poll(() => outboxCount(page)).toBe(0);
  expect(syncPosts.length).toBeGreaterThan(0);
  expect(await axeViolations(page)).toEqual([]);

  // Where and how this tablet collects from now on.
  await page.getByRole('textbox', { name: 'Event or venue' }).fill(EVENT);
  const assisted = page.getByRole('radio', { name: 'With a staff member' });
  expect(await assisted.getAttribute('aria-describedby')).toBeTruthy(); // Each channel says what it means.
  await assisted.check();
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByText(`Saved. Responses from now on record the event ‘${EVENT}’`).waitFor();
  expect(await axeViolations(page)).toEqual([]);

  // Staff can see it on the status page.
  await page.getByRole('link', { name: 'Tablet status' }).click();
  await page.getByRole('heading', { level: 1, name: 'Tablet status' }).waitFor();
  for (const text of ['Library tablet 3', EVENT, 'With a staff member']) {
    await page.getByRole('definition').filter({ hasText: text }).waitFor();
  }
  expect(await axeViolations(page)).toEqual([]);

  // The next resident's response records them.
  await page.goto(server.url);
  await answerDemoAndSubmit(page);
  await expect.poll(() => storedRows().length).toBe(2);
  await expect.poll(() => status.textContent()).toContain('All responses sent');
  const [first, second] = storedRows();
  expect(first).toMatchObject({ id: waiting?.id, event: null, channel: 'kiosk' });
  expect(second).toMatchObject({ event: EVENT, channel: 'assisted' });
  expect(new Set(storedRows().map((r) => r.id)).size).toBe(2); // Each arrived once.

  // An officer withdraws this tablet's access: the next response stays here, and the page says why.
  await revokeDeviceIn(server.databasePath, await deviceIdRaw(page));
  await page.getByRole('link', { name: 'Back to consultations' }).click();
  await answerDemoAndSubmit(page);
  await expect
    .poll(() => status.textContent())
    .toContain('This tablet can no longer send: its access was withdrawn. Ask an officer for a new set-up code.');
  await expect.poll(() => status.textContent()).toContain('1 response waiting to be sent from this tablet');
  expect(await outboxCount(page)).toBe(1);
  expect(storedRows()).toHaveLength(2);
  expect(await axeViolations(page)).toEqual([]);
});

test('a tablet set up again after its access was withdrawn sends what waited', async () => {
  const code = await issueCode(server.databasePath, 'Hall tablet');
  await page.goto(`${server.url}/setup?code=${encodeURIComponent(code)}`);
  await page.getByRole('button', { name: 'Set up this tablet' }).click();
  await page.getByText('This tablet is set up as ‘Hall tablet’.').waitFor();
  await revokeDeviceIn(server.databasePath, await deviceIdRaw(page));

  await page.goto(server.url);
  await answerDemoAndSubmit(page);
  await expect.poll(() => outboxStatus(page).textContent()).toContain('its access was withdrawn');
  expect(storedRows()).toEqual([]);

  await outboxStatus(page).getByRole('link', { name: 'Enter a new set-up code' }).click();
  await page.getByText('This tablet can no longer send: its access was withdrawn.').first().waitFor();
  const fresh = await issueCode(server.databasePath, 'Hall tablet');
  await page.getByRole('textbox', { name: 'Set-up code' }).fill(fresh);
  await page.getByRole('button', { name: 'Set up this tablet' }).click();
  await page.getByText('This tablet is set up as ‘Hall tablet’.').waitFor();
  await expect.poll(() => storedRows().length).toBe(1);
  await expect.poll(() => outboxStatus(page).textContent()).toContain('All responses sent');
});
