import { readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { useChromium } from '../support/browser-suite.ts';
import { watchCspViolations } from '../support/csp.ts';
import { enrolTablet } from '../support/enrol-tablet.ts';
import { DEMO_TITLE } from '../support/journey.ts';
import { activate, tabTo, toggle, typeInto } from '../support/keyboard.ts';
import { chooseRadio, expectAccessible, sideScroll } from '../support/officer-screens.ts';
import { addOfficer, signInByApi } from '../support/officers.ts';
import { outboxCount, outboxStatus, waitForServiceWorkerControl } from '../support/page-helpers.ts';
import { ServerProcess } from '../support/server-process.ts';

// Issue 8, opportunities to take part: the tablet keeps the published opportunities for offline browsing; a
// resident registers interest by keyboard with explicit consent; registrations wait in the same outbox as
// responses and reach the endpoint once, with no button pressed; officers read and download them. On a kiosk,
// the idle reset leaves nothing of a registration to go back to.

const chromium = useChromium();
const LIBRARY = 'Help redesign Newbury library';
const FORUM = 'Thatcham neighbourhood plan forum';
const VENUE = 'Newbury library';

let server: ServerProcess;
let context: BrowserContext;
let page: Page;
let csp: string[];

beforeEach(async () => {
  server = await ServerProcess.start();
  context = await chromium.browser.newContext({ viewport: { width: 800, height: 900 }, acceptDownloads: true });
});
afterEach(async () => {
  expect(csp).toEqual([]);
  await context.close();
  await server.dispose();
});

const h1 = (name: string | RegExp) => page.getByRole('heading', { level: 1, name });
const path = () => new URL(page.url()).pathname;

/** The registrations the endpoint stored, read from its SQLite file. */
function storedRegistrations(): {
  id: string;
  opportunity_id: string;
  name: string | null;
  contact_method: string;
  contact_value: string | null;
  event: string | null;
}[] {
  const db = new Database(server.databasePath, { readonly: true });
  try {
    return db
      .prepare('SELECT id, opportunity_id, name, contact_method, contact_value, event FROM registrations ORDER BY seq')
      .all() as ReturnType<typeof storedRegistrations>;
  } finally {
    db.close();
  }
}

async function openTablet(): Promise<void> {
  page = await context.newPage();
  csp = watchCspViolations(page);
  await page.goto(server.url);
  await waitForServiceWorkerControl(page);
  await enrolTablet(page, server.url, server.databasePath);
}

test('offline, a resident browses opportunities and registers interest by keyboard; it syncs once by itself; the officer sees and downloads it', async () => {
  const officer = await addOfficer(server.databasePath, { role: 'officer' });
  await openTablet();
  // Staff say where the tablet is, so "Tell me at Newbury library" is offered.
  await page.getByLabel('Event or venue').fill(VENUE);
  await page.getByRole('radio', { name: 'With a staff member' }).check();
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByText(/^Saved\./).waitFor();

  // Online, the welcome screen fetches the opportunities and keeps them.
  await page.goto(server.url);
  await page.getByRole('heading', { level: 2, name: 'Get involved' }).waitFor();
  await page.getByRole('link', { name: LIBRARY }).waitFor();
  await page.getByRole('link', { name: FORUM }).waitFor();
  await page
    .getByRole('listitem')
    .filter({ hasText: LIBRARY })
    .getByText(/^Libraries\s*From /)
    .waitFor();
  expect(await axeViolations(page)).toEqual([]);

  // No connection: the app and the opportunities come from the tablet.
  await context.setOffline(true);
  const offlineLoad = await page.reload();
  expect(offlineLoad?.fromServiceWorker()).toBe(true);
  await page.getByRole('heading', { level: 2, name: 'Get involved' }).waitFor();

  // The details, every field in plain words.
  await activate(page, page.getByRole('link', { name: LIBRARY }));
  await h1(LIBRARY).waitFor();
  for (const heading of [
    'What you can change',
    'What is already decided',
    'Who is responsible',
    'How to take part',
    'When',
    'Session times',
    'Accessibility',
    'Contact',
  ]) {
    await page.getByRole('heading', { level: 2, name: heading, exact: true }).waitFor();
  }
  await page.getByText('The council', { exact: true }).waitFor();
  await page.getByText('Email: engage@council.example').waitFor();
  expect(await axeViolations(page)).toEqual([]);
  // It reflows at 320 px (WCAG 1.4.10).
  await page.setViewportSize({ width: 320, height: 800 });
  expect(await sideScroll(page)).toBe(0);
  await page.setViewportSize({ width: 800, height: 900 });

  // The form: submitting with nothing chosen shows the error summary, focused, linked to each field.
  await activate(page, page.getByRole('link', { name: 'Register your interest' }));
  await h1('Register your interest').waitFor();
  const consent = page.getByRole('checkbox', { name: /I agree that the council can keep these details/ });
  expect(await consent.isChecked()).toBe(false);
  await page.getByText('We delete them 12 months after the opportunity ends.', { exact: false }).waitFor();
  expect(await axeViolations(page)).toEqual([]);
  await activate(page, page.getByRole('button', { name: 'Register interest' }));
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await summary.getByRole('link', { name: 'Select how we should contact you' }).waitFor();
  await summary.getByRole('link', { name: /Tick the box to agree/ }).waitFor();
  await expect.poll(() => page.title()).toMatch(/^Error: /);
  await expect.poll(() => summary.evaluate((el) => el === document.activeElement)).toBe(true);
  expect(await axeViolations(page)).toEqual([]);

  // "Tell me at the library", by keyboard, with consent.
  const methods = page.getByRole('group', { name: 'How should we contact you?' });
  await chooseRadio(page, methods, `Tell me at ${VENUE}`);
  await toggle(page, consent);
  await activate(page, page.getByRole('button', { name: 'Register interest' }));
  await h1('Your interest is registered').waitFor();
  await page.getByText(`Ask at ${VENUE}: staff there will tell you what happens next.`).waitFor();
  expect(await axeViolations(page)).toEqual([]);
  await outboxStatus(page).getByText('1 registration of interest waiting to be sent from this tablet').waitFor();

  // A second resident registers for the forum by email, from the full list.
  await activate(page, page.getByRole('button', { name: 'Back to the start' }));
  await page.getByRole('heading', { level: 2, name: 'Get involved' }).waitFor();
  await activate(page, page.getByRole('link', { name: 'See all ways to get involved' }));
  await h1('Ways to get involved').waitFor();
  expect(await axeViolations(page)).toEqual([]);
  await activate(page, page.getByRole('link', { name: FORUM }));
  await h1(FORUM).waitFor();
  await page.getByText('Thatcham Town Council, a town or parish council').waitFor();
  await activate(page, page.getByRole('link', { name: 'Register your interest' }));
  await h1('Register your interest').waitFor();
  await typeInto(page, page.getByLabel('Your name (optional)'), 'Ada Lovelace');
  await chooseRadio(page, page.getByRole('group', { name: 'How should we contact you?' }), 'By email');
  const email = page.getByRole('textbox', { name: 'Email address' });
  await typeInto(page, email, 'ada@example');
  await toggle(page, page.getByRole('checkbox', { name: /I agree that the council can keep these details/ }));
  await activate(page, page.getByRole('button', { name: 'Register interest' }));
  await summary.getByRole('link', { name: /Enter an email address in the correct format/ }).waitFor();
  expect(await axeViolations(page)).toEqual([]);
  await typeInto(page, email, 'ada@example.org');
  await activate(page, page.getByRole('button', { name: 'Register interest' }));
  await page.getByText('We will contact you by email at ada@example.org.').waitFor();
  // Back from the confirmation does not reopen the filled-in form.
  await page.goBack();
  await expect.poll(path).not.toMatch(/\/register$/);
  await page.goto(`${server.url}/`).catch(() => undefined);
  await outboxStatus(page).getByText('2 registrations of interest waiting to be sent from this tablet').waitFor();
  expect(storedRegistrations()).toEqual([]);
  // Staff's status page counts each kind honestly.
  await page.goto(`${server.url}/status`);
  await h1('Tablet status').waitFor();
  await page
    .locator('.summary-list__row')
    .filter({ hasText: 'Registrations of interest waiting to be sent' })
    .getByText('2', { exact: true })
    .waitFor();
  await page
    .locator('.summary-list__row')
    .filter({ hasText: 'Saved, waiting to be sent' })
    .getByText('0', { exact: true })
    .waitFor();
  expect(await axeViolations(page)).toEqual([]);

  // Back online: they are sent by themselves, each stored once.
  await context.setOffline(false);
  await expect.poll(() => storedRegistrations().length, { timeout: 30_000 }).toBe(2);
  await expect.poll(() => outboxCount(page), { timeout: 30_000 }).toBe(0);
  const stored = storedRegistrations();
  expect(stored.map(({ id: _, ...rest }) => rest)).toEqual([
    {
      opportunity_id: 'library-co-design',
      name: null,
      contact_method: 'venue',
      contact_value: VENUE,
      event: VENUE,
    },
    {
      opportunity_id: 'neighbourhood-plan-forum',
      name: 'Ada Lovelace',
      contact_method: 'email',
      contact_value: 'ada@example.org',
      event: VENUE,
    },
  ]);
  expect(new Set(stored.map((r) => r.id)).size).toBe(2);

  // The officer: the list with counts, the registrations and the CSV.
  await signInByApi(context, server.url, officer);
  const officerPage = await context.newPage();
  page = officerPage;
  await page.goto(`${server.url}/officer/opportunities`);
  await h1('Opportunities to take part').waitFor();
  const libraryRow = page.getByRole('row', { name: new RegExp(LIBRARY) });
  await libraryRow.getByRole('cell', { name: 'Published' }).waitFor();
  await libraryRow.getByRole('cell', { name: '1', exact: true }).waitFor();
  await expectAccessible(page);
  await activate(page, page.getByRole('link', { name: `Registrations for ${FORUM}` }));
  await h1(`Registrations: ${FORUM}`).waitFor();
  const row = page.getByRole('row', { name: /Ada Lovelace/ });
  await row.getByRole('cell', { name: 'Email: ada@example.org' }).waitFor();
  await row.getByRole('cell', { name: VENUE }).waitFor();
  await expectAccessible(page);
  await page.setViewportSize({ width: 320, height: 800 });
  await expectAccessible(page);
  await page.setViewportSize({ width: 800, height: 900 });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download registrations (CSV)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('registrations-neighbourhood-plan-forum.csv');
  const csv = readFileSync((await download.path()) ?? '', 'utf8');
  expect(csv).toContain('Ada Lovelace,email,ada@example.org');
  expect(csv.trim().split('\r\n')).toHaveLength(2);

  // The editor: every field, and the error summary when they are missing.
  await page.goto(`${server.url}/officer/opportunities/new`);
  await h1('Create an opportunity').waitFor();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Save' }).click();
  const officerSummary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await officerSummary.getByRole('link', { name: 'Enter a title in English.' }).waitFor();
  await officerSummary.getByRole('link', { name: 'Choose the service area.' }).waitFor();
  await expectAccessible(page);
  await page.getByLabel('Title', { exact: true }).fill('Youth council');
  await page.getByLabel('Service area').selectOption({ label: 'Children’s services' });
  await page.getByLabel('Summary', { exact: true }).fill('Young people advise the council.');
  await page.getByLabel('What residents can influence', { exact: true }).fill('The youth budget.');
  await page.getByLabel('What is already decided or out of scope', { exact: true }).fill('School places.');
  await page.getByRole('radio', { name: 'Another body' }).check();
  await page.getByLabel('Name of the council or body').fill('Youth Forum CIC');
  await page.getByLabel('How to take part', { exact: true }).fill('Come to a meeting.');
  await page.getByLabel('Starts on').fill('2026-12-01');
  await page.getByLabel('Ends on').fill('2099-12-31');
  await page.getByLabel('Accessibility of the sessions', { exact: true }).fill('Step-free.');
  await page.getByLabel('Contact name').fill('Youth team');
  await page.getByLabel('Contact phone').fill('01635 000001');
  await page.getByLabel('Add a language').selectOption({ label: 'Cymraeg' });
  await page.getByRole('button', { name: 'Add language' }).click();
  await page.getByLabel('Title (Cymraeg)').fill('Cyngor ieuenctid');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByText('‘Youth council’ is saved.').waitFor();
  await page.getByRole('button', { name: 'Publish Youth council' }).click();
  await page.getByText('‘Youth council’ is published.', { exact: false }).waitFor();
  const published = (await (await fetch(`${server.url}/api/opportunities`)).json()) as {
    opportunities: { title: Record<string, string>; responsible: unknown }[];
  };
  expect(published.opportunities.find((o) => o.title.en === 'Youth council')).toMatchObject({
    title: { en: 'Youth council', cy: 'Cyngor ieuenctid' },
    responsible: { kind: 'other', name: 'Youth Forum CIC' },
  });
});

test('kiosk: a registration’s confirmation cannot be reached again after the idle reset', async () => {
  await context.clock.install();
  await openTablet();
  await page.getByRole('link', { name: 'Use this tablet as a kiosk' }).click();
  await h1('Kiosk mode').waitFor();
  await page.getByRole('checkbox', { name: DEMO_TITLE }).check();
  await page.getByRole('combobox', { name: /Time without use/ }).selectOption({ label: '30 seconds' });
  await page.getByLabel('Staff PIN', { exact: true }).fill('2468');
  await page.getByLabel('Staff PIN again').fill('2468');
  await page.getByRole('button', { name: 'Start kiosk mode' }).click();
  await h1('Have your say').waitFor();

  await page.getByRole('heading', { level: 2, name: 'Get involved' }).waitFor();
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('link', { name: LIBRARY }).click();
  await h1(LIBRARY).waitFor();
  await page.getByRole('link', { name: 'Register your interest' }).click();
  await h1('Register your interest').waitFor();
  // No event was set on this tablet, so there is no venue to be told at.
  expect(await page.getByRole('radio', { name: /Tell me at/ }).count()).toBe(0);
  const email = 'kiosk.person@example.org';
  await page.getByRole('radio', { name: 'By email' }).check();
  const box = page.getByRole('textbox', { name: 'Email address' });
  expect(await page.locator('form').getAttribute('autocomplete')).toBe('off');
  await box.fill(email);
  await page.getByRole('checkbox', { name: /I agree that the council can keep these details/ }).check();
  await page.getByRole('button', { name: 'Register interest' }).click();
  await page.getByText(`We will contact you by email at ${email}.`).waitFor();
  expect(await axeViolations(page)).toEqual([]);
  await tabTo(page, page.getByRole('button', { name: 'Finish' }));

  // They walk away: the warning, then the reset.
  await page.clock.fastForward(31_000);
  await page.getByRole('alertdialog').waitFor();
  await page.clock.fastForward(31_000);
  await h1('Have your say').waitFor();
  await page.waitForLoadState('load');
  expect(await page.content()).not.toContain(email);
  for (let back = 0; back < 3; back++) {
    await page.goBack();
    await h1('Have your say').waitFor();
    expect(await page.content()).not.toContain(email);
  }
  // Typing the confirmation's address brings back nothing either.
  await page.goto(`${server.url}/opportunities/library-co-design/registered`);
  await h1('Have your say').waitFor();
  await expect.poll(path).toBe('/');
  expect(await page.content()).not.toContain(email);

  // The registration itself was kept and sent.
  await expect.poll(() => storedRegistrations().map((r) => r.contact_value), { timeout: 30_000 }).toEqual([email]);
});
