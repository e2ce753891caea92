import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterEach, expect, test } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { useChromium } from '../support/browser-suite.ts';
import { addOfficer, signInByApi } from '../support/officers.ts';
import { outboxCount, outboxStatus } from '../support/page-helpers.ts';
import type { ServerProcess } from '../support/server-process.ts';
import { SyncHarness } from '../support/sync-harness.ts';

// A tablet that will not see a connection for weeks: staff save its unsent responses to a file, an
// officer imports the file on the endpoint; later, when the tablet does connect, nothing is doubled.

const chromium = useChromium();
let h: SyncHarness;
afterEach(async () => {
  await h?.dispose();
});

/** A page in its own browser, signed in as an officer (importing needs the `import` permission). */
async function officerPage(server: ServerProcess): Promise<Page> {
  const credentials = await addOfficer(server.databasePath, {
    role: 'officer',
    email: `${crypto.randomUUID()}@council.example`,
  });
  const context = await chromium.browser.newContext();
  await signInByApi(context, server.url, credentials);
  return context.newPage();
}

test('unsent responses saved to a file, imported twice by an officer, then synced: each stored once', async () => {
  h = await SyncHarness.open(chromium.browser);
  await h.context.setOffline(true);
  const responses = await h.queue(3);
  const ids = responses.map((r) => r.id);

  const { page } = h;
  await page.getByRole('link', { name: 'Tablet status' }).click();
  await page.getByRole('heading', { level: 1, name: 'Tablet status' }).waitFor();
  await page.getByText(/^Using .+, with .+ left for Chorus on this tablet\.$/).waitFor();
  expect(await axeViolations(page)).toEqual([]);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Save unsent responses to a file' }).click(),
  ]);
  await page.getByText('Saved 3 responses to a file.').waitFor();
  const path = await download.path();
  const file = JSON.parse(await readFile(path, 'utf8'));
  expect(file).toMatchObject({ format: 'chorus-unsent-responses', formatVersion: 1, count: 3 });
  expect(file.checksum).toMatch(/^sha256:[0-9a-f]{64}$/);
  expect(await outboxCount(page)).toBe(3); // Saving a file forgets nothing.

  // The officer, at the council, with a connection, signed in.
  const officer = await officerPage(h.server);
  try {
    await officer.goto(`${h.server.url}/officer/import`);
    await officer.getByRole('heading', { level: 1, name: 'Import responses from a tablet' }).waitFor();
    expect(await axeViolations(officer)).toEqual([]);
    for (const expected of ['3 new responses stored', '3 responses were already stored']) {
      await officer.getByLabel('File saved on the tablet').setInputFiles(path);
      await officer.getByRole('button', { name: 'Import responses' }).click();
      await officer.getByText(expected).waitFor();
    }
    expect(await axeViolations(officer)).toEqual([]);
  } finally {
    await officer.context().close();
  }
  h.expectStoredExactlyOnce(ids);

  // Weeks later the tablet connects: the endpoint already has them, so they come back as duplicates and go.
  await h.context.setOffline(false);
  await page.getByRole('button', { name: 'Send now' }).click();
  await expect.poll(() => outboxStatus(page).textContent(), { timeout: 60_000 }).toContain('All responses sent');
  expect(h.proxy.exchanges.flatMap((e) => e.statuses ?? [])).toEqual(['duplicate', 'duplicate', 'duplicate']);
  await page.getByRole('heading', { name: 'Recently sent' }).waitFor();
  await expect.poll(() => page.getByText(/: a response to shape-services$/).count()).toBe(3);
  h.expectStoredExactlyOnce(ids);
});

test('a tampered file is refused with a reason, and nothing in it is stored', async () => {
  h = await SyncHarness.open(chromium.browser);
  await h.context.setOffline(true);
  await h.queue(2);
  await h.page.getByRole('link', { name: 'Tablet status' }).click();
  const [download] = await Promise.all([
    h.page.waitForEvent('download'),
    h.page.getByRole('button', { name: 'Save unsent responses to a file' }).click(),
  ]);
  const file = JSON.parse(await readFile(await download.path(), 'utf8'));
  file.responses[0].answers.listening = 5 - (file.responses[0].answers.listening % 5);

  const officer = await officerPage(h.server);
  try {
    await officer.goto(`${h.server.url}/officer/import`);
    await officer.getByLabel('File saved on the tablet').setInputFiles({
      name: 'chorus-unsent.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(file)),
    });
    await officer.getByRole('button', { name: 'Import responses' }).click();
    await officer.getByText(/changed or damaged/).waitFor();
  } finally {
    await officer.context().close();
  }
  expect(h.storedIds()).toEqual([]);
});
