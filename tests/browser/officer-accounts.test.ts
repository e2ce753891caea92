import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import { useChromium } from '../support/browser-suite.ts';
import { activate, typeInto } from '../support/keyboard.ts';
import { chooseRadio, expectAccessible, focused, signInOnScreen } from '../support/officer-screens.ts';
import { addOfficer, type OfficerCredentials, signInByApi } from '../support/officers.ts';
import { ServerProcess } from '../support/server-process.ts';

// Administrators manage accounts: add one (with the role explained), change its role, disable and enable
// it; the endpoint's refusals appear at the field they are about. Every officer can change their password.

const chromium = useChromium();
let server: ServerProcess;
let admin: OfficerCredentials;
let context: BrowserContext;

beforeAll(async () => {
  server = await ServerProcess.start();
  admin = await addOfficer(server.databasePath, { role: 'administrator', name: 'Ann Admin' });
});
afterAll(async () => {
  await server?.dispose();
});
afterEach(async () => {
  await context?.close();
});

async function pageAs(officer: OfficerCredentials, path: string, heading: string): Promise<Page> {
  context = await chromium.browser.newContext();
  await signInByApi(context, server.url, officer);
  const page = await context.newPage();
  await page.goto(`${server.url}${path}`);
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  return page;
}

test('an administrator adds an account, by keyboard, with errors at the right fields', async () => {
  const page = await pageAs(admin, '/officer/accounts', 'Accounts');
  const table = page.getByRole('table', { name: 'Officer accounts' });
  await table.getByRole('row', { name: /^Ann Admin/ }).waitFor();
  await expectAccessible(page);

  await activate(page, page.getByRole('link', { name: 'Add an account' }));
  await page.getByRole('heading', { level: 1, name: 'Add an account' }).waitFor();
  const role = page.getByRole('group', { name: 'Role' });
  await expect.poll(() => role.getByRole('radio').count()).toBe(3);
  await role
    .getByText('Everything officers and outreach staff can do, and also manages accounts and revokes tablets.')
    .waitFor();
  await expectAccessible(page);

  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await activate(page, page.getByRole('button', { name: 'Add account' }));
  await summary.waitFor();
  expect(await summary.getByRole('link').allTextContents()).toEqual([
    'Enter their email address',
    'Enter their full name',
    'Choose a role',
    'Enter a new password',
  ]);
  await expectAccessible(page);

  // An email already in use: the endpoint says so, beside the email address.
  await typeInto(page, page.getByLabel('Email address'), admin.email);
  await typeInto(page, page.getByLabel('Full name'), 'Olu Officer');
  await chooseRadio(page, role, 'Officer');
  await typeInto(page, page.getByLabel('First password'), 'short');
  await activate(page, page.getByRole('button', { name: 'Add account' }));
  await summary.getByRole('link', { name: 'The new password must be at least 12 characters' }).waitFor();

  await typeInto(page, page.getByLabel('First password'), 'olu first password 2026');
  await activate(page, page.getByRole('button', { name: 'Add account' }));
  const taken = summary.getByRole('link', { name: /email/i });
  await taken.waitFor();
  const emailError = () =>
    page
      .getByLabel('Email address')
      .evaluate((input) => document.getElementById(input.getAttribute('aria-describedby') ?? '')?.textContent);
  await expect.poll(emailError).toBe(`Error: ${await taken.textContent()}`);
  await expectAccessible(page);
  await activate(page, taken);
  await expect.poll(() => focused(page)).toBe('input: Email address');

  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('olu@council.example');
  await activate(page, page.getByRole('button', { name: 'Add account' }));
  await page.getByRole('heading', { level: 1, name: 'Accounts' }).waitFor();
  await page.getByRole('alert').getByText('Account added for Olu Officer. They can sign in now.').waitFor();
  // The message can show before the list has loaded again: wait for the row.
  const row = table.getByRole('row', { name: /^Olu Officer/ });
  await expect
    .poll(async () => (await row.locator('th, td').allTextContents()).slice(0, 4))
    .toEqual(['Olu Officer', 'olu@council.example', 'Officer', 'Active']);
  await expectAccessible(page);
});

test('changing a role and disabling an account; the last administrator cannot stop being one', async () => {
  await addOfficer(server.databasePath, { role: 'officer', email: 'rita@council.example', name: 'Rita Role' });
  const page = await pageAs(admin, '/officer/accounts', 'Accounts');
  await activate(page, page.getByRole('link', { name: 'Change Rita Role' }));
  await page.getByRole('heading', { level: 1, name: 'Rita Role' }).waitFor();
  await expect.poll(() => page.getByRole('radio', { name: 'Officer' }).isChecked()).toBe(true);
  await expectAccessible(page);

  await chooseRadio(page, page.getByRole('group', { name: 'Role' }), 'Outreach');
  await activate(page, page.getByRole('button', { name: 'Save role' }));
  await page.getByRole('status').getByText('Rita Role is now: Outreach.').waitFor();
  await expectAccessible(page);

  await activate(page, page.getByRole('button', { name: 'Disable Rita Role' }));
  await page.getByRole('status').getByText('Rita Role is disabled and can no longer sign in.').waitFor();
  await activate(page, page.getByRole('button', { name: 'Enable Rita Role' }));
  await page.getByRole('status').getByText('Rita Role is enabled and can sign in again.').waitFor();
  await expectAccessible(page);

  // The only administrator tries to make themselves an officer: refused, at the role.
  await activate(page, page.getByRole('link', { name: 'Back to accounts' }));
  await activate(page, page.getByRole('link', { name: 'Change Ann Admin' }));
  await page.getByRole('heading', { level: 1, name: 'Ann Admin' }).waitFor();
  await chooseRadio(page, page.getByRole('group', { name: 'Role' }), 'Officer');
  await activate(page, page.getByRole('button', { name: 'Save role' }));
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  const refusal = summary.getByRole('link', { name: /administrator/i });
  await refusal.waitFor();
  await expect.poll(() => page.title()).toBe('Error: Ann Admin – Chorus');
  await expectAccessible(page);
  await activate(page, refusal);
  await expect.poll(() => focused(page)).toBe('input: Administrator');

  await activate(page, page.getByRole('button', { name: 'Disable Ann Admin' }));
  // The role's refusal is still in the summary: wait for this refusal, said at the Disable button.
  await expect
    .poll(() => page.getByRole('button', { name: 'Disable Ann Admin' }).getAttribute('aria-describedby'), {
      timeout: 15_000,
    })
    .toBe('account-disable-error');
  await summary.getByRole('link', { name: /administrator/i }).waitFor();
  await expectAccessible(page);
});

test('an officer changes their own password, then signs in with it', async () => {
  const officer = await addOfficer(server.databasePath, { role: 'officer', email: 'pat@council.example' });
  const page = await pageAs(officer, '/officer/password', 'Change your password');
  await page.getByText('At least 12 characters.', { exact: false }).waitFor();
  await expectAccessible(page);
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });

  await typeInto(page, page.getByLabel('Current password'), 'not my password');
  await typeInto(page, page.getByLabel('New password', { exact: true }), 'a brand new password');
  await typeInto(page, page.getByLabel('Type the new password again'), 'a brand new passwort');
  await activate(page, page.getByRole('button', { name: 'Change password' }));
  await summary.getByRole('link', { name: 'The two new passwords are not the same' }).waitFor();

  await typeInto(page, page.getByLabel('Type the new password again'), 'a brand new password');
  await activate(page, page.getByRole('button', { name: 'Change password' }));
  await summary.getByRole('link', { name: 'Your current password is not right' }).waitFor();
  await expectAccessible(page);

  await typeInto(page, page.getByLabel('Current password'), officer.password);
  await activate(page, page.getByRole('button', { name: 'Change password' }));
  await page.getByRole('status').getByText('Your password has been changed.').waitFor();
  await expectAccessible(page);

  await activate(page, page.getByRole('button', { name: 'Sign out' }));
  await signInOnScreen(page, { email: officer.email, password: 'a brand new password' });
  await page.getByRole('heading', { level: 1, name: 'Officer home' }).waitFor();
});
