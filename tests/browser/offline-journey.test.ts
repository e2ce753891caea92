import Database from 'better-sqlite3';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { referenceCode } from '../../src/core/reference-code.ts';
import { axeViolations } from '../support/axe.ts';
import { launchChromium } from '../support/chromium.ts';
import { watchCspViolations } from '../support/csp.ts';
import { enrolTablet } from '../support/enrol-tablet.ts';
import { continueTo } from '../support/journey.ts';
import { addOfficer, signInByApi } from '../support/officers.ts';
import { outboxCount, outboxStatus, waitForDraftSaved, waitForServiceWorkerControl } from '../support/page-helpers.ts';
import { ServerProcess } from '../support/server-process.ts';

const TITLE = 'Which council services should we shape together?';

describe('the thin path: answer offline, reload, restart the endpoint, sync, stored once', () => {
  let server: ServerProcess;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let csp: string[];

  beforeAll(async () => {
    server = await ServerProcess.start();
    browser = await launchChromium();
    context = await browser.newContext();
    page = await context.newPage();
    csp = watchCspViolations(page);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  test('a resident answers with no connection and the answer reaches the endpoint exactly once', async () => {
    await page.goto(server.url);
    await waitForServiceWorkerControl(page);
    await enrolTablet(page, server.url, server.databasePath);
    await page.goto(server.url);
    await expect.poll(() => page.getByRole('heading', { name: TITLE }).isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);

    // No connection: the app still appears, from the service worker's precache.
    await context.setOffline(true);
    const offlineLoad = await page.reload();
    expect(offlineLoad?.fromServiceWorker()).toBe(true);
    await page.getByRole('heading', { name: TITLE }).waitFor();
    await page.getByText('Could not check for new consultations').waitFor();

    await page.getByRole('link', { name: `Start: ${TITLE}` }).click();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await page.getByRole('heading', { name: 'How we use your answers' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Start now' }).click();
    await page.getByRole('heading', { level: 1, name: 'Which services would you most like to help shape?' }).waitFor();
    expect(await page.getByText('Question 1 of 5').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);

    // Continue with nothing chosen: the GOV.UK error summary, focused, linking to the field.
    await page.getByRole('button', { name: 'Continue' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await summary.waitFor();
    await expect.poll(() => page.title()).toMatch(/^Error: /);
    await expect.poll(() => summary.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await summary.getByRole('link', { name: 'Select at least one answer' }).click();
    await expect
      .poll(() =>
        page
          .getByRole('checkbox', { name: 'Libraries as community hubs' })
          .evaluate((el) => el === document.activeElement),
      )
      .toBe(true);

    await page.getByRole('checkbox', { name: 'Libraries as community hubs' }).check();
    await page.getByRole('checkbox', { name: 'Adult social care' }).check();
    await continueTo(page, 'How well does the council listen to people like you?');
    await page.getByRole('radio', { name: '2', exact: true }).check();
    await waitForDraftSaved(page);

    // Each answer is a draft on the device: a reload with no connection resumes on the same question.
    await page.reload();
    await page
      .getByRole('heading', { level: 1, name: 'How well does the council listen to people like you?' })
      .waitFor();
    await expect.poll(() => page.getByRole('radio', { name: '2', exact: true }).isChecked()).toBe(true);

    await continueTo(page, /What is one thing the council should change/);
    await page
      .getByRole('textbox', { name: /What is one thing the council should change/ })
      .fill('Hold meetings in the evening, and say what happened after.');
    await continueTo(page, 'How would you like to be involved?');
    await page.getByRole('radio', { name: 'Come to a group session now and then' }).check();
    await continueTo(page, /What is your age\?/);
    await page.getByRole('radio', { name: '65 to 74' }).check();
    await continueTo(page, 'Check your answers');
    expect(await axeViolations(page)).toEqual([]);

    // Change an answer from "Check your answers": back to that question, then straight back here.
    await page.getByRole('link', { name: 'Change How well does the council listen to people like you?' }).click();
    await page.getByRole('radio', { name: '3', exact: true }).check();
    await continueTo(page, 'Check your answers');
    expect(await page.getByRole('definition').filter({ hasText: /^3$/ }).count()).toBe(1);
    await page.getByRole('button', { name: 'Submit' }).click();

    await page.getByRole('heading', { name: 'Thank you' }).waitFor();
    await page.getByText('Your answers are saved on this tablet.').first().waitFor();
    const reference = await page.getByText(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/).textContent();
    const status = outboxStatus(page);
    await expect.poll(() => status.textContent()).toContain('1 response waiting to be sent from this tablet');
    await expect.poll(() => status.textContent()).toContain('no connection');
    expect(await axeViolations(page)).toEqual([]);

    // Still waiting after another reload; nothing was lost and nothing was sent.
    await page.reload();
    await expect.poll(() => outboxStatus(page).textContent()).toContain('1 response waiting');
    expect(await outboxCount(page)).toBe(1);

    // The endpoint restarts while the tablet is offline; then the connection returns.
    await server.restart();
    await context.setOffline(false);
    await expect.poll(() => outboxStatus(page).textContent(), { timeout: 60_000 }).toContain('All responses sent');
    await expect.poll(() => outboxCount(page)).toBe(0);

    const db = new Database(server.databasePath, { readonly: true });
    try {
      const rows = db.prepare('SELECT id, form_id, form_version, channel, language, answers FROM responses').all() as {
        id: string;
        form_id: string;
        form_version: number;
        channel: string;
        language: string;
        answers: string;
      }[];
      expect(rows).toHaveLength(1);
      expect(referenceCode(rows[0]?.id ?? '')).toBe(reference);
      expect(rows[0]).toMatchObject({ form_id: 'shape-services', form_version: 1, channel: 'kiosk', language: 'en' });
      expect(JSON.parse(rows[0]?.answers ?? '{}')).toEqual({
        areas: ['libraries', 'adult-care'],
        listening: 3,
        change: 'Hold meetings in the evening, and say what happened after.',
        involvement: 'group-sessions',
        age: '65-74',
      });
    } finally {
      db.close();
    }

    // An officer signs in and downloads what was collected.
    await signInByApi(context, server.url, await addOfficer(server.databasePath, { role: 'officer' }));
    const csv = await (await context.request.get(`${server.url}/api/responses.csv?form=shape-services`)).text();
    const lines = csv.trim().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('libraries; adult-care');
    expect(lines[1]).toContain('Hold meetings in the evening, and say what happened after.');
    expect(csp).toEqual([]);
  });
});
