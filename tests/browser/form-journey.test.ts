import Database from 'better-sqlite3';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { EVERY_TYPE_FORM } from '../../src/core/test-fixtures.ts';
import { axeViolations } from '../support/axe.ts';
import { useChromium } from '../support/browser-suite.ts';
import { watchCspViolations } from '../support/csp.ts';
import { enrolTablet } from '../support/enrol-tablet.ts';
import { DEMO_TITLE, startDemo } from '../support/journey.ts';
import { activate, tabTo, toggle, typeInto } from '../support/keyboard.ts';
import { draftRaw, outboxStatus, waitForServiceWorkerControl } from '../support/page-helpers.ts';
import { publishForm } from '../support/publish-form.ts';
import { ServerProcess } from '../support/server-process.ts';

// The resident's journey through every question type, by keyboard alone, with axe on every screen.

const chromium = useChromium();
let server: ServerProcess;
let page: Page;
let csp: string[];

beforeEach(async () => {
  server = await ServerProcess.start();
  await publishForm(server.databasePath, EVERY_TYPE_FORM);
  page = await (await chromium.browser.newContext()).newPage();
  csp = watchCspViolations(page);
  await page.goto(server.url);
  await waitForServiceWorkerControl(page);
  await page.getByRole('heading', { name: 'Every type' }).waitFor();
});
afterEach(async () => {
  expect(csp).toEqual([]); // The enforced Content Security Policy blocked nothing the app needs.
  await page.context().close();
  await server.dispose();
});

const heading = (name: string | RegExp) => page.getByRole('heading', { level: 1, name });
const errorSummary = () => page.getByRole('alert').filter({ hasText: 'There is a problem' });

async function next(name: string | RegExp): Promise<void> {
  await activate(page, page.getByRole('button', { name: 'Continue' }));
  await heading(name).waitFor();
  expect(await axeViolations(page)).toEqual([]);
}

async function expectErrors(...messages: string[]): Promise<void> {
  await activate(page, page.getByRole('button', { name: 'Continue' }));
  await errorSummary().waitFor();
  await expect.poll(() => page.title()).toMatch(/^Error: /);
  for (const message of messages) await errorSummary().getByRole('link', { name: message }).waitFor();
  expect(await axeViolations(page)).toEqual([]);
}

test('every question type answered by keyboard alone, with errors, logic and a change from "Check your answers"', async () => {
  await enrolTablet(page, server.url, server.databasePath); // So that the response can be sent.
  await page.goto(server.url);
  await page.getByRole('heading', { name: 'Every type' }).waitFor();
  await activate(page, page.getByRole('link', { name: 'Start: Every type' }));
  await heading('Every type').waitFor();
  expect(await axeViolations(page)).toEqual([]);

  // Languages named in themselves; text not yet translated says so and falls back to the form's language.
  await tabTo(page, page.getByRole('radio', { name: 'English' }));
  await page.keyboard.press('ArrowDown');
  await heading('Pob math').waitFor();
  // Choosing Welsh here changes the screens' language too, so the notice is in Welsh.
  await page
    .getByText(
      'Nid yw popeth ar gael yn yr iaith a ddewiswyd (Cymraeg) eto, felly mae rhywfaint ohono yn yr iaith wreiddiol (English).',
    )
    .waitFor();
  await page.keyboard.press('ArrowUp');
  await heading('Every type').waitFor();
  await toggle(page, page.getByRole('checkbox', { name: /Easy Read/ }));
  await heading('All the kinds of question').waitFor();
  expect(await axeViolations(page)).toEqual([]);
  await activate(page, page.getByRole('link', { name: 'Start now' }));

  await heading('About this').waitFor();
  // Eleven screens while the consent question is hidden (two short questions share one).
  expect(await page.getByText('Question 1 of 11').count()).toBe(1);
  await next('Bench colour?');

  // Single choice with "Other": required; the error summary's link takes focus to the field.
  await expectErrors('Select an answer');
  await activate(page, errorSummary().getByRole('link', { name: 'Select an answer' }));
  await expect
    .poll(() => page.getByRole('radio', { name: 'Red' }).evaluate((el) => el === document.activeElement))
    .toBe(true);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await typeInto(page, page.getByRole('textbox', { name: 'Please tell us' }), 'Green');
  await next('Which pets do you have?');

  // Multiple choice: at most two; "None of these" clears the others and they clear it.
  for (const pet of ['Cat', 'Dog', 'Fish']) await toggle(page, page.getByRole('checkbox', { name: pet }));
  await expectErrors('Select no more than 2 answers');
  await toggle(page, page.getByRole('checkbox', { name: 'None of these' }));
  // The others are cleared by a re-render after the key press: wait for it.
  for (const pet of ['Cat', 'Dog', 'Fish'])
    await expect.poll(() => page.getByRole('checkbox', { name: pet }).isChecked()).toBe(false);
  await toggle(page, page.getByRole('checkbox', { name: 'Cat' }));
  await expect.poll(() => page.getByRole('checkbox', { name: 'None of these' }).isChecked()).toBe(false);
  await toggle(page, page.getByRole('checkbox', { name: 'Dog' }));
  await next(/Your first name/);

  await typeInto(page, page.getByRole('textbox', { name: /Your first name/ }), 'Sam');
  await next(/Tell us more/);
  await typeInto(page, page.getByRole('textbox', { name: /Tell us more/ }), 'The park is lovely in spring.');
  await page.getByText('You have 971 characters remaining').waitFor();
  await next(/How many hours a day/);

  // Two short questions on one screen: a number and a date, both checked on Continue.
  await typeInto(page, page.getByRole('textbox', { name: /How many hours a day/ }), '25');
  await typeInto(page, page.getByRole('textbox', { name: 'Day', exact: true }), '31');
  await typeInto(page, page.getByRole('textbox', { name: 'Month', exact: true }), '2');
  await typeInto(page, page.getByRole('textbox', { name: 'Year', exact: true }), '2026');
  await expectErrors('Enter a number between 0 and 24', 'Enter a real date, for example 27 3 2026');
  await typeInto(page, page.getByRole('textbox', { name: /How many hours a day/ }), '3');
  await typeInto(page, page.getByRole('textbox', { name: 'Day', exact: true }), '1');
  await typeInto(page, page.getByRole('textbox', { name: 'Month', exact: true }), '5');
  await next(/How happy are you with the park/);

  await tabTo(page, page.getByRole('radio', { name: /^1 – Not happy/ }));
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
  await expect.poll(() => page.getByRole('radio', { name: '4', exact: true }).isChecked()).toBe(true);
  await next(/Put these in order/);

  // Ranking without dragging: focus stays with the item that moved, and its new place is announced.
  await activate(page, page.getByRole('button', { name: 'Move up Schools' }));
  await page.keyboard.press('Enter');
  await page.getByText('Schools moved to position 1 of 3').waitFor();
  await expect
    .poll(() => page.getByRole('button', { name: 'Move down Schools' }).evaluate((el) => el === document.activeElement))
    .toBe(true);
  await expect
    .poll(() => page.getByRole('listitem').allTextContents())
    .toEqual([expect.stringContaining('Schools'), expect.stringContaining('Parks'), expect.stringContaining('Roads')]);
  await next(/Share 10 points/);

  await typeInto(page, page.getByRole('textbox', { name: 'Parks' }), '6');
  await typeInto(page, page.getByRole('textbox', { name: 'Schools' }), '5');
  await page.getByText('You have used 11 of 10 points').waitFor();
  await expectErrors('Your points must add up to 10. You have used 11.');
  await typeInto(page, page.getByRole('textbox', { name: 'Parks' }), '5');
  await next('May we contact you about this?');

  // Show-if: the consent question appears only after "Yes".
  await tabTo(page, page.getByRole('radio', { name: 'Yes' }));
  await page.keyboard.press('Space');
  await next('Your agreement');
  expect(await page.getByText('Question 11 of 12').count()).toBe(1); // Logic added a screen.
  await page.getByText('I agree that the council may contact me about this consultation.').waitFor();
  expect(await page.getByRole('checkbox', { name: 'I agree' }).isChecked()).toBe(false);
  await expectErrors('Tick the box if you agree');
  await toggle(page, page.getByRole('checkbox', { name: 'I agree' }));
  await next(/Your postcode district/);

  await typeInto(page, page.getByRole('textbox', { name: /Your postcode district/ }), 'rg14 5ab');
  await expectErrors('Enter only the first part of a postcode, like RG14');
  await typeInto(page, page.getByRole('textbox', { name: /Your postcode district/ }), 'rg14');
  await next('Check your answers');

  for (const line of [
    'Other: Green',
    'Cat',
    'Sam',
    '3 hours',
    '1 May 2026',
    '1. Schools',
    'Parks: 5',
    'Agreed',
    'RG14',
  ]) {
    await page.getByRole('definition').getByText(line, { exact: true }).first().waitFor();
  }

  // Changing "Yes" to "No" hides the consent question; its answer is dropped from the response.
  await activate(page, page.getByRole('link', { name: 'Change May we contact you about this?' }));
  await heading('May we contact you about this?').waitFor();
  await tabTo(page, page.getByRole('radio', { name: 'Yes' }));
  await page.keyboard.press('ArrowDown');
  await next('Check your answers');
  expect(await page.getByRole('term').filter({ hasText: 'Your agreement' }).count()).toBe(0);
  await activate(page, page.getByRole('button', { name: 'Submit' }));
  await page.getByRole('heading', { name: 'Thank you' }).waitFor();
  expect(await axeViolations(page)).toEqual([]);

  await expect.poll(() => outboxStatus(page).textContent(), { timeout: 30_000 }).toContain('All responses sent');
  const db = new Database(server.databasePath, { readonly: true });
  try {
    const row = db.prepare("SELECT language, answers FROM responses WHERE form_id = 'every-type'").get() as {
      language: string;
      answers: string;
    };
    expect(row.language).toBe('en');
    expect(JSON.parse(row.answers)).toEqual({
      colour: { other: 'Green' },
      pets: ['cat', 'dog'],
      name: 'Sam',
      story: 'The park is lovely in spring.',
      hours: 3,
      visited: '2026-05-01',
      satisfaction: 4,
      priorities: ['schools', 'parks', 'roads'],
      budget: { points: { parks: 5, schools: 5 } },
      contact: 'no',
      district: 'RG14',
    });
  } finally {
    db.close();
  }
});

test('"Start again" asks first, then discards the answers given so far', async () => {
  await startDemo(page);
  await toggle(page, page.getByRole('checkbox', { name: 'Adult social care' }));
  await expect.poll(async () => (await draftRaw(page, 'shape-services'))?.answers).toEqual({ areas: ['adult-care'] });
  await activate(page, page.getByRole('link', { name: 'Back', exact: true }));
  await heading(DEMO_TITLE).waitFor();

  await activate(page, page.getByRole('button', { name: 'Start again' }));
  await page.getByRole('heading', { name: 'Are you sure you want to start again?' }).waitFor();
  expect(await axeViolations(page)).toEqual([]);
  await activate(page, page.getByRole('button', { name: 'No, keep the answers' }));
  await activate(page, page.getByRole('link', { name: 'Continue where you left off' }));
  await expect.poll(() => page.getByRole('checkbox', { name: 'Adult social care' }).isChecked()).toBe(true);

  await activate(page, page.getByRole('link', { name: 'Back', exact: true }));
  await activate(page, page.getByRole('button', { name: 'Start again' }));
  await activate(page, page.getByRole('button', { name: 'Yes, delete the answers and start again' }));
  await heading('Which services would you most like to help shape?').waitFor();
  expect(await page.getByRole('checkbox', { name: 'Adult social care' }).isChecked()).toBe(false);
  await expect.poll(async () => (await draftRaw(page, 'shape-services'))?.answers ?? {}).toEqual({});
});
