import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import { useChromium } from '../support/browser-suite.ts';
import { watchCspViolations } from '../support/csp.ts';
import { activate, tabTo, typeInto } from '../support/keyboard.ts';
import { expectAccessible, focused, signInOnScreen } from '../support/officer-screens.ts';
import { addOfficer, type OfficerCredentials, signInByApi } from '../support/officers.ts';
import { ServerProcess } from '../support/server-process.ts';

// Officers sign in to reach their screens; each screen needs a session, and each area a permission.

/** Every area an administrator's role opens, in the order the officer bar and the home page list them. */
const ADMIN_AREAS = [
  'Consultations',
  'Tablets',
  'Events',
  'Export responses',
  'Reach',
  'Event reflections',
  'Consultation report',
  'You said, we did',
  'Import from a tablet',
  'Opportunities',
  'Paper returns',
  'Accounts',
  'Change your password',
];

const chromium = useChromium();
let server: ServerProcess;
let admin: OfficerCredentials;
let outreach: OfficerCredentials;
let context: BrowserContext;

beforeAll(async () => {
  server = await ServerProcess.start();
  admin = await addOfficer(server.databasePath, { role: 'administrator', name: 'Ann Admin' });
  outreach = await addOfficer(server.databasePath, { role: 'outreach', name: 'Owen Outreach' });
});
afterAll(async () => {
  await server?.dispose();
});
afterEach(async () => {
  await context?.close();
});

async function newPage(): Promise<Page> {
  context = await chromium.browser.newContext();
  return context.newPage();
}

test('by keyboard alone: sent to sign in, a wrong password, the error summary, then back to the page asked for', async () => {
  const page = await newPage();
  const csp = watchCspViolations(page);
  await page.goto(`${server.url}/officer/devices`);
  await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
  await expect.poll(() => new URL(page.url()).searchParams.get('return')).toBe('/officer/devices');
  await expectAccessible(page);

  // Nothing typed: one error per field, the summary first and focused.
  await activate(page, page.getByRole('button', { name: 'Sign in' }));
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await summary.waitFor();
  expect(await summary.getByRole('link').allTextContents()).toEqual([
    'Enter your email address',
    'Enter your password',
  ]);
  await expect.poll(() => page.title()).toBe('Error: Sign in – Chorus');
  await expectAccessible(page);

  await typeInto(page, page.getByLabel('Email address'), admin.email);
  await typeInto(page, page.getByLabel('Password', { exact: true }), 'not the password at all');
  await page.keyboard.press('Enter');
  const wrong = summary.getByRole('link', { name: /The email address or password is not right/ });
  await wrong.waitFor();
  await expect.poll(() => summary.evaluate((el) => el === document.activeElement)).toBe(true);
  await expect.poll(() => page.getByLabel('Password', { exact: true }).inputValue()).toBe('');
  await expectAccessible(page);

  // The summary's link takes the focus to the password, where the right one goes.
  await activate(page, wrong);
  await expect.poll(() => focused(page)).toBe('input: Password');
  await page.keyboard.type(admin.password);
  await page.keyboard.press('Enter');

  await page.getByRole('heading', { level: 1, name: 'Tablets' }).waitFor();
  await expect.poll(() => new URL(page.url()).pathname).toBe('/officer/devices');
  await expect.poll(() => focused(page)).toBe('h1: Tablets');
  await page.getByText('Signed in as Ann Admin (Administrator)').waitFor();
  const nav = page.getByRole('navigation', { name: 'Officer' });
  await expect.poll(() => nav.getByRole('link').allTextContents()).toEqual(['Officer home', ...ADMIN_AREAS]);
  expect(await nav.getByRole('link', { name: 'Tablets' }).getAttribute('aria-current')).toBe('page');
  await expectAccessible(page);

  await activate(page, nav.getByRole('link', { name: 'Officer home' }));
  await page.getByRole('heading', { level: 1, name: 'Officer home' }).waitFor();
  await expect
    .poll(() => page.getByRole('main').getByRole('heading', { level: 2 }).allTextContents())
    .toEqual(ADMIN_AREAS);
  await expectAccessible(page);

  await activate(page, nav.getByRole('button', { name: 'Sign out' }));
  await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
  await page.getByText('You have signed out.').waitFor();
  await expectAccessible(page);
  expect((await context.request.get(`${server.url}/api/session`)).status()).toBe(401);

  // Signed out means signed out: the officer pages ask again.
  await page.goto(`${server.url}/officer/accounts`);
  await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
  await expect.poll(() => new URL(page.url()).searchParams.get('return')).toBe('/officer/accounts');
  expect(csp).toEqual([]);
});

test('a role without the permission sees "You do not have access to this page", and only its own areas', async () => {
  const page = await newPage();
  await page.goto(`${server.url}/officer/exports`);
  await signInOnScreen(page, outreach);
  await page.getByRole('heading', { level: 1, name: 'You do not have access to this page' }).waitFor();
  await expectAccessible(page);
  const nav = page.getByRole('navigation', { name: 'Officer' });
  await expect
    .poll(() => nav.getByRole('link').allTextContents())
    .toEqual([
      'Officer home',
      'Tablets',
      'Event reflections',
      'Import from a tablet',
      'Paper returns',
      'Change your password',
    ]);
  // The tablet's own "Sending" box is not part of the officers' screens.
  expect(await page.getByRole('region', { name: 'Sending' }).count()).toBe(0);
  await page.goto(`${server.url}/officer/accounts`);
  await page.getByRole('heading', { level: 1, name: 'You do not have access to this page' }).waitFor();
});

test('the old addresses of import and reach lead to their officer pages, through sign-in', async () => {
  const page = await newPage();
  await page.goto(`${server.url}/import`);
  await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
  await expect.poll(() => new URL(page.url()).searchParams.get('return')).toBe('/officer/import');
  await signInOnScreen(page, admin);
  await page.getByRole('heading', { level: 1, name: 'Import responses from a tablet' }).waitFor();
  await expectAccessible(page);
  await page.goto(`${server.url}/reach`);
  await page.getByRole('heading', { level: 1, name: 'Reach: who was heard' }).waitFor();
  await expect.poll(() => new URL(page.url()).pathname).toBe('/officer/reach');
});

test('too many wrong passwords: the screen says how long to wait, from Retry-After', async () => {
  const locked = await addOfficer(server.databasePath, { role: 'officer', email: 'locked@council.example' });
  const page = await newPage();
  await page.goto(`${server.url}/officer/sign-in`);
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  for (let attempt = 1; attempt <= 5; attempt++) {
    await signInOnScreen(page, { email: locked.email, password: `wrong password number ${attempt}` });
    await summary.getByText(/not right/).waitFor();
  }
  await signInOnScreen(page, locked);
  await summary.getByText('There have been too many attempts to sign in. Wait 15 minutes, then try again.').waitFor();
  await expectAccessible(page);
});

test('with no connection, signing in says so; at 320 px nothing scrolls sideways', async () => {
  const page = await newPage();
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(`${server.url}/officer/sign-in`);
  await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
  await expectAccessible(page);
  await context.setOffline(true);
  await signInOnScreen(page, admin);
  await page
    .getByRole('alert')
    .getByText('The council server cannot be reached, so you cannot sign in yet. Check the connection and try again.')
    .waitFor();
  await expectAccessible(page);
  await context.setOffline(false);
  await signInOnScreen(page, admin);
  await page.getByRole('heading', { level: 1, name: 'Officer home' }).waitFor();
  await expectAccessible(page);
  await tabTo(page, page.getByRole('button', { name: 'Sign out' }));
});

test('a session that ends while a screen is open goes to sign-in and back; an endpoint not answering is said', async () => {
  const page = await newPage();
  await signInByApi(context, server.url, admin);
  await page.goto(`${server.url}/officer/devices`);
  await page.getByRole('heading', { level: 1, name: 'Tablets' }).waitFor();
  // The list has loaded: on a busy machine its first call could otherwise be the one that finds the session gone.
  await page.getByText('Loading tablets…').waitFor({ state: 'detached' });

  // Signed out elsewhere (another tab), with the session's own CSRF token.
  const { csrfToken } = (await (await context.request.get(`${server.url}/api/session`)).json()) as {
    csrfToken: string;
  };
  const out = await context.request.delete(`${server.url}/api/session`, { headers: { 'X-CSRF-Token': csrfToken } });
  expect(out.status()).toBe(204);
  await activate(page, page.getByRole('button', { name: 'Refresh the list' }));
  await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
  await expect.poll(() => new URL(page.url()).searchParams.get('return')).toBe('/officer/devices');
  await signInOnScreen(page, admin);
  await page.getByRole('heading', { level: 1, name: 'Tablets' }).waitFor();

  // The endpoint does not answer when the screen asks who is signed in.
  await context.route('**/api/session', (route) => route.abort('connectionrefused'));
  await page.goto(`${server.url}/officer/events`);
  await page.getByRole('heading', { level: 1, name: 'The council server cannot be reached' }).waitFor();
  await expectAccessible(page);
  await context.unroute('**/api/session');
  await activate(page, page.getByRole('button', { name: 'Try again' }));
  await page.getByRole('heading', { level: 1, name: 'Events' }).waitFor();

  await page.goto(`${server.url}/officer/no-such-page`);
  await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
  await expectAccessible(page);
});

test('at 320 px every officer screen reflows without scrolling sideways, and axe finds nothing', async () => {
  context = await chromium.browser.newContext({ viewport: { width: 320, height: 640 } });
  await signInByApi(context, server.url, admin);
  const page = await context.newPage();
  const screens: [string, string][] = [
    ['/officer', 'Officer home'],
    ['/officer/forms', 'Consultations'],
    ['/officer/forms/new', 'New consultation'],
    ['/officer/devices', 'Tablets'],
    ['/officer/events', 'Events'],
    ['/officer/exports', 'Export responses'],
    ['/officer/reach', 'Reach: who was heard'],
    ['/officer/import', 'Import responses from a tablet'],
    ['/officer/accounts', 'Accounts'],
    ['/officer/accounts/new', 'Add an account'],
    ['/officer/password', 'Change your password'],
  ];
  for (const [path, heading] of screens) {
    await page.goto(`${server.url}${path}`);
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    await page.getByText(/^Loading/).waitFor({ state: 'detached' });
    await expectAccessible(page);
  }
});
