import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import { useChromium } from '../support/browser-suite.ts';
import { watchCspViolations } from '../support/csp.ts';
import { demoResponses } from '../support/demo-responses.ts';
import { enrolByApi } from '../support/device-by-api.ts';
import { activate, tabTo, typeInto } from '../support/keyboard.ts';
import { expectAccessible, focused } from '../support/officer-screens.ts';
import { addOfficer, type OfficerCredentials, signInByApi } from '../support/officers.ts';
import { ServerProcess } from '../support/server-process.ts';

// Tablets: an officer makes a one-time set-up code (shown large, with a QR code), the tablet that used it
// appears in the list with what it has sent, and revoking it (after a question that names it) stops it.

const chromium = useChromium();
let server: ServerProcess;
let admin: OfficerCredentials;
let outreach: OfficerCredentials;
let context: BrowserContext;

beforeAll(async () => {
  server = await ServerProcess.start();
  admin = await addOfficer(server.databasePath, { role: 'administrator', name: 'Ann Admin' });
  outreach = await addOfficer(server.databasePath, { role: 'outreach', name: 'Owen Outreach' });
});
afterAll(async () => {
  await server?.dispose();
});
afterEach(async () => {
  await context?.close();
});

async function devicesPageAs(officer: OfficerCredentials, width?: number): Promise<Page> {
  context = await chromium.browser.newContext(width ? { viewport: { width, height: 800 } } : {});
  await signInByApi(context, server.url, officer);
  const page = await context.newPage();
  await page.goto(`${server.url}/officer/devices`);
  await page.getByRole('heading', { level: 1, name: 'Tablets' }).waitFor();
  return page;
}

/** What a tablet does with a code on its set-up screen, done here through the API. */
async function enrolWith(code: string, deviceId: string): Promise<string> {
  const reply = await fetch(`${server.url}/api/devices/enrol`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ code: code.toLowerCase().replace('-', ' '), deviceId }),
  });
  expect(reply.status).toBe(201);
  return ((await reply.json()) as { deviceToken: string }).deviceToken;
}

function sync(deviceId: string, token: string, count: number): Promise<Response> {
  const responses = demoResponses(count, deviceId);
  return fetch(`${server.url}/api/sync`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify({ deviceId, responses }),
  });
}

test('an administrator makes a set-up code, sees the tablet that used it, and revokes it after confirming', async () => {
  const page = await devicesPageAs(admin);
  const csp = watchCspViolations(page);
  await page.getByText('No tablets have been set up yet.').waitFor();
  await expectAccessible(page);

  // No name: the GOV.UK error pattern.
  await activate(page, page.getByRole('button', { name: 'Create a set-up code' }));
  await page.getByRole('alert').getByRole('link', { name: 'Enter a name for the tablet' }).waitFor();
  await expect.poll(() => page.title()).toBe('Error: Tablets – Chorus');
  await expectAccessible(page);

  await typeInto(page, page.getByLabel('Name of the tablet'), 'Library tablet 3');
  await page.keyboard.press('Enter');
  const panel = page.getByRole('region', { name: 'Set-up code for Library tablet 3' });
  await panel.waitFor();
  await expect.poll(() => focused(page)).toBe('h2: Set-up code for Library tablet 3');
  // Read out as "The code is K7QM-3XHP", in the code's own alphabet.
  const shown = (await panel.getByText(/^The code is \S+$/).textContent()) ?? '';
  const code = shown.replace('The code is', '').trim();
  expect(code).toMatch(/^[2-9A-HJ-NP-TV-Z]{4}-[2-9A-HJ-NP-TV-Z]{4}$/);
  const qr = panel.getByRole('img', { name: `QR code that opens the set-up page with code ${code} filled in` });
  expect(await qr.evaluate((svg) => svg.tagName.toLowerCase())).toBe('svg');
  expect(await qr.locator('path').getAttribute('d')).toMatch(/^M\d+ \d+h\d+v1h-\d+z/);
  await panel.getByText(`Or, on the tablet, open ${server.url}/setup and type the code.`).waitFor();
  await panel.getByText(/^It works once, until /).waitFor();
  await panel.getByRole('button', { name: 'Print this code' }).waitFor();
  await expectAccessible(page);

  // The tablet types the code (any case, any spacing) and sends what it has.
  const deviceId = `library-3-${crypto.randomUUID()}`;
  const token = await enrolWith(code, deviceId);
  expect((await sync(deviceId, token, 3)).status).toBe(200);

  await activate(page, page.getByRole('button', { name: 'Refresh the list' }));
  const table = page.getByRole('table', { name: 'Tablets, newest first' });
  const row = table.getByRole('row', { name: /^Library tablet 3/ });
  await row.waitFor();
  const cells = (await row.locator('th, td').allTextContents()).map((c) => c.trim());
  expect(cells[0]).toBe('Library tablet 3');
  expect(cells[1]).toBe('Council'); // No partner organisation named (issue 8).
  expect(cells[2]).toMatch(/ by Ann Admin$/);
  expect(cells[3]).not.toBe('Not yet');
  expect(cells.slice(4, 6)).toEqual(['3', 'Active']);
  expect(await table.getByRole('columnheader').allTextContents()).toEqual([
    'Tablet',
    'Partner organisation',
    'Set up',
    'Last sent',
    'Responses received',
    'Status',
    'Actions',
  ]);
  await expectAccessible(page);

  // Revoke asks first, naming the tablet; "No" goes back to the button.
  const revoke = page.getByRole('button', { name: 'Revoke Library tablet 3' });
  await activate(page, revoke);
  const question = page.getByRole('region', { name: 'Revoke Library tablet 3?' });
  await question.waitFor();
  await expect.poll(() => focused(page)).toBe('h2: Revoke Library tablet 3?');
  await expectAccessible(page);
  await activate(page, question.getByRole('button', { name: 'No, keep it' }));
  await question.waitFor({ state: 'detached' });
  await expect.poll(() => revoke.evaluate((el) => el === document.activeElement)).toBe(true);

  await page.keyboard.press('Enter');
  await activate(page, page.getByRole('button', { name: 'Yes, revoke Library tablet 3' }));
  const status = page
    .getByRole('status')
    .filter({ hasText: 'Library tablet 3 is revoked. It can no longer send responses.' });
  await status.waitFor();
  await expect.poll(() => row.locator('td').nth(4).textContent()).toMatch(/^Revoked /);
  await expect.poll(() => revoke.count(), { timeout: 15_000 }).toBe(0);
  await expectAccessible(page);

  // And the tablet is refused from now on.
  const refused = await sync(deviceId, token, 1);
  expect(refused.status).toBe(401);
  expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('device-revoked');
  expect(csp).toEqual([]);
});

test('outreach staff make codes and see the tablets, but cannot revoke; at 320 px nothing scrolls sideways', async () => {
  await enrolByApi(server.url, server.databasePath, 'Community centre tablet');
  const page = await devicesPageAs(outreach, 320);
  await page.getByRole('table', { name: 'Tablets, newest first' }).waitFor();
  expect(await page.getByRole('button', { name: /^Revoke/ }).count()).toBe(0);
  expect(await page.getByRole('table').getByRole('columnheader').allTextContents()).not.toContain('Actions');
  await expectAccessible(page);

  await page.getByLabel('Name of the tablet').fill('Market stall tablet');
  await page.getByRole('button', { name: 'Create a set-up code' }).click();
  await page.getByRole('img', { name: /^QR code that opens the set-up page with code / }).waitFor();
  await expectAccessible(page);
  // The table scrolls inside itself, and a keyboard can reach it to scroll it.
  await tabTo(page, page.getByRole('region', { name: 'Tablets, newest first' }));

  await activate(page, page.getByRole('button', { name: 'Set up another tablet' }));
  await page.getByLabel('Name of the tablet').waitFor();
});
