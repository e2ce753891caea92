import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { referenceCode } from '../../src/core/reference-code.ts';
import type { SubmittedResponse } from '../../src/core/response.ts';
import { axeViolations } from '../support/axe.ts';
import { useChromium } from '../support/browser-suite.ts';
import { outboxEntries } from '../support/demo-responses.ts';
import { enrolByApi, sendByApi } from '../support/device-by-api.ts';
import { enrolTablet } from '../support/enrol-tablet.ts';
import { answerDemoAndSubmit, DEMO_TITLE } from '../support/journey.ts';
import { activate, tabTo, typeInto } from '../support/keyboard.ts';
import { addOfficer, type OfficerCredentials, signInByApi } from '../support/officers.ts';
import { putOutboxEntries, waitForServiceWorkerControl } from '../support/page-helpers.ts';
import { ServerProcess } from '../support/server-process.ts';

// "You said, we did": an officer picks a consented quote and publishes a results page by keyboard; a tablet
// shows it offline in English and Welsh, looks up references offline, and prints the page as an A4 poster.
// The tests run in order and share one endpoint: each builds on what the one before published.

const chromium = useChromium();
let server: ServerProcess;
let officer: OfficerCredentials;
const EV_TITLE = 'Electric vehicle charging near you';
const CONSENTED = 'Sample words: put chargers in the leisure centre car park, please.';
const REFUSED = 'Private words that must never be quoted.';

/** A response to the demo EV charging consultation, with words and, when `consent`, agreement to quote them. */
function evResponse(comments: string, consent: boolean, i: number): SubmittedResponse {
  return {
    id: crypto.randomUUID(),
    formId: 'ev-charging',
    formVersion: 1,
    deviceId: 'results-device',
    channel: i % 2 ? 'assisted' : 'kiosk',
    language: 'en',
    event: 'Library drop-in',
    submittedAt: new Date(Date.UTC(2026, 10, 30, 10, 0, i)).toISOString(),
    answers: { vehicle: 'own', comments, ...(consent ? { 'quote-consent': true } : {}) },
  };
}

const sent = [
  evResponse(CONSENTED, true, 0),
  evResponse(REFUSED, false, 1),
  ...Array.from({ length: 6 }, (_, i) => evResponse('More chargers.', false, i + 2)),
];

beforeAll(async () => {
  server = await ServerProcess.start();
  officer = await addOfficer(server.databasePath, { role: 'officer' });
  const device = await enrolByApi(server.url, server.databasePath, 'Results tablet');
  await sendByApi(server.url, device, sent);
});
afterAll(async () => {
  await server?.dispose();
});

test('an officer picks a consented quote and publishes themes and outcomes, by keyboard', async () => {
  const context = await chromium.browser.newContext();
  await signInByApi(context, server.url, officer);
  try {
    const page = await context.newPage();
    await page.goto(`${server.url}/officer`);
    await activate(page, page.getByRole('link', { name: 'You said, we did' }).first());
    await page.getByRole('heading', { level: 1, name: 'You said, we did' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await activate(page, page.getByRole('link', { name: `Results page for ${EV_TITLE}` }));
    await page.getByRole('heading', { level: 1, name: `You said, we did: ${EV_TITLE}` }).waitFor();
    await page.getByText('Not saved yet.').waitFor();

    // Only the consenting person's words are offered.
    const quotable = page.getByRole('region', { name: 'Pick quotes' });
    await quotable.getByText(CONSENTED).waitFor();
    expect(await quotable.textContent()).not.toContain(REFUSED);

    // A theme left blank is refused with an error summary linked to its fields.
    await activate(page, page.getByRole('button', { name: 'Add a theme' }));
    await activate(page, page.getByRole('button', { name: 'Save draft' }));
    const summary = page.getByRole('alert');
    await summary.getByRole('link', { name: 'Theme 1: enter a title in English' }).waitFor();
    await expect.poll(() => page.title()).toMatch(/^Error: /);
    expect(await axeViolations(page)).toEqual([]);

    await typeInto(page, page.getByLabel('Theme title', { exact: true }), 'Chargers where people park');
    await typeInto(
      page,
      page.getByLabel('What people said', { exact: true }),
      'Many asked for chargers at leisure centres.',
    );
    const item = quotable.getByRole('listitem').filter({ hasText: CONSENTED });
    await activate(page, item.getByRole('button', { name: 'Add as quote' }));
    await quotable.getByRole('status').getByText('Added to 1. Chargers where people park').waitFor();

    await activate(page, page.getByRole('button', { name: 'Add an outcome' }));
    const outcomes = page.getByRole('region', { name: 'What we will do: outcomes' });
    await typeInto(
      page,
      outcomes.getByLabel('What we will do', { exact: true }),
      'Install 20 chargers at leisure centres',
    );
    await typeInto(page, page.getByLabel(/Who will do it/), 'Transport team');
    await typeInto(page, page.getByLabel('Due date', { exact: true }), '2027-06-30');
    await typeInto(page, page.getByLabel(/How we will know/), 'Chargers in use each month');
    const status = page.getByLabel('Status', { exact: true });
    await tabTo(page, status);
    for (let i = 0; i < 4 && (await status.inputValue()) !== 'in-progress'; i++) await page.keyboard.press('ArrowDown');
    await expect.poll(() => status.inputValue()).toBe('in-progress');

    // The theme's title in Welsh; what people said stays in English only.
    const language = page.getByLabel('Language you are writing in');
    await tabTo(page, language);
    for (let i = 0; i < 8 && (await language.inputValue()) !== 'cy'; i++) await page.keyboard.press('ArrowDown');
    await expect.poll(() => language.inputValue()).toBe('cy');
    await typeInto(page, page.getByLabel('Theme title', { exact: true }), 'Gwefru lle mae pobl yn parcio');

    const preview = page.getByRole('region', { name: 'Preview' });
    await preview.getByRole('heading', { name: 'Gwefru lle mae pobl yn parcio' }).waitFor();
    await preview.getByRole('blockquote').getByText(CONSENTED).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await activate(page, page.getByRole('button', { name: 'Save and publish' }));
    await page.getByRole('status').getByText('Published. Tablets show it the next time they connect.').waitFor();
  } finally {
    await context.close();
  }

  const { pages } = (await (await fetch(`${server.url}/api/results`)).json()) as {
    pages: { formId: string; content: { themes: { quotes: { questionId: string; text: string }[] }[] } }[];
  };
  const ev = pages.find((p) => p.formId === 'ev-charging');
  // Residents see the words and never which response they came from (its id begins with its reference code).
  expect(ev?.content.themes[0]?.quotes).toEqual([{ questionId: 'comments', text: CONSENTED }]);
  expect(JSON.stringify(pages)).not.toContain(sent[0]?.id);
});

/** A tablet set up, online once (so it keeps forms, results and references), then offline. */
async function offlineTablet(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await chromium.browser.newContext();
  const page = await context.newPage();
  await enrolTablet(page, server.url, server.databasePath);
  await page.goto(server.url);
  await waitForServiceWorkerControl(page);
  const teaser = page.getByRole('region', { name: 'You said, we did' });
  await teaser.getByRole('link', { name: EV_TITLE }).waitFor();
  await context.setOffline(true);
  return { context, page };
}

test('a tablet shows the published page offline, in English and in Welsh with a fallback notice', async () => {
  const { context, page } = await offlineTablet();
  try {
    await page.reload();
    const teaser = page.getByRole('region', { name: 'You said, we did' });
    await activate(page, teaser.getByRole('link', { name: EV_TITLE }));
    await page.getByRole('heading', { level: 1, name: EV_TITLE }).waitFor();
    await page.getByText('People who took part: 8').waitFor();
    await page.getByRole('heading', { level: 3, name: 'Chargers where people park' }).waitFor();
    await page.getByRole('blockquote').getByText(CONSENTED).waitFor();
    const outcome = page.getByRole('listitem').filter({ hasText: 'Install 20 chargers at leisure centres' });
    expect(await outcome.textContent()).toContain('Status: In progress');
    expect(await page.getByText(/is not available in/).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);

    await activate(page, page.getByRole('button', { name: 'Language: English' }));
    await activate(page, page.getByRole('button', { name: 'Cymraeg', exact: true }));
    await page.getByRole('heading', { level: 3, name: 'Gwefru lle mae pobl yn parcio' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Beth ddywedoch chi' }).waitFor();
    // Said, the outcome and the consultation's title have no Welsh: shown in English, and the page says so.
    await page.getByText('Many asked for chargers at leisure centres.').waitFor();
    expect(await page.getByText('Many asked for chargers at leisure centres.').getAttribute('lang')).toBe('en');
    await page.locator('.notice').filter({ hasText: 'English' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // At 320 px wide (and so at 200% text on a 640 px screen) nothing scrolls sideways, here or on the lookup.
    await page.setViewportSize({ width: 320, height: 640 });
    const sideways = () => page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    expect(await sideways()).toBe(false);
    await page.goto(`${server.url}/results/lookup`).catch(() => undefined);
    await page.locator('#main h1').waitFor();
    expect(await sideways()).toBe(false);
  } finally {
    await context.close();
  }
});

test('reference lookup offline: a response sent earlier, one still in the outbox, an unknown code, a mistyped one', async () => {
  const { context, page } = await offlineTablet();
  try {
    const waiting = evResponse('Waiting words', false, 99);
    await putOutboxEntries(page, outboxEntries([waiting]));
    await page.goto(`${server.url}/results/lookup`).catch(() => undefined);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Look up your reference' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    const field = page.getByLabel('Your reference');
    const lookUp = async (typed: string) => {
      await typeInto(page, field, typed);
      await activate(page, page.getByRole('button', { name: 'Look up' }));
    };

    // Typed forgivingly: lower case, a space for the dash.
    const code = referenceCode(sent[1]?.id ?? '');
    await lookUp(code.toLowerCase().replace('-', ' '));
    const finding = page.locator('.results-lookup__finding');
    await finding.getByText(`Your response (${code}) was received. It was for:`).waitFor();
    await finding.getByText(EV_TITLE).waitFor();
    await finding.getByRole('link', { name: 'See what happened' }).waitFor();

    const waitingCode = referenceCode(waiting.id);
    await lookUp(waitingCode);
    await finding
      .getByText(`Your response (${waitingCode}) is saved on this tablet, waiting to be sent.`, { exact: false })
      .waitFor();

    await lookUp('ZZZZ-ZZZZ');
    await finding.getByText('We could not find the reference ZZZZ-ZZZZ.', { exact: false }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await lookUp('hello');
    await page
      .getByRole('alert')
      .getByRole('link', { name: /Enter your reference/ })
      .waitFor();
    await expect.poll(() => page.title()).toMatch(/^Error: /);
    expect(await axeViolations(page)).toEqual([]);
  } finally {
    await context.close();
  }
});

test('the results page prints as an A4 poster: no header or navigation, nothing wider than the page', async () => {
  const { context, page } = await offlineTablet();
  try {
    await page.goto(`${server.url}/results/ev-charging`).catch(() => undefined);
    await page.getByRole('heading', { level: 1, name: EV_TITLE }).waitFor();
    await page.getByRole('button', { name: 'Print poster' }).waitFor();
    // A4 is 210 mm wide; less the poster's 14 mm margins, 182 mm at 96 CSS px to the inch.
    const printable = Math.floor((182 / 25.4) * 96);
    await page.setViewportSize({ width: printable, height: 1000 });
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Print poster' }).isVisible()).toBe(false);
    expect(await page.getByRole('region', { name: 'Sending' }).count()).toBe(0);
    const wider = await page.evaluate((width) => {
      const all = [...document.querySelectorAll<HTMLElement>('.results-page, .results-page *')];
      return all
        .filter((el) => el.getBoundingClientRect().right > width + 0.5 || el.scrollWidth > el.clientWidth + 1)
        .map((el) => el.tagName);
    }, printable);
    expect(wider).toEqual([]);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
  } finally {
    await context.close();
  }
});

test('the confirmation screen offers to print the reference, printing just the code and the consultation', async () => {
  const context = await chromium.browser.newContext();
  try {
    const page = await context.newPage();
    await enrolTablet(page, server.url, server.databasePath);
    await page.goto(server.url);
    await answerDemoAndSubmit(page);
    const slip = page.getByRole('region', { name: 'Print or write down your reference' });
    await slip.waitFor();
    const code = (await page.locator('.panel__reference').textContent()) ?? '';
    expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    await slip.getByText(DEMO_TITLE).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.evaluate(() => {
      window.print = () => undefined; // The print dialog itself is the browser's; the test looks at what it would print.
    });
    await activate(page, slip.getByRole('button', { name: 'Print your reference' }));
    await page.emulateMedia({ media: 'print' });
    const shown = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('body *')]
        .filter(
          (el) => getComputedStyle(el).visibility === 'visible' && el.childElementCount === 0 && el.textContent?.trim(),
        )
        .map((el) => el.textContent?.trim()),
    );
    expect(shown).toContain(DEMO_TITLE);
    expect(shown).toContain(`Your reference is ${code}`);
    expect(shown).not.toContain('Thank you');

    // From the confirmation screen to the lookup, where this tablet knows the response is waiting to be sent.
    await page.emulateMedia({ media: 'screen' });
    await activate(page, slip.getByRole('link', { name: 'Look up your reference' }));
    await typeInto(page, page.getByLabel('Your reference'), code);
    await activate(page, page.getByRole('button', { name: 'Look up' }));
    await page.locator('.results-lookup__finding').getByText(DEMO_TITLE).waitFor();
  } finally {
    await context.close();
  }
});

test('on the public site, a browser that is not a set-up tablet looks a reference up online, never given the index', async () => {
  const context = await chromium.browser.newContext();
  try {
    const page = await context.newPage();
    const asked: string[] = [];
    page.on('request', (request) => asked.push(new URL(request.url()).pathname));
    // The welcome screen refreshes what the site keeps for offline use: the forms and the published pages.
    await page.goto(server.url);
    await expect.poll(() => asked.includes('/api/results'), { timeout: 15_000 }).toBe(true);
    await page.goto(`${server.url}/results/lookup`);
    await page.getByRole('heading', { level: 1, name: 'Look up your reference' }).waitFor();
    const code = referenceCode(sent[2]?.id ?? '');
    await typeInto(page, page.getByLabel('Your reference'), code);
    await activate(page, page.getByRole('button', { name: 'Look up' }));
    const finding = page.locator('.results-lookup__finding');
    await finding.getByText(`Your response (${code}) was received. It was for:`).waitFor();
    await finding.getByText(EV_TITLE).waitFor();
    expect(asked).toContain('/api/results/lookup');
    // The index would tell anyone how many answered each consultation; only set-up tablets fetch it (with the
    // published pages, which this browser did fetch).
    expect(asked).not.toContain('/api/results/references');
    const refused = await page.request.get(`${server.url}/api/results/references`);
    expect(refused.status()).toBe(401);
  } finally {
    await context.close();
  }
});
