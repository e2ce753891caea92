import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Database from 'better-sqlite3';
import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, beforeEach, expect, test } from 'vitest';
import type { FormDefinition } from '../../src/core/form.ts';
import { TEST_PRIVACY } from '../../src/core/test-fixtures.ts';
import { axeViolations } from '../support/axe.ts';
import { useChromium } from '../support/browser-suite.ts';
import { watchCspViolations } from '../support/csp.ts';
import { enrolTablet } from '../support/enrol-tablet.ts';
import { readAllInPage } from '../support/in-page-idb.ts';
import { DEMO_TITLE } from '../support/journey.ts';
import { activate, tabTo } from '../support/keyboard.ts';
import { draftRaw, waitForDraftSaved, waitForServiceWorkerControl } from '../support/page-helpers.ts';
import { publishForm } from '../support/publish-form.ts';
import { ServerProcess } from '../support/server-process.ts';

// A shared kiosk tablet: staff set it up with a PIN; residents see the welcome screen and the chosen
// consultations only; when someone walks away, the tablet warns, then clears every trace of them (keeping
// their answers as a partial response where the form asks for that); staff leave with the PIN. And the
// display options every resident has, in and out of kiosk mode.
//
// Time: the page's clock is Playwright's (context.clock), moved forward by the test instead of waited for, so
// the real 30-second idle time and 30-second warning pass at once. Nothing here asserts how long anything took.

const chromium = useChromium();
const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const KEEPS_PARTIAL: FormDefinition = {
  id: 'library-chat',
  version: 1,
  defaultLanguage: 'en',
  title: { en: 'Library chat' },
  description: { en: 'Tell us what would make your library better.' },
  organisation: { en: 'Test council' },
  estimatedMinutes: 2,
  privacy: TEST_PRIVACY,
  kioskReset: 'keep-partial',
  questions: [
    {
      id: 'visit',
      type: 'single',
      required: true,
      label: { en: 'How often do you visit the library?' },
      options: [
        { value: 'weekly', label: { en: 'Every week' } },
        { value: 'rarely', label: { en: 'Hardly ever' } },
      ],
    },
    { id: 'idea', type: 'text', required: true, maxLength: 200, label: { en: 'What one thing would make it better?' } },
    { id: 'name', type: 'text', required: true, maxLength: 100, label: { en: 'What is your first name?' } },
  ],
};
const SECRET = 'Open on Sunday mornings';
const PIN = '2468';

let server: ServerProcess;
let context: BrowserContext;
let page: Page;
let csp: string[];

beforeEach(async () => {
  server = await ServerProcess.start();
  await publishForm(server.databasePath, KEEPS_PARTIAL);
  context = await chromium.browser.newContext({ viewport: { width: 800, height: 900 } });
  await context.clock.install();
  page = await context.newPage();
  csp = watchCspViolations(page);
  await page.goto(server.url);
  await waitForServiceWorkerControl(page);
  await page.getByRole('heading', { name: 'Library chat' }).waitFor();
});
afterEach(async () => {
  expect(csp).toEqual([]);
  await context.close();
  await server.dispose();
});

const h1 = (name: string | RegExp) => page.getByRole('heading', { level: 1, name });
const welcome = () => h1('Have your say');
const idleWarning = () => page.getByRole('alertdialog', { name: 'Are you still there?' });
const path = () => new URL(page.url()).pathname;

/** What the endpoint stored for a form, read from its SQLite file. */
function storedRows(formId: string): { partial: number; answers: string }[] {
  const db = new Database(server.databasePath, { readonly: true });
  try {
    return db.prepare('SELECT partial, answers FROM responses WHERE form_id = ? ORDER BY seq').all(formId) as {
      partial: number;
      answers: string;
    }[];
  } finally {
    db.close();
  }
}

/** Every draft on the device, read straight from IndexedDB. */
async function allDrafts(): Promise<unknown[]> {
  return page.evaluate(readAllInPage, 'drafts');
}

/** The URLs of this tab's history entries of the app (the Navigation API lists them). */
function historyPaths(): Promise<string[]> {
  return page.evaluate(() =>
    (window as unknown as { navigation: { entries(): { url: string }[] } }).navigation
      .entries()
      .map((entry) => (entry.url ? new URL(entry.url).pathname : '')),
  );
}

/** Moves the page's clock on past the idle time (30 s, the shortest staff can choose). */
async function goIdle(): Promise<void> {
  await page.clock.fastForward(31_000);
}

/** axe's AAA contrast rule (7:1), which the high-contrast display must pass. */
async function enhancedContrastViolations(): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run(ctx: Document, opts: object): Promise<{ violations: { id: string; nodes: unknown[] }[] }> };
      }
    ).axe;
    const result = await axe.run(document, { runOnly: { type: 'rule', values: ['color-contrast-enhanced'] } });
    return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
  });
}

async function setDisplay(option: string): Promise<void> {
  const toggle = page.getByRole('button', { name: 'Accessibility' });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await page.getByRole('radio', { name: option }).check();
  await page.getByRole('button', { name: 'Close display options' }).click();
}

async function startKiosk(): Promise<void> {
  await enrolTablet(page, server.url, server.databasePath); // So that responses reach the endpoint.
  await page.getByRole('link', { name: 'Use this tablet as a kiosk' }).click();
  await h1('Kiosk mode').waitFor();
  expect(await axeViolations(page)).toEqual([]);

  // Nothing chosen and no PIN: the GOV.UK error summary says what to fix.
  await page.getByRole('button', { name: 'Start kiosk mode' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await summary.getByRole('link', { name: 'Select at least one consultation' }).waitFor();
  await summary.getByRole('link', { name: 'Staff PIN must be 4 to 8 digits, like 2580' }).waitFor();
  expect(await axeViolations(page)).toEqual([]);

  await page.getByRole('checkbox', { name: 'Library chat' }).check();
  await page.getByRole('checkbox', { name: DEMO_TITLE }).check();
  await page.getByRole('combobox', { name: /Time without use/ }).selectOption({ label: '30 seconds' });
  await page.getByLabel('Staff PIN', { exact: true }).fill(PIN);
  await page.getByLabel('Staff PIN again').fill('2469');
  await page.getByRole('button', { name: 'Start kiosk mode' }).click();
  await summary.getByRole('link', { name: 'The two PINs are different: enter the same PIN twice' }).waitFor();
  await page.getByLabel('Staff PIN again').fill(PIN);
  await page.getByRole('button', { name: 'Start kiosk mode' }).click();
  await welcome().waitFor();
}

test('kiosk: staff set it up; residents reach only the welcome screen and its consultations; idle warning, more time, reset without a trace; partial answers sent marked partial; the PIN leaves', async () => {
  await startKiosk();
  expect(path()).toBe('/');
  await page.getByRole('link', { name: 'Start: Library chat' }).waitFor();
  await page.getByRole('link', { name: `Start: ${DEMO_TITLE}` }).waitFor();
  expect(await page.getByRole('link', { name: /Start: Libraries as community hubs/ }).count()).toBe(0);
  expect(await page.getByRole('region', { name: 'Sending' }).count()).toBe(0); // No outbox, no "Send now".
  await page.getByRole('button', { name: 'Accessibility' }).waitFor();
  expect(await axeViolations(page)).toEqual([]);

  // The welcome screen and the staff PIN dialog in Welsh, Urdu and Arabic: axe finds nothing there either.
  for (const [language, code] of [
    ['Cymraeg', 'cy'],
    ['اردو', 'ur'],
    ['العربية', 'ar'],
    ['English', 'en'],
  ] as const) {
    await page.locator('.language-picker__toggle').click();
    await page.getByRole('button', { name: language, exact: true }).click();
    await page.waitForFunction((lang) => document.documentElement.lang === lang, code);
    expect(await axeViolations(page), language).toEqual([]);
    await page.locator('.staff-button').click();
    await page.getByRole('dialog').waitFor();
    expect(await axeViolations(page), `${language}, PIN dialog`).toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
  }

  // Staff screens, officer screens and other consultations are not there: each is the welcome screen.
  for (const address of ['/status', '/setup', '/setup/kiosk', '/import', '/reach', '/officer', '/c/library-hubs']) {
    await page.goto(`${server.url}${address}`);
    await welcome().waitFor();
    await expect.poll(path, { message: address }).toBe('/');
    expect(await page.getByRole('heading', { name: /Set up this tablet|Tablet status|Kiosk mode/ }).count()).toBe(0);
  }

  // A resident answers part of the form that keeps partial answers.
  await page.getByRole('link', { name: 'Start: Library chat' }).click();
  await h1('Library chat').waitFor();
  await page.getByRole('link', { name: 'Start now' }).click();
  await page.getByRole('radio', { name: 'Every week' }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  const idea = page.getByRole('textbox', { name: 'What one thing would make it better?' });
  expect(await idea.getAttribute('autocomplete')).toBe('off'); // The browser offers the next person nothing.
  await idea.fill(SECRET);
  await waitForDraftSaved(page);

  // They step away: the warning, a real modal, announced, with the time left and a button to go on.
  await goIdle();
  await idleWarning().waitFor();
  expect(await idleWarning().getAttribute('aria-describedby')).toBeTruthy();
  await idleWarning()
    .getByText(/will send the answers you have given so far and go back to the start in \d+ seconds/)
    .waitFor();
  const moreTime = idleWarning().getByRole('button', { name: 'I need more time' });
  await expect.poll(() => moreTime.evaluate((el) => el === document.activeElement)).toBe(true);
  expect(await idleWarning().evaluate((el) => (el as HTMLDialogElement).open && el.matches(':modal'))).toBe(true);
  expect(await axeViolations(page)).toEqual([]);

  // "I need more time" keeps everything as it was.
  await page.keyboard.press('Enter');
  await idleWarning().waitFor({ state: 'detached' });
  expect(await idea.inputValue()).toBe(SECRET);
  expect((await draftRaw(page, 'library-chat'))?.answers).toEqual({ visit: 'weekly', idea: SECRET });

  // They choose high contrast and Arabic, then walk away for good: the warning in both, then the reset.
  await setDisplay('High contrast (black and white, yellow highlight)');
  await page.getByRole('button', { name: 'Language: English' }).click();
  await page.getByRole('button', { name: 'العربية', exact: true }).click();
  await page.waitForFunction(() => document.documentElement.dir === 'rtl');
  await goIdle();
  await page.getByRole('alertdialog').waitFor();
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('ar');
  expect(await axeViolations(page)).toEqual([]);
  expect(await enhancedContrastViolations()).toEqual([]);
  await page.clock.fastForward(31_000);
  await welcome().waitFor();
  await page.waitForLoadState('load');

  // Nothing of them is left on the screen, in the display options, in drafts, in history or in autofill.
  expect(await page.content()).not.toContain(SECRET);
  await expect.poll(() => page.evaluate(() => document.documentElement.className)).toBe('');
  // The next person starts in English, left to right, whatever the last one chose.
  await expect
    .poll(() => page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]))
    .toEqual(['en', 'ltr']);
  expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
  await expect.poll(allDrafts).toEqual([]);
  expect((await historyPaths()).filter((p) => p.startsWith('/c/'))).toEqual([]);
  for (let back = 0; back < 3; back++) {
    await page.goBack();
    await welcome().waitFor();
    await expect.poll(path).toBe('/');
    expect(await page.content()).not.toContain(SECRET);
  }
  await page.goForward();
  await welcome().waitFor();
  await expect.poll(path).toBe('/');

  // Their answers so far reached the endpoint once, marked partial.
  await expect
    .poll(() => storedRows('library-chat'), { timeout: 30_000 })
    .toEqual([{ partial: 1, answers: JSON.stringify({ visit: 'weekly', idea: SECRET }) }]);

  // The next person answers the demo (whose answers in progress are deleted, not kept) and leaves mid-way.
  await page.getByRole('link', { name: `Start: ${DEMO_TITLE}` }).click();
  await page.getByRole('link', { name: 'Start now' }).click();
  await page.getByRole('checkbox', { name: 'Planning and neighbourhood plans' }).check();
  await waitForDraftSaved(page);
  await goIdle();
  await idleWarning()
    .getByText(/will delete them and go back to the start/)
    .waitFor();
  await page.clock.fastForward(31_000);
  await welcome().waitFor();
  await expect.poll(allDrafts).toEqual([]);
  expect(storedRows('shape-services')).toEqual([]);
  expect((await historyPaths()).filter((p) => p.startsWith('/c/'))).toEqual([]);

  // Staff ask for the PIN by holding the screen's top corner (a tap there does nothing), or with "Staff".
  const pinDialog = page.getByRole('dialog', { name: 'Leave kiosk mode' });
  await page.mouse.move(8, 8);
  await page.mouse.down();
  await page.mouse.up();
  await page.clock.fastForward(3_100);
  expect(await pinDialog.count()).toBe(0);
  await page.mouse.down();
  await page.clock.fastForward(3_100);
  await pinDialog.waitFor();
  await page.mouse.up();
  await pinDialog.getByRole('button', { name: 'Cancel' }).click();
  await pinDialog.waitFor({ state: 'detached' });

  // Staff leave with the PIN: a wrong one first says so, clearly.
  await activate(page, page.getByRole('button', { name: 'Staff' }));
  await pinDialog.waitFor();
  const pinBox = pinDialog.getByLabel('Staff PIN');
  await expect.poll(() => pinBox.evaluate((el) => el === document.activeElement)).toBe(true);
  await page.keyboard.type('1111');
  await page.keyboard.press('Enter');
  await pinDialog
    .getByRole('alert')
    .getByText('The PIN is not right. You have 4 more tries before you must wait.')
    .waitFor();
  await expect.poll(() => pinBox.getAttribute('aria-invalid')).toBe('true');
  expect(await axeViolations(page)).toEqual([]);
  await tabTo(page, pinBox);
  await page.keyboard.type(PIN);
  await page.keyboard.press('Enter');
  await h1('Kiosk mode').waitFor();
  await expect.poll(path).toBe('/setup/kiosk');
  // Out of kiosk mode: staff screens and the outbox are back.
  await page.goto(`${server.url}/status`);
  await h1('Tablet status').waitFor();
  await page.getByRole('region', { name: 'Sending' }).waitFor();
});

test('kiosk: after Submit, "Finish" goes back to the welcome screen and Back cannot reach the confirmation', async () => {
  await startKiosk();
  await page.getByRole('link', { name: 'Start: Library chat' }).click();
  await page.getByRole('link', { name: 'Start now' }).click();
  await page.getByRole('radio', { name: 'Hardly ever' }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('textbox', { name: 'What one thing would make it better?' }).fill(SECRET);
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('textbox', { name: 'What is your first name?' }).fill('Olwen');
  await page.getByRole('button', { name: 'Continue' }).click();
  await h1('Check your answers').waitFor();
  await page.getByRole('button', { name: 'Submit' }).click();
  await h1('Thank you').waitFor();
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Finish' }).click();
  await welcome().waitFor();
  await page.waitForLoadState('load');
  expect((await historyPaths()).filter((p) => p.startsWith('/c/'))).toEqual([]);
  await page.goBack();
  await welcome().waitFor();
  expect(await page.content()).not.toContain('Olwen');
  await expect
    .poll(() => storedRows('library-chat'), { timeout: 30_000 })
    .toEqual([{ partial: 0, answers: JSON.stringify({ visit: 'rarely', idea: SECRET, name: 'Olwen' }) }]);
});

test('display options: larger text and high contrast apply to every screen, for the visit; the layout fits 320 px, and 640 px at 200% text', async () => {
  await page.setViewportSize({ width: 320, height: 640 });
  const toggle = page.getByRole('button', { name: 'Accessibility' });
  await toggle.click();
  await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('true');
  const options = page.getByRole('region', { name: 'Display options' });
  await options.waitFor();
  expect(await axeViolations(page)).toEqual([]);

  const rootFontSize = () => page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
  const noSideways = () =>
    page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);
  expect(await rootFontSize()).toBe('16px');
  expect(await noSideways()).toBe(true); // Reflow at 320 CSS px (WCAG 1.4.10), the options open.
  // Each choice reaches the page's root in a re-render after the click: wait for it.
  await options.getByRole('radio', { name: 'Large (125%)' }).check();
  await expect.poll(rootFontSize).toBe('20px');
  await options.getByRole('radio', { name: 'Largest (200%)' }).check();
  await expect.poll(rootFontSize).toBe('32px');
  // Text at 200% (WCAG 1.4.4) on a small tablet held upright: everything still fits the width.
  await page.setViewportSize({ width: 640, height: 900 });
  expect(await noSideways()).toBe(true);
  expect(await axeViolations(page)).toEqual([]);

  await options.getByRole('radio', { name: 'High contrast (black and white, yellow highlight)' }).check();
  const colours = () =>
    page.evaluate(() => ({
      text: getComputedStyle(document.body).color,
      background: getComputedStyle(document.documentElement).backgroundColor,
    }));
  await expect.poll(colours).toEqual({ text: 'rgb(0, 0, 0)', background: 'rgb(255, 255, 255)' });
  expect(await axeViolations(page)).toEqual([]);
  expect(await enhancedContrastViolations()).toEqual([]);
  await options.getByRole('button', { name: 'Close display options' }).click();
  await expect.poll(() => toggle.evaluate((el) => el === document.activeElement)).toBe(true);

  // The choice lasts the visit, and applies on every screen: a question, the statement.
  await page.reload();
  await page.getByRole('heading', { name: 'Library chat' }).waitFor();
  await expect.poll(rootFontSize).toBe('32px');
  await page.getByRole('link', { name: 'Start: Library chat' }).click();
  await page.getByRole('link', { name: 'Start now' }).click();
  await h1('How often do you visit the library?').waitFor();
  expect(await noSideways()).toBe(true);
  expect(await axeViolations(page)).toEqual([]);

  await page.getByRole('link', { name: 'Accessibility statement' }).click();
  await h1('Accessibility statement for Chorus').waitFor();
  for (const section of [
    'How accessible this app is',
    'Reporting accessibility problems with this app',
    'Enforcement procedure',
    'Compliance status',
    'Non-accessible content',
    'Preparation of this accessibility statement',
  ]) {
    await page.getByRole('heading', { name: section }).waitFor();
  }
  await page.getByRole('link', { name: 'equalityadvisoryservice.com' }).waitFor();
  expect(await noSideways()).toBe(true);
  expect(await axeViolations(page)).toEqual([]);
  expect(await enhancedContrastViolations()).toEqual([]);

  // Standard colours and text again: the statement passes there too.
  await setDisplay('Standard colours');
  await setDisplay('Standard (100%)');
  await expect.poll(rootFontSize).toBe('16px');
  expect(await axeViolations(page)).toEqual([]);
});
