import Database from 'better-sqlite3';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { useChromium } from '../support/browser-suite.ts';
import { watchCspViolations } from '../support/csp.ts';
import { enrolTablet } from '../support/enrol-tablet.ts';
import { activate, tabTo, toggle, typeInto } from '../support/keyboard.ts';
import { chooseRadio, expectAccessible, focused } from '../support/officer-screens.ts';
import { addOfficer, type OfficerCredentials, signInByApi } from '../support/officers.ts';
import { waitForServiceWorkerControl } from '../support/page-helpers.ts';
import { ServerProcess } from '../support/server-process.ts';
import { GREEN_PNG } from '../support/test-picture.ts';

// Issue 9: an officer, by keyboard alone, writes a consultation with logic and a second language, previews it
// in that language (and right to left), fixes what the checks list and publishes it; a kiosk tablet answers
// it offline and sends the answers when back online; then the officer publishes version 2, and version 1's
// response is still in the export with its version.

const chromium = useChromium();
let server: ServerProcess;
let officer: OfficerCredentials;
let officerContext: BrowserContext;
let page: Page;

beforeAll(async () => {
  server = await ServerProcess.start();
  officer = await addOfficer(server.databasePath, { role: 'officer', name: 'Olu Officer' });
});
afterAll(async () => {
  await officerContext?.close();
  await server?.dispose();
});

const h1 = (name: string | RegExp) => page.getByRole('heading', { level: 1, name });
const status = () => page.getByRole('status').filter({ hasText: /Saved at|Saving|Not saved|saved as you make/ });

/** Picks an option of a closed <select> with the arrow keys, as a keyboard user does. */
async function chooseOption(select: Locator, label: string): Promise<void> {
  await tabTo(page, select);
  // Options that depend on an earlier choice come in a re-render: wait for this one before reading them all.
  await expect.poll(() => select.locator('option').allTextContents()).toContain(label);
  const options = await select.locator('option').allTextContents();
  const target = options.indexOf(label);
  for (let i = 0; i < options.length * 2; i++) {
    const current = await select.evaluate((el) => (el as HTMLSelectElement).selectedIndex);
    if (current === target) return;
    await page.keyboard.press(current < target ? 'ArrowDown' : 'ArrowUp');
  }
  throw new Error(`The arrow keys never reached "${label}" in ${select}`);
}

async function saved(): Promise<void> {
  await expect.poll(() => status().textContent(), { timeout: 10_000 }).toMatch(/^Saved at \d\d:\d\d$/);
}

// biome-ignore lint/suspicious/noExplicitAny: the draft as JSON, read only to compare.
async function savedDraft(): Promise<any> {
  return (await (await officerContext.request.get(`${server.url}/api/forms/drafts/park-visits`)).json()).draft.form;
}

function storedResponses(formId: string): { form_version: number; answers: string }[] {
  const db = new Database(server.databasePath, { readonly: true });
  try {
    return db.prepare('SELECT form_version, answers FROM responses WHERE form_id = ? ORDER BY seq').all(formId) as {
      form_version: number;
      answers: string;
    }[];
  } finally {
    db.close();
  }
}

test('an officer builds, translates, previews and publishes a consultation by keyboard; a kiosk answers it offline; version 2 keeps version 1 responses', async () => {
  officerContext = await chromium.browser.newContext({ locale: 'en-GB', viewport: { width: 1000, height: 900 } });
  await signInByApi(officerContext, server.url, officer);
  page = await officerContext.newPage();
  const csp = watchCspViolations(page);
  await page.goto(`${server.url}/officer`);
  await h1('Officer home').or(h1(/.+/)).first().waitFor();

  // The area is on the officer's home page; the list of consultations has the demo ones.
  await activate(page, page.getByRole('link', { name: 'Consultations', exact: true }).last());
  await h1('Consultations').waitFor();
  await page.getByRole('heading', { level: 2, name: 'Which council services should we shape together?' }).waitFor();
  await expectAccessible(page);

  // New consultation: the code is made from the title.
  await activate(page, page.getByRole('link', { name: 'New consultation' }));
  await h1('New consultation').waitFor();
  await typeInto(page, page.getByLabel('Title'), 'Park visits');
  // Made from the title in a re-render after the typing: wait for it.
  await expect.poll(() => page.getByLabel('Code').inputValue()).toBe('park-visits');
  await expectAccessible(page);
  await activate(page, page.getByRole('button', { name: 'Start writing' }));

  // Details.
  await h1('Details: Park visits').waitFor();
  await expectAccessible(page);
  await typeInto(page, page.getByLabel('What it is for'), 'Help us plan the future of Victoria Park.');
  await typeInto(page, page.getByLabel('Who is asking'), 'Parks team, Test Borough Council');
  await tabTo(page, page.getByLabel('Closing date (optional)'));
  // The date box's fields follow the browser's own order (month first in the United States).
  const closing = page.getByLabel('Closing date (optional)');
  await page.keyboard.type('01312027');
  if ((await closing.inputValue()) !== '2027-01-31') {
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.type('31012027');
  }
  await expect.poll(() => closing.inputValue()).toBe('2027-01-31');
  await typeInto(page, page.getByLabel('Who collects the answers'), 'Test Borough Council, parks@test.example');
  await typeInto(page, page.getByLabel('Why, and on what lawful basis'), 'To plan the park: public task.');
  await typeInto(page, page.getByLabel('How long answers are kept'), 'Two years.');
  // "Residents' rights" is left empty: the checks will list it.
  await saved();

  // Questions: a single choice, a short text shown only for one answer, a yes/no.
  await activate(page, page.getByRole('link', { name: 'Questions' }));
  await h1('Questions: Park visits').waitFor();
  await expect.poll(() => focused(page)).toBe('h1: Questions: Park visits');
  await page.getByText('There are no questions yet.').waitFor();
  await expectAccessible(page);

  await activate(page, page.getByRole('button', { name: 'Add a question' }));
  await expect.poll(() => focused(page)).toBe('input: Question');
  await page.keyboard.type('How often do you visit the park?');
  await expect.poll(() => page.getByLabel('Question code').inputValue()).toBe('how-often-do-you-visit-the-park');
  await typeInto(page, page.getByLabel('Question code'), 'visits');
  await toggle(page, page.getByLabel('An answer is required'));
  await typeInto(page, page.getByLabel('Choice 1', { exact: true }), 'Every week');
  await expect.poll(() => page.getByLabel('Code of choice 1').inputValue()).toBe('every-week');
  await typeInto(page, page.getByLabel('Choice 2', { exact: true }), 'Hardly ever');
  await expectAccessible(page);
  // The first question has nothing before it to depend on.
  await page.getByText('There is no question before this one to depend on').waitFor();

  await chooseOption(page.getByLabel('Type of question to add'), 'Short text');
  await activate(page, page.getByRole('button', { name: 'Add a question' }));
  await expect.poll(() => focused(page)).toBe('input: Question');
  await page.keyboard.type('What would make your visits better?');
  await typeInto(page, page.getByLabel('Question code'), 'better');
  // Show-if with the pickers: only the question before it is offered.
  await activate(page, page.getByRole('button', { name: 'Add a condition' }));
  const conditionQuestion = page.getByLabel('Condition 1: question');
  // The condition's pickers appear in a re-render after the key press, and allTextContents does not wait.
  await expect
    .poll(() => conditionQuestion.locator('option').allTextContents())
    .toEqual(['Choose a question', 'How often do you visit the park?']);
  await chooseOption(conditionQuestion, 'How often do you visit the park?');
  await expect
    .poll(() => page.getByLabel('Condition', { exact: true }).locator('option').allTextContents())
    .toEqual(['is answered', 'is', 'is one of']);
  await chooseOption(page.getByLabel('Answer', { exact: true }), 'Every week');
  await expectAccessible(page);

  await chooseOption(page.getByLabel('Type of question to add'), 'Yes or no');
  await activate(page, page.getByRole('button', { name: 'Add a question' }));
  await expect.poll(() => focused(page)).toBe('input: Question');
  await page.keyboard.type('Would you like to hear about the results?');
  // Saved on the endpoint as typed (autosave), the condition as the pickers built it.
  await expect
    .poll(async () => (await savedDraft()).questions.map((q: { id: string; showIf?: unknown }) => [q.id, q.showIf]), {
      timeout: 10_000,
    })
    .toEqual([
      ['visits', undefined],
      ['better', { equals: { question: 'visits', value: 'every-week' } }],
      ['would-you-like-to-hear-about-the-results', undefined],
    ]);
  await saved();

  // A condition on a later question is refused: the text question cannot move above the one it depends on.
  await activate(page, page.getByRole('button', { name: 'Move up: What would make your visits better?' }));
  await page.getByRole('alert').filter({ hasText: 'can only depend on questions before it' }).waitFor();
  // The yes/no question moves up; the focus follows it and the move is announced.
  await activate(page, page.getByRole('button', { name: 'Move up: Would you like to hear about the results?' }));
  await page.getByRole('status').filter({ hasText: 'Moved to position 2 of 3' }).waitFor();
  await expect.poll(() => focused(page)).toBe('button: Move up: Would you like to hear about the results?');
  await page.getByRole('button', { name: /^Question 2: Would you like to hear about the results\?/ }).waitFor();
  await expectAccessible(page);

  // Duplicate makes a copy with its own code; deleting asks first, names the questions that depend on it,
  // and the focus lands on the question now in its place.
  await activate(page, page.getByRole('button', { name: 'Duplicate: How often do you visit the park?' }));
  await page.getByRole('status').filter({ hasText: 'Copy added as question 2' }).waitFor();
  await expect.poll(() => page.getByLabel('Question code').inputValue()).toBe('visits-copy');
  await activate(page, page.getByRole('button', { name: 'Delete: How often do you visit the park?' }).first());
  await expect.poll(() => focused(page)).toBe('h4: Delete “How often do you visit the park?”?');
  await page.getByText('their conditions will be removed: What would make your visits better?').waitFor();
  await expectAccessible(page);
  await activate(page, page.getByRole('button', { name: 'No, keep it' }));
  await expect
    .poll(() => focused(page))
    .toBe('button: Question 1: How often do you visit the park? (One choice (radios))');
  await activate(page, page.getByRole('button', { name: 'Delete: How often do you visit the park?' }).last());
  await activate(page, page.getByRole('button', { name: 'Yes, delete “How often do you visit the park?”' }));
  await page.getByRole('status').filter({ hasText: 'Deleted “How often do you visit the park?”' }).waitFor();
  await expect
    .poll(() => focused(page))
    .toBe('button: Question 2: Would you like to hear about the results? (Yes or no)');
  await expect
    .poll(() => page.getByRole('button', { name: /^Question \d: / }).allTextContents())
    .toEqual([
      'Question 1: How often do you visit the park? (One choice (radios))',
      'Question 2: Would you like to hear about the results? (Yes or no)',
      'Question 3: What would make your visits better? (Short text)',
    ]);
  await saved();

  // Translations side by side: Welsh, partly, with its completeness figure; Arabic right to left.
  await activate(page, page.getByRole('link', { name: 'Translations' }));
  await h1('Translations: Park visits').waitFor();
  await page.getByText(/^Cymraeg \(cy\): 0 of \d+ texts, 0%$/).waitFor();
  await typeInto(page, page.getByLabel('Cymraeg (cy): Title'), 'Ymweliadau â’r parc');
  await typeInto(
    page,
    page.getByLabel('Cymraeg (cy): Question 1 (How often do you visit the park?): question'),
    'Pa mor aml ydych chi’n ymweld â’r parc?',
  );
  await typeInto(page, page.getByLabel(/^Cymraeg \(cy\): Question 1 .*: choice 1$/), 'Bob wythnos');
  await typeInto(page, page.getByLabel(/^Cymraeg \(cy\): Question 1 .*: choice 2$/), 'Prin byth');
  await page.getByText(/^Cymraeg \(cy\): 4 of \d+ texts, \d+%$/).waitFor();
  await expectAccessible(page);
  await chooseOption(page.getByLabel('Language to translate into'), 'العربية (ar)');
  const arabicTitle = page.getByLabel('العربية (ar): Title');
  await typeInto(page, arabicTitle, 'زيارات الحديقة');
  expect(await arabicTitle.getAttribute('dir')).toBe('rtl');
  expect(await arabicTitle.getAttribute('lang')).toBe('ar');
  await expectAccessible(page);
  await saved();

  // Preview, in Welsh, then Arabic right to left at 200%: the resident's own screens, answers not kept.
  await activate(page, page.getByRole('link', { name: 'Preview' }));
  await h1('Preview: Park visits').waitFor();
  const preview = page.getByRole('region', { name: 'Preview' });
  await preview.getByRole('heading', { level: 1, name: 'Park visits' }).waitFor();
  await preview.getByText('Closes on 31 January 2027').waitFor();
  await chooseOption(page.getByLabel('Language', { exact: true }), 'Cymraeg (cy)');
  // The kiosk's own words are in Welsh too, the officer screens stay English.
  await preview.getByRole('heading', { level: 1, name: 'Ymweliadau â’r parc' }).waitFor();
  // (The month's name is as the browser's own Intl data has it: Chromium's may lack Welsh month names.)
  await preview.getByText(/^Yn cau ar 31 \S+ 2027$/).waitFor();
  await page.getByRole('link', { name: 'Check and publish' }).waitFor();
  await activate(page, preview.getByRole('button', { name: 'Dechrau nawr' }));
  await preview.getByRole('heading', { level: 1, name: 'Pa mor aml ydych chi’n ymweld â’r parc?' }).waitFor();
  await preview.getByRole('radio', { name: 'Bob wythnos' }).waitFor();
  await activate(page, preview.getByRole('button', { name: 'Parhau' }));
  await preview.getByRole('alert').filter({ hasText: 'Mae problem' }).waitFor();
  await expectAccessible(page);
  await chooseOption(page.getByLabel('Language', { exact: true }), 'العربية (ar)');
  // The preview turns in a re-render after the key press: wait for it.
  await expect.poll(() => preview.getAttribute('dir')).toBe('rtl');
  await expect.poll(() => preview.getAttribute('lang')).toBe('ar');
  await preview.getByRole('button', { name: 'متابعة' }).waitFor();
  // Only the preview turns right to left, not the officer's page.
  expect(await page.evaluate(() => document.documentElement.dir)).toBe('ltr');
  await chooseRadio(page, page.getByRole('group', { name: 'Text size' }), '200%');
  await expect.poll(() => preview.evaluate((el) => (el as HTMLElement).style.fontSize)).toBe('200%');
  await expectAccessible(page);

  // Check and publish: the checks list the empty privacy text; its link leads to the field.
  await activate(page, page.getByRole('link', { name: 'Check and publish' }));
  await h1('Check and publish: Park visits').waitFor();
  const problems = page.getByRole('region', { name: /problem to fix before publishing/ });
  await problems.waitFor();
  await expectAccessible(page);
  await activate(page, problems.getByRole('link', { name: /^Privacy: rights, English \(en\): This text is empty/ }));
  await h1('Details: Park visits').waitFor();
  await expect.poll(() => focused(page)).toBe('textarea: Residents’ rights');
  await page.keyboard.type('You can ask to see, correct or delete your answers.');
  await saved();
  await activate(page, page.getByRole('link', { name: 'Check and publish' }));
  await page.getByText('No problems found').waitFor();
  const warning = page.getByText('Some translations are not complete');
  await warning.waitFor();
  await page.getByText(/^Cymraeg \(cy\): 4 of \d+ texts/).waitFor();
  await page.getByText(/^العربية \(ar\): 1 of \d+ texts/).waitFor();
  await page.getByText('Residents will see English (en) for the missing texts').waitFor();
  await expectAccessible(page);
  // Publishing waits for the officer to accept the fallback.
  await activate(page, page.getByRole('button', { name: 'Publish version 1' }));
  await expect.poll(() => focused(page)).toMatch(/^input: Publish anyway/);
  await page.getByText(/^Error: Confirm that residents will see/).waitFor();
  await page.keyboard.press('Space');
  await activate(page, page.getByRole('button', { name: 'Publish version 1' }));
  await h1('Consultations').waitFor();
  await page.getByRole('alert').filter({ hasText: 'Version 1 of “Park visits” is published' }).waitFor();
  await expectAccessible(page);

  // A kiosk tablet offers the new consultation, and a resident answers it with no connection.
  const tablet = await chromium.browser.newContext({ viewport: { width: 800, height: 900 } });
  try {
    const kiosk = await tablet.newPage();
    const kioskCsp = watchCspViolations(kiosk);
    const kioskH1 = (name: string) => kiosk.getByRole('heading', { level: 1, name });
    await kiosk.goto(server.url);
    await waitForServiceWorkerControl(kiosk);
    await enrolTablet(kiosk, server.url, server.databasePath, 'Park tablet');
    await kiosk.getByRole('link', { name: 'Use this tablet as a kiosk' }).click();
    await kioskH1('Kiosk mode').waitFor();
    await kiosk.getByRole('checkbox', { name: 'Park visits' }).check();
    await kiosk.getByLabel('Staff PIN', { exact: true }).fill('2468');
    await kiosk.getByLabel('Staff PIN again').fill('2468');
    await kiosk.getByRole('button', { name: 'Start kiosk mode' }).click();
    await kioskH1('Have your say').waitFor();

    await tablet.setOffline(true);
    await kiosk.getByRole('link', { name: 'Start: Park visits' }).click();
    await kioskH1('Park visits').waitFor();
    await kiosk.getByText('Closes on 31 January 2027').waitFor();
    expect(await axeViolations(kiosk)).toEqual([]);
    await kiosk.getByRole('link', { name: 'Start now' }).click();
    await kioskH1('How often do you visit the park?').waitFor();
    await kiosk.getByRole('radio', { name: 'Every week' }).check();
    await kiosk.getByRole('button', { name: 'Continue' }).click();
    await kioskH1('Would you like to hear about the results? (optional)').waitFor();
    await kiosk.getByRole('radio', { name: 'Yes' }).check();
    await kiosk.getByRole('button', { name: 'Continue' }).click();
    // Shown because the first answer was "Every week": the condition built with the pickers.
    await kioskH1('What would make your visits better? (optional)').waitFor();
    await kiosk.getByRole('textbox').fill('More benches');
    await kiosk.getByRole('button', { name: 'Continue' }).click();
    await kioskH1('Check your answers').waitFor();
    await kiosk.getByRole('button', { name: 'Submit' }).click();
    await kiosk.getByRole('heading', { name: 'Thank you' }).waitFor();
    expect(storedResponses('park-visits')).toEqual([]);

    // Back online, the answers reach the endpoint, as version 1.
    await tablet.setOffline(false);
    await expect.poll(() => storedResponses('park-visits').length, { timeout: 60_000 }).toBe(1);
    const [stored] = storedResponses('park-visits');
    expect(stored?.form_version).toBe(1);
    expect(JSON.parse(stored?.answers ?? '{}')).toMatchObject({ visits: 'every-week', better: 'More benches' });
    expect(kioskCsp).toEqual([]);
  } finally {
    await tablet.close();
  }

  // Editing starts version 2: published codes are fixed; publishing it leaves version 1's response as it was.
  await activate(page, page.getByRole('button', { name: 'Edit Park visits (starts version 2)' }));
  await h1('Details: Park visits').waitFor();
  await page.getByText('Draft of version 2 of “park-visits”', { exact: false }).waitFor();
  await activate(page, page.getByRole('link', { name: 'Questions' }));
  await activate(page, page.getByRole('button', { name: /^Question 1: How often do you visit the park\?/ }));
  await page.getByText('Code of choice 2: hardly-ever').waitFor();
  await typeInto(page, page.getByLabel('Choice 2', { exact: true }), 'Less than once a month');
  await expect
    .poll(async () => (await savedDraft()).questions[0].options[1], { timeout: 10_000 })
    .toEqual({ value: 'hardly-ever', label: { en: 'Less than once a month', cy: 'Prin byth' } });
  await activate(page, page.getByRole('link', { name: 'Check and publish' }));
  await toggle(page, page.getByLabel(/^Publish anyway/));
  await activate(page, page.getByRole('button', { name: 'Publish version 2' }));
  await page.getByRole('alert').filter({ hasText: 'Version 2 of “Park visits” is published' }).waitFor();
  await page.getByText('Published versions: 1, 2').waitFor();

  const csv = await (await officerContext.request.get(`${server.url}/api/responses.csv?form=park-visits`)).text();
  const [header = '', row = ''] = csv.trim().split(/\r?\n/);
  const column = header.split(',').indexOf('form_version');
  expect(column).toBeGreaterThanOrEqual(0);
  expect(row.split(',')[column]).toBe('1');
  expect(csp).toEqual([]);
});

test('a draft someone else started is offered, not doubled; every builder screen reflows at 320 px and at 200% text; an unsaved draft says why; a code changes until published; a draft can be deleted', async () => {
  officerContext = await chromium.browser.newContext({ viewport: { width: 320, height: 800 } });
  await signInByApi(officerContext, server.url, officer);
  const csrf = (await (await officerContext.request.get(`${server.url}/api/session`)).json()).csrfToken as string;
  const demo = (await (await officerContext.request.get(`${server.url}/api/forms`)).json()).forms[0];
  page = await officerContext.newPage();
  await page.goto(`${server.url}/officer/forms`);
  const title = demo.title.en as string;
  const edit = page.getByRole('button', { name: `Edit ${title} (starts version ${demo.version + 1})` });
  await edit.waitFor();
  // Meanwhile someone else starts the next version: editing offers their draft instead of a second one.
  const started = await officerContext.request.post(`${server.url}/api/forms/drafts/${demo.id}/from/${demo.version}`, {
    headers: { 'X-CSRF-Token': csrf },
  });
  expect(started.status()).toBe(201);
  await edit.click();
  const refusal = page
    .getByRole('alert')
    .filter({ hasText: 'Someone has already started a draft of the next version' });
  await refusal.waitFor();
  await expectAccessible(page);
  await refusal.getByRole('link', { name: `Open the draft of ${title}` }).click();
  await h1(`Details: ${title}`).waitFor();
  const base = `${server.url}/officer/forms/drafts/${demo.id}`;
  // 200% text on a 640 px screen is what 200% zoom of a 1280 px screen shows (WCAG 1.4.4 with 1.4.10).
  for (const [width, textSize] of [
    [320, '100'],
    [640, '200'],
  ] as const) {
    await page.setViewportSize({ width, height: 800 });
    await page.evaluate(
      (size) => sessionStorage.setItem('chorus-display', JSON.stringify({ textSize: size, contrast: 'standard' })),
      textSize,
    );
    for (const [section, heading] of [
      ['', 'Details'],
      ['/questions', 'Questions'],
      ['/translations', 'Translations'],
      ['/preview', 'Preview'],
      ['/publish', 'Check and publish'],
    ]) {
      await page.goto(`${base}${section}`);
      await h1(new RegExp(`^${heading}: `)).waitFor();
      if (heading === 'Questions') await page.getByRole('button', { name: /^Question 1: / }).click();
      await expect
        .poll(() => page.evaluate(() => document.documentElement.classList.contains('text-200')))
        .toBe(textSize === '200');
      await expectAccessible(page);
    }
  }

  // A problem in a question: its link opens that question and focuses the field.
  await page.goto(`${base}/questions?open=0`);
  const firstChoice = page.getByLabel('Choice 1', { exact: true });
  const choiceWords = await firstChoice.inputValue();
  await firstChoice.fill('');
  await saved();
  await page.getByRole('link', { name: 'Check and publish' }).click();
  await page
    .getByRole('region', { name: /problem to fix before publishing/ })
    .getByRole('link', { name: /^Question 1 \(.*\): choice 1, English \(en\): This text is empty/ })
    .click();
  await h1(/^Questions: /).waitFor();
  await expect.poll(() => focused(page)).toBe('input: Choice 1');
  await page.keyboard.type(choiceWords);
  await saved();

  // No connection to the endpoint: the change stays on screen and the status says it was not saved.
  await page.goto(base);
  await h1(/^Details: /).waitFor();
  await page.route('**/api/forms/drafts/**', (route) => route.abort('internetdisconnected'));
  await typeInto(page, page.getByLabel('Title'), 'A new title');
  await expect
    .poll(() => status().textContent(), { timeout: 10_000 })
    .toBe('Not saved: The council server cannot be reached. Check the connection and try again.');
  await expectAccessible(page);
  await page.unroute('**/api/forms/drafts/**');
  await typeInto(page, page.getByLabel('Title'), 'A newer title');
  await saved();

  // A never-published consultation's code can still change; a draft can be thrown away after a question.
  await page.goto(`${server.url}/officer/forms/new`);
  await page.getByLabel('Title').fill('Bus survey');
  await page.getByRole('button', { name: 'Start writing' }).click();
  await h1('Details: Bus survey').waitFor();
  await page.getByLabel('Code').fill('buses');
  await page.getByRole('button', { name: 'Use this code' }).click();
  await expect.poll(() => new URL(page.url()).pathname).toBe('/officer/forms/drafts/buses');
  await h1('Details: Bus survey').waitFor();
  const drafts = (await (await officerContext.request.get(`${server.url}/api/forms/drafts`)).json()).drafts;
  const ids = drafts.map((d: { formId: string }) => d.formId);
  expect(ids).toContain('buses');
  expect(ids).not.toContain('bus-survey');
  await page.getByRole('link', { name: 'Check and publish' }).click();
  await page.getByRole('button', { name: 'Delete this draft' }).click();
  await expect.poll(() => focused(page)).toBe('h3: Delete this draft?');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Yes, delete the draft' }).click();
  await page.getByRole('alert').filter({ hasText: 'The draft of “buses” was deleted.' }).waitFor();
  await officerContext.close();
});

test('a picture on an information screen and a ready-made section, added by keyboard, preview and publish', async () => {
  officerContext = await chromium.browser.newContext({ locale: 'en-GB', viewport: { width: 1000, height: 900 } });
  await signInByApi(officerContext, server.url, officer);
  const csrf = (await (await officerContext.request.get(`${server.url}/api/session`)).json()).csrfToken as string;
  // A draft with one optional question, written before (the builder's own screens are the first test's).
  const started = await officerContext.request.post(`${server.url}/api/forms/drafts`, {
    headers: { 'X-CSRF-Token': csrf },
    data: { form: pictureDraft() },
  });
  expect(started.status()).toBe(201);
  page = await officerContext.newPage();
  const csp = watchCspViolations(page);
  await page.goto(`${server.url}/officer/forms/drafts/reading-room/questions`);
  await h1('Questions: The reading room').waitFor();

  // An information screen with a picture: the file is chosen with the system's own dialog, which a test cannot
  // drive, so it is set on the focused file field; the description's field then takes the focus.
  await chooseOption(page.getByLabel('Type of question to add'), 'Information to read');
  await activate(page, page.getByRole('button', { name: 'Add a question' }));
  await expect.poll(() => focused(page)).toBe('input: Heading');
  await page.keyboard.type('Our new reading room');
  await typeInto(page, page.getByLabel('Text to read'), 'Quiet tables by the window, open every day.');
  const file = page.getByLabel('Picture (optional)');
  await tabTo(page, file);
  await file.setInputFiles({ name: 'room.png', mimeType: 'image/png', buffer: GREEN_PNG });
  await page.getByText('Picture uploaded (').waitFor();
  await expect.poll(() => focused(page)).toBe('textarea: Describe the picture for someone who cannot see it');
  await page.keyboard.type('Four tables by a tall window, with plants on the sill');
  await expectAccessible(page);

  // A ready-made section, chosen in its dialog by keyboard.
  const opener = page.getByRole('button', { name: 'Add a ready-made section' });
  await activate(page, opener);
  const dialog = page.getByRole('dialog', { name: 'Add a ready-made section' });
  await dialog.waitFor();
  await chooseRadio(page, dialog.getByRole('group', { name: 'Choose a section' }), 'How did you hear about this?');
  await expectAccessible(page);
  await activate(page, dialog.getByRole('button', { name: 'Add section' }));
  await page.getByRole('status').filter({ hasText: 'Added “How did you hear about this?”' }).waitFor();
  await expect.poll(() => focused(page)).toBe('button: Add a ready-made section');
  await page.getByRole('button', { name: /^Question 3: How did you hear about this consultation\?/ }).waitFor();
  await page.getByRole('button', { name: /^Question 4: Where did you hear about it\?/ }).waitFor();
  await saved();
  const draft = await (await officerContext.request.get(`${server.url}/api/forms/drafts/reading-room`)).json();
  const questions = draft.draft.form.questions as { id: string; type: string; image?: { src: string } }[];
  expect(questions.map((q) => q.id)).toEqual(['visited', 'our-new-reading-room', 'heard-about', 'heard-about-other']);
  const src = questions[1]?.image?.src ?? '';
  expect(src).toMatch(/^\/api\/images\/[0-9a-f]{64}$/);

  // The preview shows the picture, decoded, with its description.
  await activate(page, page.getByRole('link', { name: 'Preview' }));
  const preview = page.getByRole('region', { name: 'Preview' });
  await activate(page, preview.getByRole('button', { name: 'Start now' }));
  await activate(page, preview.getByRole('button', { name: 'Continue' }));
  const picture = preview.getByRole('img', { name: 'Four tables by a tall window, with plants on the sill' });
  await picture.waitFor();
  await expect.poll(() => picture.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBe(4);
  await expectAccessible(page);

  await activate(page, page.getByRole('link', { name: 'Check and publish' }));
  await page.getByText('No problems found').waitFor();
  // The section came with its Welsh; the rest of the form has none, so publishing asks first.
  await page.getByText(/^Cymraeg \(cy\): \d+ of \d+ texts/).waitFor();
  await toggle(page, page.getByRole('checkbox', { name: /^Publish anyway/ }));
  await activate(page, page.getByRole('button', { name: 'Publish version 1' }));
  await page.getByRole('alert').filter({ hasText: 'Version 1 of “The reading room” is published' }).waitFor();
  const { forms } = (await (await officerContext.request.get(`${server.url}/api/forms`)).json()) as {
    forms: { id: string; questions: { id: string; image?: { src: string } }[] }[];
  };
  const published = forms.find((f) => f.id === 'reading-room');
  expect(published?.questions.map((q) => q.id)).toEqual([
    'visited',
    'our-new-reading-room',
    'heard-about',
    'heard-about-other',
  ]);
  expect(published?.questions[1]?.image?.src).toBe(src);
  expect((await officerContext.request.get(`${server.url}${src}`)).status()).toBe(200);
  expect(csp).toEqual([]);
});

function pictureDraft() {
  const en = (text: string) => ({ en: text });
  return {
    id: 'reading-room',
    version: 1,
    defaultLanguage: 'en',
    title: en('The reading room'),
    description: en('Tell us about the new reading room.'),
    organisation: en('Libraries, Test Borough Council'),
    estimatedMinutes: 2,
    privacy: {
      controller: en('Test Borough Council'),
      purpose: en('To plan the library: public task.'),
      retention: en('Two years.'),
      rights: en('You can ask to see, correct or delete your answers.'),
    },
    questions: [{ id: 'visited', type: 'yesno', required: false, label: en('Have you used the reading room?') }],
  };
}
