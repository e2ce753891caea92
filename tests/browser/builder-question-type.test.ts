import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { TEST_PRIVACY } from '../../src/core/test-fixtures.ts';
import { useChromium } from '../support/browser-suite.ts';
import { activate, tabTo } from '../support/keyboard.ts';
import { expectAccessible, focused } from '../support/officer-screens.ts';
import { addOfficer } from '../support/officers.ts';
import { ServerProcess } from '../support/server-process.ts';

// Issue 9 (polish): an officer changes a question's type in the builder, by keyboard. Between choice types the
// choices and their translations stay and nothing is asked; to a type without choices the builder first says
// what goes (the choices, another question's condition on them). A published question keeps its type.

const chromium = useChromium();
let server: ServerProcess;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  server = await ServerProcess.start();
});
afterAll(async () => {
  await context?.close();
  await server?.dispose();
});

const both = (en: string, cy: string) => ({ en, cy });
const VISITS = {
  id: 'visits',
  type: 'yesno',
  required: false,
  label: both('Do you visit the park?', 'Ydych chi’n ymweld â’r parc?'),
};
const VERSION_1 = {
  id: 'park-types',
  version: 1,
  defaultLanguage: 'en',
  title: { en: 'Park types' },
  description: { en: 'About the park.' },
  organisation: { en: 'Parks team' },
  estimatedMinutes: 2,
  privacy: TEST_PRIVACY,
  questions: [VISITS],
};
const PART = {
  id: 'part',
  type: 'single',
  required: true,
  label: both('Favourite part of the park?', 'Hoff ran o’r parc?'),
  options: [
    { value: 'playground', label: both('Playground', 'Maes chwarae') },
    { value: 'pond', label: both('The pond', 'Y pwll') },
    { value: 'trees', label: both('The trees', 'Y coed') },
  ],
};
const WHY = {
  id: 'why',
  type: 'text',
  required: false,
  maxLength: 200,
  label: both('Why?', 'Pam?'),
  showIf: { equals: { question: 'part', value: 'pond' } },
};

/** Publishes version 1 (one yes/no question), starts version 2 and adds a single choice and a question on it. */
async function draftOfVersion2(): Promise<void> {
  const officer = await addOfficer(server.databasePath, { role: 'officer', name: 'Olu Officer' });
  const session = await context.request.post(`${server.url}/api/session`, { data: officer });
  const { csrfToken } = (await session.json()) as { csrfToken: string };
  const headers = { 'X-CSRF-Token': csrfToken };
  const published = await context.request.post(`${server.url}/api/forms`, { data: VERSION_1, headers });
  expect(published.status(), await published.text()).toBe(201);
  const started = await context.request.post(`${server.url}/api/forms/drafts/park-types/from/1`, { headers });
  expect(started.status()).toBe(201);
  const form = { ...VERSION_1, version: 2, questions: [VISITS, PART, WHY] };
  const saved = await context.request.put(`${server.url}/api/forms/drafts/park-types`, { data: { form }, headers });
  expect(saved.status(), await saved.text()).toBe(200);
}

interface SavedQuestion {
  id: string;
  type: string;
  label: Record<string, string>;
  options?: { value: string; label: Record<string, string> }[];
  showIf?: unknown;
  maxLength?: number;
}
async function savedQuestions(): Promise<SavedQuestion[]> {
  const reply = await context.request.get(`${server.url}/api/forms/drafts/park-types`);
  return ((await reply.json()) as { draft: { form: { questions: SavedQuestion[] } } }).draft.form.questions;
}

/** Picks an option of a closed <select> with the arrow keys, as a keyboard user does. */
async function chooseOption(select: Locator, label: string): Promise<void> {
  await tabTo(page, select);
  const options = await select.locator('option').allTextContents();
  const target = options.indexOf(label);
  if (target < 0) throw new Error(`${select} has no option "${label}" (${options.join(' | ')})`);
  for (let i = 0; i < options.length * 2; i++) {
    const current = await select.evaluate((el) => (el as HTMLSelectElement).selectedIndex);
    if (current === target) return;
    await page.keyboard.press(current < target ? 'ArrowDown' : 'ArrowUp');
  }
  throw new Error(`The arrow keys never reached "${label}" in ${select}`);
}

const toggle = (name: string) => page.getByRole('button', { name, exact: true });
const typeSelect = () => page.getByLabel('Type of question', { exact: true });
const changeButton = () => page.getByRole('button', { name: 'Change type', exact: true });
const status = (text: string) => page.getByRole('status').filter({ hasText: text });
const PART_AS = (type: string) => `Question 2: Favourite part of the park? (${type})`;

test('an officer changes a question’s type by keyboard: choices kept between choice types, losses named before they happen, published questions fixed', async () => {
  context = await chromium.browser.newContext({ locale: 'en-GB', viewport: { width: 1000, height: 900 } });
  await draftOfVersion2();
  page = await context.newPage();
  await page.goto(`${server.url}/officer/forms/drafts/park-types/questions`);
  await page.getByRole('heading', { level: 1, name: 'Questions: Park types' }).waitFor();

  // The published question says its type and why it stays; it has no type to choose.
  await activate(page, toggle('Question 1: Do you visit the park? (Yes or no)'));
  await page.getByText('Published questions keep their type').waitFor();
  await page.getByText('Type of question: Yes or no').waitFor();
  expect(await typeSelect().count()).toBe(0);
  await expectAccessible(page);
  await activate(page, toggle('Question 1: Do you visit the park? (Yes or no)'));
  await page.getByText('Published questions keep their type').waitFor({ state: 'detached' });

  // Single choice → several choices: arrowing through the select changes nothing until "Change type".
  await activate(page, toggle(PART_AS('One choice (radios)')));
  await typeSelect().waitFor();
  await expect.poll(() => typeSelect().inputValue()).toBe('single');
  await chooseOption(typeSelect(), 'Several choices (checkboxes)');
  expect(await toggle(PART_AS('One choice (radios)')).count()).toBe(1);
  await activate(page, changeButton());
  await toggle(PART_AS('Several choices (checkboxes)')).waitFor();
  await status('Question 2 is now Several choices (checkboxes).').waitFor();
  await expect.poll(() => focused(page)).toBe('select: Type of question');
  // Nothing was lost, so nothing was asked; the choices are there to edit.
  expect(await page.getByRole('heading', { name: /^Change “/ }).count()).toBe(0);
  await expect.poll(() => page.getByLabel('Choice 3', { exact: true }).inputValue()).toBe('The trees');
  await page.getByLabel('“None of these”: choosing it clears the others').first().waitFor();
  // Saved with its choices in both languages; "Why?" now asks whether the answer includes the pond.
  await expect.poll(async () => (await savedQuestions())[1]?.type, { timeout: 10_000 }).toBe('multiple');
  const [, multiple, why] = await savedQuestions();
  expect(multiple?.label).toEqual(PART.label);
  expect(multiple?.options).toEqual(PART.options);
  expect(why?.showIf).toEqual({ includes: { question: 'part', value: 'pond' } });
  await expectAccessible(page);

  // Several choices → short text: the builder first names the 3 choices and the condition on them.
  await chooseOption(typeSelect(), 'Short text');
  await activate(page, changeButton());
  const title = 'Change “Favourite part of the park?” to Short text?';
  await page.getByRole('heading', { level: 4, name: title }).waitFor();
  await expect.poll(() => focused(page)).toBe(`h4: ${title}`);
  await page.getByText('Its 3 choices will be removed.').waitFor();
  await page
    .getByText(
      '“Why?” shows only when this answer includes “The pond”: that condition will no longer work and is removed.',
    )
    .waitFor();
  await expectAccessible(page);
  // It reflows at 320 px wide.
  await page.setViewportSize({ width: 320, height: 800 });
  await expectAccessible(page);
  await page.setViewportSize({ width: 1000, height: 900 });

  // "No" keeps everything as it was.
  await activate(page, page.getByRole('button', { name: 'No, keep it as Several choices (checkboxes)' }));
  await page.getByRole('heading', { level: 4, name: title }).waitFor({ state: 'detached' });
  await expect.poll(() => focused(page)).toBe('select: Type of question');
  await expect.poll(() => typeSelect().inputValue()).toBe('multiple');
  await expect.poll(() => toggle(PART_AS('Several choices (checkboxes)')).count()).toBe(1);

  // Asked again, "Yes" changes it and removes the condition that no longer works.
  await chooseOption(typeSelect(), 'Short text');
  await activate(page, changeButton());
  await page.getByRole('heading', { level: 4, name: title }).waitFor();
  await activate(page, page.getByRole('button', { name: 'Yes, change it to Short text' }));
  await toggle(PART_AS('Short text')).waitFor();
  await status('Question 2 is now Short text.').waitFor();
  await expect.poll(() => focused(page)).toBe('select: Type of question');
  await page.getByLabel('Most characters').waitFor();
  await page.getByLabel('Choice 1', { exact: true }).waitFor({ state: 'detached' });
  await expect.poll(async () => (await savedQuestions())[1]?.type, { timeout: 10_000 }).toBe('text');
  const [, text, whyNow] = await savedQuestions();
  expect(text).toEqual({ id: 'part', type: 'text', required: true, label: PART.label, maxLength: 200 });
  expect(whyNow).not.toHaveProperty('showIf');
  await expectAccessible(page);
});
