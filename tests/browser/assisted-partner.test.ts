import Database from 'better-sqlite3';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { parseCsv } from '../../server/exports/test-parse-csv.ts';
import { axeViolations } from '../support/axe.ts';
import { useChromium } from '../support/browser-suite.ts';
import { watchCspViolations } from '../support/csp.ts';
import { continueTo, DEMO_TITLE } from '../support/journey.ts';
import { activate, tabTo, typeInto } from '../support/keyboard.ts';
import { expectAccessible } from '../support/officer-screens.ts';
import { addOfficer, type OfficerCredentials, signInByApi } from '../support/officers.ts';
import { outboxStatus, waitForServiceWorkerControl } from '../support/page-helpers.ts';
import { ServerProcess } from '../support/server-process.ts';

// Issue 8: a partner organisation runs an event with a tablet set up from its own code, and staff mark a
// session as helped by an interpreter in Polish. The response arrives assisted, with the interpreter, the
// language of the conversation and the partner the endpoint stamped; the export and reach show them.

const chromium = useChromium();
const EVENT = 'Polish community centre drop-in';
let server: ServerProcess;
let admin: OfficerCredentials;
let officerContext: BrowserContext;
let tabletContext: BrowserContext;

beforeAll(async () => {
  server = await ServerProcess.start();
  admin = await addOfficer(server.databasePath, { role: 'administrator', name: 'Ann Admin' });
  officerContext = await chromium.browser.newContext();
  await signInByApi(officerContext, server.url, admin);
  tabletContext = await chromium.browser.newContext();
});
afterAll(async () => {
  await officerContext?.close();
  await tabletContext?.close();
  await server?.dispose();
});

interface StoredRow {
  channel: string;
  assisted_by: string | null;
  conversation_language: string | null;
  partner: string | null;
  event: string | null;
}

function storedRows(): StoredRow[] {
  const db = new Database(server.databasePath, { readonly: true });
  try {
    return db
      .prepare('SELECT channel, assisted_by, conversation_language, partner, event FROM responses ORDER BY seq')
      .all() as StoredRow[];
  } finally {
    db.close();
  }
}

/** The officer makes a set-up code for a partner's tablet on the devices screen, by keyboard. */
async function codeForPartner(page: Page): Promise<string> {
  await page.goto(`${server.url}/officer/devices`);
  await page.getByRole('heading', { level: 1, name: 'Tablets' }).waitFor();
  await typeInto(page, page.getByLabel('Name of the tablet'), 'Healthwatch tablet 1');
  await typeInto(page, page.getByLabel('Partner organisation (optional)'), '  Healthwatch ');
  await expectAccessible(page);
  await activate(page, page.getByRole('button', { name: 'Create a set-up code' }));
  const panel = page.getByRole('region', { name: 'Set-up code for Healthwatch tablet 1' });
  await panel.waitFor();
  await panel.getByText('Partner organisation: Healthwatch').waitFor();
  const shown = (await panel.getByText(/^The code is \S+$/).textContent()) ?? '';
  return shown.replace('The code is', '').trim();
}

test('an interpreter-assisted session on a partner’s tablet is recorded, exported and counted by partner', async () => {
  const officer = await officerContext.newPage();
  const code = await codeForPartner(officer);

  // The tablet is set up from that code, for the partner's event, with a staff member helping.
  const tablet = await tabletContext.newPage();
  const csp = watchCspViolations(tablet);
  await tablet.goto(server.url);
  await waitForServiceWorkerControl(tablet);
  await tablet.goto(`${server.url}/setup?code=${encodeURIComponent(code)}`);
  await tablet.getByRole('button', { name: 'Set up this tablet' }).click();
  await tablet.getByText('This tablet is set up as ‘Healthwatch tablet 1’.').waitFor();
  await tablet.getByRole('textbox', { name: 'Event or venue' }).fill(EVENT);
  await tablet.getByRole('radio', { name: 'With a staff member' }).check();
  await tablet.getByRole('button', { name: 'Save' }).click();
  await tablet.getByText(/^Saved\. Responses from now on record the event/).waitFor();

  // The start page: the staff control is separate, open on an assisted tablet, "staff" already chosen.
  await tablet.goto(server.url);
  await tablet.getByRole('link', { name: `Start: ${DEMO_TITLE}` }).click();
  await tablet.getByRole('heading', { level: 1, name: DEMO_TITLE }).waitFor();
  const staff = tablet.locator('details.staff-assist');
  await staff.getByText('For staff: are you helping someone?').waitFor();
  // Opened and chosen from the tablet's settings, which load after the page is drawn.
  await expect.poll(() => staff.evaluate((el) => (el as HTMLDetailsElement).open)).toBe(true);
  const helpers = tablet.getByRole('group', { name: 'Who is helping this person answer?' });
  await expect.poll(() => helpers.getByRole('radio', { name: 'A staff member is helping' }).isChecked()).toBe(true);
  expect(await axeViolations(tablet)).toEqual([]);

  // Staff say an interpreter is helping, in Polish, by keyboard.
  // A radio group is one Tab stop, at the chosen radio; the arrow keys move the choice.
  await tabTo(tablet, helpers.getByRole('radio', { name: 'A staff member is helping' }));
  await tablet.keyboard.press('ArrowDown');
  await expect.poll(() => helpers.getByRole('radio', { name: 'An interpreter is helping' }).isChecked()).toBe(true);
  const language = tablet.getByLabel('Language of the conversation (optional)');
  await language.selectOption({ label: 'Polski (Polish)' });
  expect(await language.locator('option', { hasText: 'BSL (British Sign Language)' }).count()).toBe(1);
  expect(await axeViolations(tablet)).toEqual([]);

  // The resident answers.
  await tablet.getByRole('link', { name: 'Start now' }).click();
  await tablet.getByRole('heading', { level: 1, name: 'Which services would you most like to help shape?' }).waitFor();
  await tablet.getByRole('checkbox', { name: 'Planning and neighbourhood plans' }).check();
  await continueTo(tablet, 'How well does the council listen to people like you?');
  await tablet.getByRole('radio', { name: '5 – Very well' }).check();
  await continueTo(tablet, /What is one thing the council should change/);
  await continueTo(tablet, 'How would you like to be involved?');
  await tablet.getByRole('radio', { name: 'Answer short surveys like this one' }).check();
  await continueTo(tablet, /What is your age\?/);
  await continueTo(tablet, 'Check your answers');
  await tablet.getByRole('button', { name: 'Submit' }).click();
  await tablet.getByRole('heading', { name: 'Thank you' }).waitFor();

  // It is sent, and stored assisted, with who helped, the language, and the partner the endpoint stamped.
  await expect.poll(() => storedRows().length, { timeout: 15_000 }).toBe(1);
  await expect.poll(() => outboxStatus(tablet).textContent()).toContain('All responses sent');
  expect(storedRows()).toEqual([
    {
      channel: 'assisted',
      assisted_by: 'interpreter',
      conversation_language: 'pl',
      partner: 'Healthwatch',
      event: EVENT,
    },
  ]);
  expect(csp).toEqual([]);

  // The export's row says so in its own columns.
  const csv = parseCsv(await (await officer.request.get(`${server.url}/api/responses.csv?form=shape-services`)).text());
  const [header = [], row = []] = csv;
  const cell = (name: string) => row[header.indexOf(name)];
  expect([cell('channel'), cell('assisted_by'), cell('conversation_language'), cell('partner'), cell('event')]).toEqual(
    ['assisted', 'interpreter', 'pl', 'Healthwatch', EVENT],
  );

  // The reach page counts by partner (one response: suppressed, but the partner is named), and filters by it.
  await officer.goto(`${server.url}/officer/reach`);
  await officer.getByLabel('Consultation').selectOption('shape-services');
  await officer.getByLabel('Partner organisation').selectOption('Healthwatch');
  await activate(officer, officer.getByRole('button', { name: 'Show reach' }));
  const byPartner = officer.getByRole('table', { name: 'Responses by partner organisation' });
  await byPartner.waitFor();
  const partnerRow = byPartner.getByRole('row', { name: /Healthwatch/ });
  await expect
    .poll(async () => (await partnerRow.locator('th, td').allTextContents()).map((c) => c.trim()))
    .toEqual(['Healthwatch', 'fewer than 5']);
  await officer
    .getByRole('table', { name: 'Assisted sessions, by who helped' })
    .getByText('Helped by an interpreter')
    .waitFor();
  await officer
    .getByRole('table', { name: 'Assisted sessions, by the language of the conversation' })
    .getByText('Polski (Polish)')
    .waitFor();
  await expectAccessible(officer);

  // The events list says which partner ran the event.
  await officer.goto(`${server.url}/officer/events`);
  const eventRow = officer.getByRole('row', { name: new RegExp(EVENT) });
  await eventRow.waitFor();
  await eventRow.getByRole('cell', { name: 'Healthwatch' }).waitFor();
  await expectAccessible(officer);
});

test('the staff control fits 320 px wide and passes axe, closed on a tablet that is not set up as assisted', async () => {
  const tablet = await tabletContext.newPage();
  await tablet.setViewportSize({ width: 320, height: 800 });
  await tablet.goto(`${server.url}/setup`);
  await tablet.getByRole('radio', { name: 'Own device' }).check();
  await tablet.getByRole('button', { name: 'Save' }).click();
  await tablet.getByText(/^Saved\. Responses from now on record the event/).waitFor();
  await tablet.goto(server.url);
  await tablet.getByRole('link', { name: `Start: ${DEMO_TITLE}` }).click();
  const staff = tablet.locator('details.staff-assist');
  await staff.getByText('For staff: are you helping someone?').waitFor();
  expect(await staff.evaluate((el) => (el as HTMLDetailsElement).open)).toBe(false);
  expect(await axeViolations(tablet)).toEqual([]);
  await activate(tablet, staff.locator('summary'));
  const helpers = tablet.getByRole('group', { name: 'Who is helping this person answer?' });
  await expect.poll(() => helpers.getByRole('radio', { name: 'No one is helping' }).isChecked()).toBe(true);
  await helpers.getByRole('radio', { name: 'A staff member is helping' }).check();
  await tablet.getByLabel('Language of the conversation (optional)').selectOption('bfi');
  expect(await axeViolations(tablet)).toEqual([]);
  // The control, and the whole start page with it (the privacy notice's email address wraps), reflow within 320 px.
  const overflow = await staff.evaluate((details) => {
    const width = document.documentElement.clientWidth;
    return {
      control: [details, ...details.querySelectorAll('*')].filter((el) => el.getBoundingClientRect().right > width)
        .length,
      page: document.documentElement.scrollWidth - width,
    };
  });
  expect(overflow).toEqual({ control: 0, page: 0 });
});
