import Database from 'better-sqlite3';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import { referenceCode } from '../../src/core/reference-code.ts';
import { EVERY_TYPE_FORM } from '../../src/core/test-form-every-type.ts';
import { useChromium } from '../support/browser-suite.ts';
import { activate, tabTo, toggle, typeInto } from '../support/keyboard.ts';
import { chooseRadio, expectAccessible, focused } from '../support/officer-screens.ts';
import { addOfficer, type OfficerCredentials } from '../support/officers.ts';
import { ServerProcess } from '../support/server-process.ts';
import { GREEN_PNG, withPicture } from '../support/test-picture.ts';

// Paper returns (issue 8): every question type prints as a clean A4 questionnaire with tick boxes and a
// reference code on each copy; returned sheets are keyed by keyboard alone in a double-entry batch, a
// disagreement is flagged question by question and resolved, and each sheet is stored once as a paper response.

const chromium = useChromium();
let server: ServerProcess;
let officer: OfficerCredentials;
let context: BrowserContext;

beforeAll(async () => {
  server = await ServerProcess.start();
  officer = await addOfficer(server.databasePath, { role: 'officer', name: 'Olive Officer' });
  // Published through the API, as an officer's publishing tool does.
  const api = await chromium.browser.newContext();
  const session = await api.request.post(`${server.url}/api/session`, { data: officer });
  const { csrfToken } = (await session.json()) as { csrfToken: string };
  const picture = await api.request.post(`${server.url}/api/forms/images`, {
    data: GREEN_PNG,
    headers: { 'X-CSRF-Token': csrfToken, 'Content-Type': 'image/png' },
  });
  expect(picture.status()).toBe(201);
  const { src } = (await picture.json()) as { src: string };
  const published = await api.request.post(`${server.url}/api/forms`, {
    data: withPicture(EVERY_TYPE_FORM, src),
    headers: { 'X-CSRF-Token': csrfToken },
  });
  expect(published.status()).toBe(201);
  await api.close();
});
afterAll(async () => {
  await server?.dispose();
});
afterEach(async () => {
  await context?.close();
});

async function signedIn(path: string, heading: string | RegExp, width = 1024): Promise<Page> {
  context = await chromium.browser.newContext({ viewport: { width, height: 900 } });
  await context.request.post(`${server.url}/api/session`, { data: officer });
  const page = await context.newPage();
  await page.goto(`${server.url}${path}`);
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  return page;
}

/** What overflows the printable width: elements whose box ends past the page's own width. */
function clipped(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    return [...document.querySelectorAll('.paper-copies *')]
      .filter((el) => {
        const box = el.getBoundingClientRect();
        return box.width > 0 && (box.right > width + 0.5 || box.left < -0.5);
      })
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}: ${el.textContent?.slice(0, 40)}`);
  });
}

test('every question type prints with tick boxes, routing in words and a reference code on each copy, standard and large', async () => {
  const page = await signedIn('/officer/paper/every-type/print', 'Print “Every type”');
  const copy = page.getByRole('article').first();
  for (const question of EVERY_TYPE_FORM.questions) {
    await copy
      .getByText(question.label.en as string, { exact: false })
      .first()
      .waitFor();
  }
  await copy.getByRole('heading', { name: /^1\. Which colour should the benches be\? *$/ }).waitFor();
  await copy.getByText('Tick one box').first().waitFor();
  await copy.getByText('Tick up to 2').waitFor();
  await copy.getByText('Write the date in the boxes: day, month, year').waitFor();
  await copy.getByText('Write 1 next to the most important', { exact: false }).waitFor();
  await copy.getByText('Share 10 points between these', { exact: false }).waitFor();
  await copy.getByText('Answer this only if you answered “Yes” to question 10.').waitFor();
  await copy.getByText('How we use your answers').waitFor();
  expect(await copy.locator('.paper-box').count()).toBeGreaterThan(30);
  const codes = copy.locator('.paper-reference__code');
  expect(await codes.count()).toBe(2); // The box at the top of every page, and the slip.
  const code = (await codes.first().textContent()) ?? '';
  expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
  expect(await codes.last().textContent()).toBe(code);
  // In the copy's thead, which the browser repeats at the top of every printed page the copy spans.
  expect(await copy.locator('thead .paper-reference__code').textContent()).toBe(code);
  await expectAccessible(page);

  // In Welsh: the printed instructions come from the Welsh screen text, the form's own words from its Welsh.
  await tabTo(page, page.getByLabel('Language'));
  await page.keyboard.type('Cym');
  await page.locator('.paper-copies[lang="cy"]').waitFor();
  await copy.getByRole('heading', { name: 'Pob math' }).waitFor();
  await copy.getByText('Ticiwch un blwch').first().waitFor();
  await expectAccessible(page);
  await tabTo(page, page.getByLabel('Language'));
  await page.keyboard.press('ArrowUp');
  await copy.getByText('Tick one box').first().waitFor();

  // Two copies, by keyboard: each has its own code.
  await typeInto(page, page.getByLabel('Number of copies'), '2');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: '2 copies to print' }).waitFor();
  const both = page.locator('.paper-copy .paper-reference .paper-reference__code');
  await expect.poll(async () => new Set(await both.allTextContents()).size).toBe(2);

  // Printed on A4: the app's own parts are gone, nothing is wider than the printable width (180 mm).
  await page.setViewportSize({ width: 680, height: 900 });
  await page.emulateMedia({ media: 'print' });
  expect(await page.locator('.officer-bar').isVisible()).toBe(false);
  expect(await page.getByRole('button', { name: 'Print' }).isVisible()).toBe(false);
  expect(await clipped(page)).toEqual([]);
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  // Each copy starts on a new page: at least one page per copy.
  expect((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBeGreaterThanOrEqual(2);

  // Large print: at least 16 pt (21.3 CSS px), still nothing clipped.
  await page.emulateMedia({ media: 'screen' });
  await page.setViewportSize({ width: 1024, height: 900 });
  await chooseRadio(page, page.getByRole('group', { name: 'Print size' }), 'Large print');
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: 680, height: 900 });
  // The print size reaches the copies in a re-render after the key press: wait for it.
  const size = () => page.locator('.paper-copies').evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
  await expect.poll(size).toBeGreaterThanOrEqual(21.3);
  expect(await clipped(page)).toEqual([]);
  expect((await page.pdf({ format: 'A4' })).subarray(0, 5).toString()).toBe('%PDF-');
  await page.emulateMedia({ media: 'screen' });
  await expectAccessible(page);
  // On screen the preview reflows at 320 px, large print too.
  await page.setViewportSize({ width: 320, height: 800 });
  await expectAccessible(page);
});

/** Keys one sheet by keyboard alone, starting with the focus on the reference field. */
async function keySheet(page: Page, reference: string, contact: 'Yes' | 'No', name: string, shown = reference) {
  await typeInto(page, page.getByLabel('Reference code'), reference);
  await chooseRadio(page, page.getByRole('group', { name: /Which colour/ }), 'Red');
  await toggle(page, page.getByRole('checkbox', { name: 'Cat' }));
  await typeInto(page, page.getByLabel(/Your first name/), name);
  // The ranking as written beside each choice: Roads 1, Schools 2, Parks 3.
  const ranking = page.getByRole('group', { name: /Put these in order/ });
  for (const [choice, rank] of [
    ['Parks', '3'],
    ['Roads', '1'],
    ['Schools', '2'],
  ] as const) {
    await typeInto(page, ranking.getByLabel(choice), rank);
  }
  await chooseRadio(page, page.getByRole('group', { name: /May we contact you/ }), contact);
  if (contact === 'Yes') await toggle(page, page.getByRole('checkbox', { name: 'I agree' }));
  await typeInto(page, page.getByLabel(/Your postcode district/), 'rg14');
  await page.keyboard.press('Enter');
  await page.getByRole('status').getByText(`Sheet ${shown} `, { exact: false }).waitFor();
  await expect.poll(() => focused(page)).toBe('input: Reference code');
}

test('a double-entry batch keyed by keyboard alone: agreement stored, disagreement flagged then resolved', async () => {
  const page = await signedIn('/officer/paper', 'Paper returns');
  await expectAccessible(page);
  await tabTo(page, page.getByLabel('Consultation'));
  await page.keyboard.type('Every');
  await typeInto(page, page.getByLabel('Event'), 'Library drop-in');
  await chooseRadio(page, page.getByRole('group', { name: 'How will the sheets be keyed?' }), 'Double entry');
  await activate(page, page.getByRole('button', { name: 'Start the batch' }));
  await page.getByRole('heading', { level: 1, name: 'Paper returns: Library drop-in' }).waitFor();
  const batchId = page.url().split('/').pop() as string;
  await expectAccessible(page);

  await activate(page, page.getByRole('link', { name: 'Key sheets' }));
  await page.getByRole('heading', { level: 1, name: 'Key paper sheets' }).waitFor();
  await page.getByText('Keying 1 of the batch', { exact: false }).waitFor();

  // A wrong answer is caught as a tablet would catch it, with the error summary linked to the field.
  await typeInto(page, page.getByLabel(/How many hours/), '30');
  await typeInto(page, page.getByRole('group', { name: /Put these in order/ }).getByLabel('Parks'), '1');
  await typeInto(page, page.getByRole('group', { name: /Put these in order/ }).getByLabel('Roads'), '1');
  await page.keyboard.press('Enter');
  const summary = page.getByRole('alert');
  await summary.getByRole('link', { name: 'Question 5: Enter a number between 0 and 24' }).waitFor();
  await summary.getByRole('link', { name: /^Question 8: Give each choice a different number from 1 to 3/ }).waitFor();
  await expect.poll(() => page.title()).toMatch(/^Error: Key paper sheets/);
  await expectAccessible(page);
  await activate(page, summary.getByRole('link', { name: /Question 5/ }));
  await expect.poll(() => focused(page)).toMatch(/^input: 5\. How many hours/);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Backspace');
  for (const choice of ['Parks', 'Roads']) {
    await typeInto(page, page.getByRole('group', { name: /Put these in order/ }).getByLabel(choice), '');
  }
  await tabTo(page, page.getByLabel('Reference code'), { backwards: true });

  // First keying of both sheets, then the second keying: sheet 1 agrees, sheet 2 does not.
  await keySheet(page, '7ZK3-Q9M1', 'Yes', 'Sam');
  await keySheet(page, '4HMA-SW9B', 'Yes', 'Kim');
  await page.getByText('Keying 3 of the batch', { exact: false }).waitFor();
  await keySheet(page, '7zk3 q9m1', 'Yes', 'Sam', '7ZK3-Q9M1');
  await page.getByRole('status').getByText('both keyings agree', { exact: false }).waitFor();
  await keySheet(page, '4HMA-SW9B', 'No', 'Kim');
  await page.getByRole('status').getByText('flagged for review', { exact: false }).waitFor();

  await activate(page, page.getByRole('link', { name: 'Back to the batch “Library drop-in”' }));
  await page.getByRole('heading', { level: 1, name: 'Paper returns: Library drop-in' }).waitFor();
  const count = (label: string) => page.locator('.paper-counts div', { hasText: label }).locator('dd').textContent();
  // The batch's counts load after its heading: wait for them.
  await expect.poll(() => count('Keyed twice and agreed'), { timeout: 15_000 }).toBe('1');
  await expect.poll(() => count('Disagreements to resolve'), { timeout: 15_000 }).toBe('1');
  await expect.poll(() => count('Stored as responses'), { timeout: 15_000 }).toBe('1');
  const flagged = page.getByRole('region', { name: 'Sheet 4HMA-SW9B' });
  await flagged.getByText('Question 10: first entry “Yes”, second entry “No”').waitFor();
  await flagged.getByText('Question 11: first entry “Agreed”, second entry “Not answered”').waitFor();
  await expectAccessible(page);

  await activate(page, page.getByRole('link', { name: 'Resolve sheet 4HMA-SW9B' }));
  await page.getByRole('heading', { level: 1, name: 'Resolve sheet 4HMA-SW9B' }).waitFor();
  await expectAccessible(page);
  await activate(page, page.getByRole('button', { name: 'Use the second entry: “No”' }));
  await activate(page, page.getByRole('button', { name: 'Save the resolved sheet' }));
  await page.getByRole('heading', { level: 1, name: 'Paper returns: Library drop-in' }).waitFor();
  await page.getByText('Sheet 4HMA-SW9B saved as a response.').waitFor();
  // The message can show before the batch has loaded again: wait for the new counts.
  await expect.poll(() => count('Disagreements to resolve'), { timeout: 15_000 }).toBe('0');
  await expect.poll(() => count('Stored as responses'), { timeout: 15_000 }).toBe('2');
  await page.getByText('No disagreements to resolve.').waitFor();

  // The keying screen reflows at 320 px: nothing scrolls sideways.
  await page.setViewportSize({ width: 320, height: 800 });
  await activate(page, page.getByRole('link', { name: 'Key sheets' }));
  await page.getByRole('heading', { level: 1, name: 'Key paper sheets' }).waitFor();
  await expectAccessible(page);

  // Each sheet once in the endpoint's SQLite file, from paper, with its batch and its printed reference.
  const db = new Database(server.databasePath, { readonly: true });
  try {
    const rows = db
      .prepare('SELECT id, channel, paper_batch, device_id, event, answers FROM responses ORDER BY seq')
      .all() as {
      id: string;
      channel: string;
      paper_batch: string;
      device_id: string;
      event: string;
      answers: string;
    }[];
    expect(rows.map((r) => referenceCode(r.id))).toEqual(['7ZK3-Q9M1', '4HMA-SW9B']);
    for (const row of rows) {
      expect(row).toMatchObject({
        channel: 'paper',
        paper_batch: batchId,
        device_id: `paper:${batchId}`,
        event: 'Library drop-in',
      });
    }
    expect(JSON.parse(rows[1]?.answers ?? '{}')).toEqual({
      colour: 'red',
      pets: ['cat'],
      name: 'Kim',
      priorities: ['roads', 'schools', 'parks'],
      contact: 'no',
      district: 'RG14',
    });
  } finally {
    db.close();
  }
});
