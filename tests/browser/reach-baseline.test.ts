import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { useChromium } from '../support/browser-suite.ts';
import { watchCspViolations } from '../support/csp.ts';
import { enrolByApi, sendByApi } from '../support/device-by-api.ts';
import { activate, tabTo } from '../support/keyboard.ts';
import { libraryResponses } from '../support/library-responses.ts';
import { addOfficer, type OfficerCredentials, signInByApi } from '../support/officers.ts';
import { ServerProcess } from '../support/server-process.ts';

// An officer compares who answered "Libraries as community hubs" with the area's population (the demo's
// sample baseline): a chart with a table view of the same figures, the most under-represented groups said
// in words, small groups never shown as a number; and adds a baseline from a CSV file, told each problem by
// line when the file is wrong.

const chromium = useChromium();
let server: ServerProcess;
let officer: OfficerCredentials;
beforeAll(async () => {
  server = await ServerProcess.start();
  officer = await addOfficer(server.databasePath, { role: 'officer' });
  await sendByApi(
    server.url,
    await enrolByApi(server.url, server.databasePath, 'Reach test tablet'),
    libraryResponses(),
  );
});
afterAll(async () => {
  await server?.dispose();
});

async function signedIn(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await chromium.browser.newContext();
  await signInByApi(context, server.url, officer);
  const page = await context.newPage();
  await page.goto(`${server.url}/reach`);
  await page.getByRole('heading', { level: 1, name: 'Reach: who was heard' }).waitFor();
  return { context, page };
}

async function rowText(row: Locator): Promise<string[]> {
  return (await row.locator('th, td').allTextContents()).map((cell) => cell.trim());
}

test('the comparison with the sample baseline is a chart with a table view, missing groups said in words', async () => {
  const { context, page } = await signedIn();
  const csp = watchCspViolations(page);
  try {
    const consultation = page.getByLabel('Consultation');
    await consultation.selectOption('library-hubs');
    const baseline = page.getByLabel('Compare with the population of');
    // The newest baseline is chosen: on a new endpoint, the demo's sample, which says it is not real data.
    await expect
      .poll(() => baseline.locator('option:checked').textContent())
      .toBe('Sample area (illustrative figures, not real data)');
    await activate(page, page.getByRole('button', { name: 'Show reach' }));

    await page.getByRole('heading', { level: 2, name: 'Who answered, compared with the area’s population' }).waitFor();
    await page.getByText('Compared with: Sample area (illustrative figures, not real data)').waitFor();

    const ethnic = page.getByRole('table', { name: 'Ethnic group: responses compared with the area’s population' });
    expect(await ethnic.locator('thead th').allTextContents()).toEqual([
      'Group',
      'Responses',
      'Share of responses',
      'Share of the area',
      'Difference',
    ]);
    expect(await rowText(ethnic.getByRole('row', { name: /^White/ }))).toEqual([
      'White',
      '20',
      '71.4%',
      '81.5%',
      '-10.1 points',
    ]);
    // Black's 2 is hidden, and Asian's 6 with it, or 28 − 20 would give the 2 back; neither has a share.
    expect(await rowText(ethnic.getByRole('row', { name: /^Black/ }))).toEqual([
      'Black, Black British, Black Welsh, Caribbean or African',
      'fewer than 5',
      'at most 10.8%',
      '4%',
      '–',
    ]);
    expect(await rowText(ethnic.getByRole('row', { name: /^Asian/ }))).toEqual([
      'Asian, Asian British or Asian Welsh',
      'hidden, so a small group cannot be worked out',
      'at most 25%',
      '9.5%',
      '–',
    ]);
    expect(await rowText(ethnic.getByRole('row', { name: /^Mixed/ }))).toEqual([
      'Mixed or Multiple ethnic groups Under-represented',
      '0',
      '0%',
      '3%',
      '-3 points',
    ]);

    const ethnicSection = page
      .locator('.equality__measure')
      .filter({ has: page.getByRole('heading', { name: 'Ethnic group' }) });
    await ethnicSection.getByText('28 chose a group; 5 did not (prefer not to say, or no answer).').waitFor();
    await ethnicSection
      .getByText(
        'Most under-represented: Mixed or Multiple ethnic groups (0% of responses, 3% of the area); Other ethnic group (0% of responses, 2% of the area).',
      )
      .waitFor();
    const chart = ethnicSection.getByRole('img', {
      name: 'Ethnic group: bar chart of each group’s share of responses beside its share of the area’s population. The same figures are in the table below.',
    });
    expect(await chart.count()).toBe(1);
    // The chart names each bar and gives its value in words too; a hidden count gets no bar.
    const chartText = await chart.textContent();
    expect(chartText).toContain('Share of responses (filled bar)');
    expect(chartText).toContain('at most 10.8%');
    expect(await chart.locator('rect.equality-chart__responses').count()).toBe(1 + 1); // legend + White

    await page
      .locator('.equality__measure')
      .filter({ has: page.getByRole('heading', { name: 'Sex' }) })
      .getByText('No group is under-represented by this measure.')
      .waitFor();
    // The questions nobody answered say so, with no shares.
    const age = page.getByRole('table', { name: 'Age: responses compared with the area’s population' });
    expect(await rowText(age.getByRole('row', { name: /^16 to 24/ }))).toEqual([
      '16 to 24',
      '0',
      'none chose a group',
      '10.2%',
      '–',
    ]);

    // The table view scrolls inside its own box at 320 px, so the page itself never scrolls sideways.
    await page.setViewportSize({ width: 320, height: 800 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await tabTo(
      page,
      page.getByRole('region', { name: 'Ethnic group: responses compared with the area’s population' }),
    );

    expect(await axeViolations(page)).toEqual([]);
    expect(csp).toEqual([]);
  } finally {
    await context.close();
  }
});

test('adding a baseline from a CSV file lists each problem by line, then takes the corrected file', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'chorus-baseline-'));
  const wrong = join(dir, 'westford.csv');
  writeFileSync(wrong, 'question,category,share\nsex,female,51\nsex,male,4 9\nethnicity,white,80\n');
  const right = join(dir, 'westford-fixed.csv');
  writeFileSync(right, '\uFEFFquestion,category,share\r\nsex,female,0.52\r\nsex,male,0.48\r\n');

  const { context, page } = await signedIn();
  try {
    await page.getByText('Add a population baseline from a CSV file').click();
    await page.getByLabel('Name of the baseline').fill('Westford, Census 2021');
    await page.getByLabel('CSV file').setInputFiles(wrong);
    await activate(page, page.getByRole('button', { name: 'Add baseline' }));

    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await summary.waitFor();
    await expect.poll(() => summary.evaluate((el) => el === document.activeElement)).toBe(true);
    expect((await summary.locator('li').allTextContents()).map((text) => text.trim())).toEqual([
      'The file has 2 problems, so nothing was stored. Correct them and upload the file again.',
      'Line 3: The share "4 9" is not a number. Give a percentage (0 to 100) or a fraction (0 to 1).',
      'Line 4: Unknown question "ethnicity": use one of age, sex, ethnic-group, disability, religion.',
    ]);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByLabel('CSV file').setInputFiles(right);
    await activate(page, page.getByRole('button', { name: 'Add baseline' }));
    await page
      .getByRole('status')
      .getByText('Added the population baseline “Westford, Census 2021” (2 shares). It is chosen above.')
      .waitFor();
    await expect
      .poll(() => page.getByLabel('Compare with the population of').locator('option:checked').textContent())
      .toBe('Westford, Census 2021');
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
  } finally {
    await context.close();
  }
});
