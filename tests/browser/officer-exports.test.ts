import { readFile } from 'node:fs/promises';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import { parseCsv } from '../../server/exports/test-parse-csv.ts';
import type { SubmittedResponse } from '../../src/core/response.ts';
import { useChromium } from '../support/browser-suite.ts';
import { demoResponses } from '../support/demo-responses.ts';
import { enrolByApi, sendByApi } from '../support/device-by-api.ts';
import { DEMO_TITLE } from '../support/journey.ts';
import { activate, tabTo } from '../support/keyboard.ts';
import { chooseRadio, expectAccessible, focused } from '../support/officer-screens.ts';
import { addOfficer, type OfficerCredentials, signInByApi } from '../support/officers.ts';
import { ServerProcess } from '../support/server-process.ts';

// Officers see where responses came from (events) and download them: the export is read as a stream, so a
// large one shows how far it has come and can be cancelled; the file saved is the endpoint's, whole.

const chromium = useChromium();
let server: ServerProcess;
let officer: OfficerCredentials;
let context: BrowserContext;
const TOTAL = 3000;
const TRICKY = 'Line one\r\nLine "two", with a comma\nand a third';
let seeded: SubmittedResponse[];

/** 3,000 responses: 40 on paper at no event, 3 at the market stall (too few to show), the rest at the library. */
function seedResponses(): SubmittedResponse[] {
  return demoResponses(TOTAL).map((response, i) => {
    const shaped: SubmittedResponse = { ...response, answers: { ...response.answers, change: `${TRICKY} ${i}` } };
    if (i < 40) return { ...shaped, channel: 'paper' };
    if (i < 43) return { ...shaped, event: 'Market stall' };
    return { ...shaped, event: 'Library drop-in' };
  });
}

beforeAll(async () => {
  server = await ServerProcess.start();
  officer = await addOfficer(server.databasePath, { role: 'officer', name: 'Olu Officer' });
  const tablet = await enrolByApi(server.url, server.databasePath, 'Library tablet');
  seeded = seedResponses().map((r) => ({ ...r, deviceId: tablet.deviceId }));
  await sendByApi(server.url, tablet, seeded);
});
afterAll(async () => {
  await server?.dispose();
});
afterEach(async () => {
  await context?.close();
});

async function pageAt(path: string, heading: string): Promise<Page> {
  context = await chromium.browser.newContext({ acceptDownloads: true });
  await signInByApi(context, server.url, officer);
  const page = await context.newPage();
  await page.goto(`${server.url}${path}`);
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  return page;
}

/** Slows the page's downloads, so a test can see an export part of the way through; returns the undo. */
async function slowDownloads(page: Page, bytesPerSecond: number): Promise<() => Promise<void>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  const conditions = (downloadThroughput: number) =>
    cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 0,
      downloadThroughput,
      uploadThroughput: -1,
    });
  await conditions(bytesPerSecond);
  return async () => {
    await conditions(-1);
    await cdp.detach();
  };
}

/** Every text the polite status region says from now on, in order. */
async function recordAnnouncements(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const said: string[] = [];
    (window as unknown as { said: string[] }).said = said;
    const region = document.querySelector('p[role="status"]');
    if (!region) throw new Error('No status region');
    new MutationObserver(() => {
      const text = region.textContent ?? '';
      if (text && said.at(-1) !== text) said.push(text);
    }).observe(region, { childList: true, characterData: true, subtree: true });
  });
  return () => page.evaluate(() => (window as unknown as { said: string[] }).said);
}

test('events: each with its consultation and count, small ones as "fewer than 5", filtered by consultation', async () => {
  const page = await pageAt('/officer/events', 'Events');
  const table = page.getByRole('table', { name: 'Events' });
  const row = async (name: RegExp) =>
    (await table.getByRole('row', { name }).locator('th, td').allTextContents()).map((c) => c.trim());
  await table.waitFor();
  await expect
    .poll(async () => (await row(/^Library drop-in/)).slice(0, 3))
    .toEqual(['Library drop-in', DEMO_TITLE, '2,957']);
  expect((await row(/^Market stall/)).slice(0, 3)).toEqual(['Market stall', DEMO_TITLE, 'fewer than 5']);
  // The next smallest is hidden too, or the market stall's count would follow from the total.
  expect((await row(/^No event recorded/)).slice(0, 3)).toEqual([
    'No event recorded',
    DEMO_TITLE,
    'hidden, so a small group cannot be worked out',
  ]);
  expect(await table.getByRole('columnheader').allTextContents()).toEqual([
    'Event',
    'Consultation',
    'Responses',
    'First response',
    'Last response',
    'Run by',
    'Reflections',
  ]);
  await expectAccessible(page);

  const picker = page.getByLabel('Consultation', { exact: true });
  await picker.selectOption({ label: 'Libraries as community hubs' });
  await activate(page, page.getByRole('button', { name: 'Show events' }));
  await page.getByRole('status').getByText('No responses yet.').waitFor();
  await expect.poll(() => new URL(page.url()).searchParams.get('form')).toBe('library-hubs');
  await picker.selectOption({ label: DEMO_TITLE });
  await activate(page, page.getByRole('button', { name: 'Show events' }));
  await page.getByRole('table', { name: `Events for ${DEMO_TITLE}` }).waitFor();
  await expectAccessible(page);
});

test('a CSV export shows its progress, can be cancelled, then downloads whole', async () => {
  const page = await pageAt('/officer/exports', 'Export responses');
  await page.getByRole('radio', { name: 'CSV' }).waitFor();
  await expectAccessible(page);

  // Nothing chosen: the error summary says what to do.
  await activate(page, page.getByRole('button', { name: 'Download responses' }));
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await summary.getByRole('link', { name: 'Choose the consultation to export' }).waitFor();
  await expectAccessible(page);
  await activate(page, summary.getByRole('link'));
  await expect.poll(() => focused(page)).toBe('select: Consultation');
  await page.getByLabel('Consultation', { exact: true }).selectOption({ label: DEMO_TITLE });

  // Dates the wrong way round: said at "To".
  await page.getByLabel('From (optional)').fill('2026-12-01');
  await page.getByLabel('To (optional)').fill('2026-11-01');
  await activate(page, page.getByRole('button', { name: 'Download responses' }));
  await summary.getByRole('link', { name: 'The “to” date must be the same as or after the “from” date' }).waitFor();
  await expectAccessible(page);
  await page.getByLabel('From (optional)').fill('2026-11-30');
  await page.getByLabel('To (optional)').fill('2026-11-30');

  const downloads: string[] = [];
  page.on('download', (d) => downloads.push(d.suggestedFilename()));
  await slowDownloads(page, 100_000);
  const said = await recordAnnouncements(page);
  const bar = page.getByRole('progressbar');

  await activate(page, page.getByRole('button', { name: 'Download responses' }));
  await page.getByText(/^[\d,]+ of 3,000 responses$/).waitFor();
  await expect.poll(() => bar.evaluate((p: HTMLProgressElement) => p.value)).toBeGreaterThan(0);
  await expect.poll(() => focused(page)).toBe('button: Cancel download');
  await expectAccessible(page);
  await page.keyboard.press('Enter');
  await page.getByText('Download cancelled. Nothing was saved.').waitFor();
  await expect.poll(() => bar.count()).toBe(0);
  expect(downloads).toEqual([]);

  // Again, to the end: part-way first, then the whole file.
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 90_000 }),
    (async () => {
      await activate(page, page.getByRole('button', { name: 'Download responses' }));
      await expect
        .poll(() => bar.evaluate((p: HTMLProgressElement) => [p.value > 0 && p.value < p.max, p.max]))
        .toEqual([true, TOTAL]);
    })(),
  ]);
  const filename = `chorus-shape-services-${new Date().toISOString().slice(0, 10)}.csv`;
  expect(download.suggestedFilename()).toBe(filename);
  await page.getByText(`Downloaded 3,000 responses as ${filename}. Your browser has saved it.`).waitFor();
  await expect.poll(() => focused(page)).toMatch(/^div: Downloaded 3,000 responses/);
  expect(await said()).toEqual(expect.arrayContaining(['Downloading responses…', 'Downloaded 50% of the responses']));
  await expectAccessible(page);

  const [header, ...records] = parseCsv((await readFile(await download.path(), 'utf8')).replace(/^\uFEFF/, ''));
  expect(header?.slice(0, 8)).toEqual([
    'response_id',
    'form_version',
    'submitted_at',
    'received_at',
    'device_id',
    'channel',
    'language',
    'event',
  ]);
  expect(records).toHaveLength(TOTAL);
  expect(new Set(records.map((r) => r[0]))).toEqual(new Set(seeded.map((r) => r.id)));
  const change = header?.indexOf('change') ?? -1;
  expect(records[0]?.[change]).toBe(`${TRICKY} 0`);
});

test('JSON and XLSX exports, filtered; and with no connection the screen says what to do', async () => {
  const page = await pageAt('/officer/exports', 'Export responses');
  await page.getByLabel('Consultation', { exact: true }).selectOption({ label: DEMO_TITLE });
  await page.getByLabel('How responses were given').selectOption({ label: 'Paper' });
  await chooseRadio(page, page.getByRole('group', { name: 'Format' }), 'JSON');

  const [json] = await Promise.all([
    page.waitForEvent('download'),
    activate(page, page.getByRole('button', { name: 'Download responses' })),
  ]);
  await page.getByText(/^Downloaded 40 responses as chorus-shape-services-.+\.json\./).waitFor();
  const body = JSON.parse(await readFile(await json.path(), 'utf8'));
  expect(body.filters.channel).toBe('paper');
  expect(body.responses).toHaveLength(40);
  expect(new Set(body.responses.map((r: { channel: string }) => r.channel))).toEqual(new Set(['paper']));

  await page.getByLabel('How responses were given').selectOption({ label: 'Any way' });
  await page.getByLabel('Event (optional)').fill('Market stall');
  await chooseRadio(page, page.getByRole('group', { name: 'Format' }), 'Excel (XLSX)');
  // Its bytes are all that can be counted in flight: a moving bar and what has arrived.
  const fullSpeed = await slowDownloads(page, 4_000);
  const [xlsx] = await Promise.all([
    page.waitForEvent('download', { timeout: 90_000 }),
    (async () => {
      await activate(page, page.getByRole('button', { name: 'Download responses' }));
      await page.getByText(/^[\d.]+ (bytes|KB) received of an export of 3 responses$/).waitFor();
      expect(await page.getByRole('progressbar').evaluate((bar) => bar.hasAttribute('value'))).toBe(false);
    })(),
  ]);
  // XLSX is a zip: its rows cannot be counted in flight, so the count is the endpoint's X-Chorus-Total.
  await page
    .getByText(/^Downloaded 3 responses as chorus-shape-services-.+\.xlsx\. Your browser has saved it\.$/)
    .waitFor();
  const file = await readFile(await xlsx.path());
  expect(file.subarray(0, 2).toString()).toBe('PK'); // a zip, as XLSX is
  await expectAccessible(page);
  await fullSpeed();

  await context.setOffline(true);
  await tabTo(page, page.getByRole('button', { name: 'Download responses' }));
  await page.keyboard.press('Enter');
  await page
    .getByRole('alert')
    .getByText('The council server cannot be reached, so nothing was downloaded. Check the connection and try again.')
    .waitFor();
  await expectAccessible(page);
});
