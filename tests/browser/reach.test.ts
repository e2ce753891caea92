import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Channel, SubmittedResponse } from '../../src/core/response.ts';
import { axeViolations } from '../support/axe.ts';
import { useChromium } from '../support/browser-suite.ts';
import { demoResponses } from '../support/demo-responses.ts';
import { enrolByApi, sendByApi } from '../support/device-by-api.ts';
import { activate, tabTo } from '../support/keyboard.ts';
import { addOfficer, type OfficerCredentials, signInByApi } from '../support/officers.ts';
import { ServerProcess } from '../support/server-process.ts';

// A signed-in officer opens Reach and sees who was heard: figures of 5 or more as numbers, smaller groups only as
// "fewer than 5", in tables a screen reader can navigate.

const chromium = useChromium();
let server: ServerProcess;
let officer: OfficerCredentials;
beforeAll(async () => {
  server = await ServerProcess.start();
  officer = await addOfficer(server.databasePath, { role: 'officer' });
});
afterAll(async () => {
  await server?.dispose();
});

/** 12 responses: kiosk at the library in English 7, assisted with no event in Welsh 3, paper at the market in Polish 2. */
function seedResponses(): SubmittedResponse[] {
  const shape = (i: number): { channel: Channel; language: string; event?: string } =>
    i < 7
      ? { channel: 'kiosk', language: 'en', event: 'Library drop-in' }
      : i < 10
        ? { channel: 'assisted', language: 'cy' }
        : { channel: 'paper', language: 'pl', event: 'Market stall' };
  return demoResponses(12, 'reach-device').map((response, i) => ({ ...response, ...shape(i) }));
}

/** A signed-in officer's browser. */
async function officerContext(): Promise<BrowserContext> {
  const context = await chromium.browser.newContext();
  await signInByApi(context, server.url, officer);
  return context;
}

async function openReach(page: Page): Promise<void> {
  await page.goto(`${server.url}/officer/reach`);
  await page.getByRole('heading', { level: 1, name: 'Reach: who was heard' }).waitFor();
}

test('an officer chooses a consultation by keyboard and sees its reach, small groups suppressed', async () => {
  const tablet = await enrolByApi(server.url, server.databasePath, 'Reach tablet');
  await sendByApi(server.url, tablet, seedResponses());

  const context = await officerContext();
  try {
    const page = await context.newPage();
    await openReach(page);
    const picker = page.getByLabel('Consultation');
    await picker.waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await tabTo(page, picker);
    for (let i = 0; i < 5 && (await picker.inputValue()) !== 'shape-services'; i++) {
      await page.keyboard.press('ArrowDown');
    }
    await expect.poll(() => picker.inputValue()).toBe('shape-services');
    await activate(page, page.getByRole('button', { name: 'Show reach' }));

    await page.getByRole('heading', { level: 2, name: 'Which council services should we shape together?' }).waitFor();
    // evaluateAll does not wait: the tables come with the counts, perhaps after the heading.
    const captions = () =>
      page
        .getByRole('table')
        .evaluateAll((tables) => tables.map((table) => (table as HTMLTableElement).caption?.textContent));
    await expect
      .poll(captions)
      .toEqual([
        'Responses by channel',
        'Responses by language',
        'Responses by event',
        'Responses by day',
        'Responses by partner organisation',
      ]);

    const channel = page.getByRole('table', { name: 'Responses by channel' });
    await expect.poll(() => rowText(channel.getByRole('row', { name: /^Kiosk/ }))).toEqual(['Kiosk', '7']);
    expect(await rowText(channel.getByRole('row', { name: /^With a staff member/ }))).toEqual([
      'With a staff member',
      'fewer than 5',
    ]);
    expect(await rowText(channel.getByRole('row', { name: /^Paper/ }))).toEqual(['Paper', 'fewer than 5']);
    const event = page.getByRole('table', { name: 'Responses by event' });
    expect(await rowText(event.getByRole('row', { name: /^No event recorded/ }))).toEqual([
      'No event recorded',
      'fewer than 5',
    ]);
    expect(await rowText(event.getByRole('row', { name: /^Library drop-in/ }))).toEqual(['Library drop-in', '7']);
    const language = page.getByRole('table', { name: 'Responses by language' });
    expect(await rowText(language.getByRole('row', { name: /^Welsh/ }))).toEqual(['Welsh (cy)', 'fewer than 5']);
    const day = page.getByRole('table', { name: 'Responses by day' });
    expect(await rowText(day.getByRole('row', { name: /^30 November 2026/ }))).toEqual(['30 November 2026', '12']);
    expect(await page.getByRole('term').filter({ hasText: 'Responses' }).locator('+ dd').textContent()).toBe('12');

    // No suppressed number reaches the page, not even in the charts.
    const text = await page.locator('main').textContent();
    expect(text).not.toMatch(/\b[1-4]\b/);
    expect(await axeViolations(page)).toEqual([]);
  } finally {
    await context.close();
  }
});

test('offline, the screen says that reach counts need a connection', async () => {
  const context = await officerContext();
  try {
    const page = await context.newPage();
    await openReach(page);
    await page.getByLabel('Consultation').waitFor();
    await context.setOffline(true);
    await page.getByLabel('Consultation').selectOption('shape-services');
    await activate(page, page.getByRole('button', { name: 'Show reach' }));
    await page
      .getByRole('status')
      .getByText(/cannot reach it\. Check the connection and try again\./)
      .waitFor();
    expect(await axeViolations(page)).toEqual([]);
  } finally {
    await context.close();
  }
});

async function rowText(row: ReturnType<Page['getByRole']>): Promise<string[]> {
  return (await row.locator('th, td').allTextContents()).map((cell) => cell.trim());
}
