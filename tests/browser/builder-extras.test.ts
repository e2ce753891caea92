import type { BrowserContext, Page, Request } from 'playwright-core';
import { afterEach, beforeEach, expect, test } from 'vitest';
import type { FormDefinition } from '../../src/core/form.ts';
import { axeViolations } from '../support/axe.ts';
import { useChromium } from '../support/browser-suite.ts';
import { watchCspViolations } from '../support/csp.ts';
import { serveBuilderExtrasHarness } from '../support/harness/builder-extras-page.ts';
import { activate, tabTo } from '../support/keyboard.ts';
import { expectAccessible } from '../support/officer-screens.ts';
import { addOfficer, signInByApi } from '../support/officers.ts';
import { PARK_V1 } from '../support/park-form.ts';
import { publishForm } from '../support/publish-form.ts';
import { ServerProcess } from '../support/server-process.ts';

// Issue 9: what changed between versions (an officer screen), and the builder's picture field and
// ready-made section picker (placed on the builder's screens; tested here on a page of their own).

const chromium = useChromium();
let server: ServerProcess;
let context: BrowserContext;
let page: Page;

beforeEach(async () => {
  server = await ServerProcess.start();
});
afterEach(async () => {
  await context?.close();
  await server.dispose();
});

async function signedIn(options: { serviceWorkers?: 'block' } = {}): Promise<void> {
  context = await chromium.browser.newContext(options);
  await signInByApi(context, server.url, await addOfficer(server.databasePath, { role: 'officer' }));
  page = await context.newPage();
}

const V1 = PARK_V1;
const V2: FormDefinition = {
  ...V1,
  version: 2,
  title: { en: 'Our park, second round', cy: 'Ein parc, ail rownd' },
  questions: [
    { id: 'visits', type: 'yesno', required: false, label: { en: 'Do you visit the park often?' } },
    { id: 'dogs', type: 'yesno', required: false, label: { en: 'Do you walk a dog there?' } },
  ],
};

test('what changed between versions: newest against the one before by default, grouped by question, axe-clean', async () => {
  await publishForm(server.databasePath, V1);
  await publishForm(server.databasePath, V2);
  await publishForm(server.databasePath, { ...V2, version: 3 });
  await signedIn();
  const csp = watchCspViolations(page);
  await page.goto(`${server.url}/officer/forms/park-survey/changes`);
  await page.getByRole('heading', { level: 1, name: 'What changed between versions' }).waitFor();
  await expect.poll(() => page.getByLabel('Compare version').inputValue()).toBe('2');
  await expect.poll(() => page.getByLabel('With version').inputValue()).toBe('3');
  await page.getByText('No changes: these two versions are the same.').waitFor();
  await expectAccessible(page);

  // By keyboard: version 1 against version 3.
  await tabTo(page, page.getByLabel('Compare version'));
  await page.keyboard.press('ArrowUp');
  await page.getByText('6 changes from version 1 to version 3.').waitFor();
  const group = (name: string) => page.locator('section', { has: page.getByRole('heading', { level: 2, name }) });
  expect(await group('The consultation’s details').getByRole('listitem').allTextContents()).toEqual([
    'The title changed from “Our park” to “Our park, second round”.',
  ]);
  expect(
    await group('Question “Do you visit the park often?” (visits)').getByRole('listitem').allTextContents(),
  ).toEqual([
    'The question changed from “Do you visit the park?” to “Do you visit the park often?”.',
    'Now optional (was required).',
  ]);
  expect(await group('Question “Do you walk a dog there?” (dogs)').getByRole('listitem').allTextContents()).toEqual([
    'Added question 2, “Do you walk a dog there?” (yesno).',
  ]);
  expect(await group('Question “What would you improve?” (improve)').getByRole('listitem').allTextContents()).toEqual([
    'Removed the question “What would you improve?”.',
  ]);
  expect(await group('Translations').getByRole('listitem').allTextContents()).toEqual(['Welsh added (1 text).']);
  await expectAccessible(page);

  // At 320 CSS px the screen reflows without scrolling sideways.
  await page.setViewportSize({ width: 320, height: 640 });
  await expectAccessible(page);

  await page.goto(`${server.url}/officer/forms/nothing-here/changes`);
  await page.getByText('No consultation with the id “nothing-here” is published.').waitFor();
  await expectAccessible(page);
  expect(csp).toEqual([]);
});

test('a consultation with one version says there is nothing to compare', async () => {
  await publishForm(server.databasePath, V1);
  await signedIn();
  await page.goto(`${server.url}/officer/forms/park-survey/changes`);
  await page.getByText('Only version 1 is published, so there is nothing to compare yet.').waitFor();
  await expectAccessible(page);
});

/** A 4 × 4 PNG, dark green. */
const GREEN_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAQAAAAECAIAAAAmkwkpAAAAEklEQVR42mNgYPiPBSERiHoGAKrnB/lFfwu1AAAAAElFTkSuQmCC',
  'base64',
);

test('the picture field: wrong type and too large refused before uploading, an upload previewed, described and removed', async () => {
  await signedIn({ serviceWorkers: 'block' });
  await page.goto(await serveBuilderExtrasHarness(context, server.url));
  await page.getByRole('heading', { name: 'Builder extras' }).waitFor();
  expect(await axeViolations(page)).toEqual([]);
  const uploads: Request[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/api/forms/images')) uploads.push(request);
  });
  const file = page.getByLabel('Picture (optional)');

  await file.setInputFiles({ name: 'notes.png', mimeType: 'image/png', buffer: Buffer.from('not a picture at all') });
  await page
    .getByRole('alert')
    .getByText('“notes.png” is not a PNG, JPEG or WebP picture.', { exact: false })
    .waitFor();
  expect(await axeViolations(page)).toEqual([]);

  const huge = Buffer.alloc(1024 * 1024 + 200 * 1024);
  GREEN_PNG.copy(huge);
  await file.setInputFiles({ name: 'huge.png', mimeType: 'image/png', buffer: huge });
  await page
    .getByRole('alert')
    .getByText('“huge.png” is 1.2 MiB. A picture can be at most 1 MiB: make it smaller and choose it again.')
    .waitFor();
  expect(uploads).toEqual([]); // Both refused before anything was sent.

  // Refused by the endpoint after upload: its message is shown.
  await page.route('**/api/forms/images', (route) =>
    route.fulfill({
      status: 413,
      contentType: 'application/json',
      body: JSON.stringify({
        error: { code: 'image-too-large', message: 'A picture can be at most 1 MiB. This file is 2 MiB.' },
      }),
    }),
  );
  await file.setInputFiles({ name: 'park.png', mimeType: 'image/png', buffer: GREEN_PNG });
  await page.getByRole('alert').getByText('A picture can be at most 1 MiB. This file is 2 MiB.').waitFor();
  await page.unroute('**/api/forms/images');

  await file.setInputFiles({ name: 'park.png', mimeType: 'image/png', buffer: GREEN_PNG });
  await page.getByRole('status').getByText('Picture uploaded (1 KiB).').waitFor();
  const preview = page.locator('.image-field__preview img');
  await expect.poll(() => preview.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(4);
  // The description is required, so the focus goes straight to it.
  const alt = page.getByRole('textbox', { name: 'Describe the picture for someone who cannot see it' });
  await expect.poll(() => alt.evaluate((el) => el === document.activeElement)).toBe(true);
  await page.keyboard.type('A plan of the park');
  // The value and the preview's description follow the typing in a re-render: wait for them.
  await expect
    .poll(async () => JSON.parse((await page.getByTestId('image-value').textContent()) ?? 'null'))
    .toEqual({
      src: expect.stringMatching(/^\/api\/images\/[0-9a-f]{64}$/),
      alt: { en: 'A plan of the park' },
    });
  await expect.poll(() => page.getByRole('img', { name: 'A plan of the park' }).count()).toBe(1);
  expect(await axeViolations(page)).toEqual([]);

  await activate(page, page.getByRole('button', { name: 'Remove picture' }));
  await page.getByRole('status').getByText('Picture removed.').waitFor();
  await expect.poll(() => page.getByTestId('image-value').textContent()).toBe('null');
  await expect.poll(() => file.evaluate((el) => el === document.activeElement)).toBe(true);
});

test('the ready-made section picker: a modal dialog by keyboard, Escape closes, a section added with clear ids', async () => {
  await signedIn({ serviceWorkers: 'block' });
  await page.goto(await serveBuilderExtrasHarness(context, server.url));
  await page.getByRole('heading', { name: 'Builder extras' }).waitFor();
  const opener = page.getByRole('button', { name: 'Add a ready-made section' });
  const dialog = page.getByRole('dialog', { name: 'Add a ready-made section' });
  const isFocused = (target: typeof opener) => target.evaluate((el) => el === document.activeElement);

  await activate(page, opener);
  await dialog.waitFor();
  await expect.poll(() => dialog.evaluate((el) => el.contains(document.activeElement))).toBe(true);
  expect(await axeViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  await expect.poll(() => isFocused(opener)).toBe(true);

  await page.keyboard.press('Enter');
  await dialog.waitFor();
  await activate(page, dialog.getByRole('button', { name: 'Add section' }));
  await dialog.getByText('Choose a section to add').first().waitFor();
  expect(await axeViolations(page)).toEqual([]);
  await tabTo(page, dialog.getByRole('radio', { name: 'Privacy notice' }));
  // Arrow keys move through the radios to "Would you like to be involved further?".
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowDown');
  await expect
    .poll(() => dialog.getByRole('radio', { name: 'Would you like to be involved further?' }).isChecked())
    .toBe(true);
  await activate(page, dialog.getByRole('button', { name: 'Add section' }));
  await dialog.waitFor({ state: 'detached' });
  await page.getByRole('status').getByText('Added “Would you like to be involved further?”: 4 questions.').waitFor();
  await expect.poll(() => isFocused(opener)).toBe(true);
  await expect
    .poll(() => page.getByTestId('question-ids').textContent())
    .toBe('colour involve-further involve-name involve-contact involve-consent');

  // Again: the new questions' ids stay clear of those already in the form.
  await page.keyboard.press('Enter');
  await dialog.getByRole('radio', { name: 'Would you like to be involved further?' }).check();
  await dialog.getByRole('button', { name: 'Add section' }).click();
  await dialog.waitFor({ state: 'detached' });
  await expect
    .poll(() => page.getByTestId('question-ids').textContent())
    .toContain('involve-further-2 involve-name-2 involve-contact-2 involve-consent-2');

  // The equality questions keep their Census ids, so a second copy has nothing to add, and says so.
  for (let i = 0; i < 2; i++) {
    await opener.click();
    await dialog.getByRole('radio', { name: 'Equality monitoring ("About you")' }).check();
    await dialog.getByRole('button', { name: 'Add section' }).click();
  }
  await dialog
    .getByText('This form already has every question of “Equality monitoring ("About you")”.')
    .first()
    .waitFor();
  expect(await axeViolations(page)).toEqual([]);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await dialog.waitFor({ state: 'detached' });
  await expect.poll(() => page.getByTestId('question-ids').textContent()).toContain('equality-intro equality-age');
});
