import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { useChromium } from '../support/browser-suite.ts';
import { activate, typeInto } from '../support/keyboard.ts';
import { expectAccessible, focused } from '../support/officer-screens.ts';
import { addOfficer, signInByApi } from '../support/officers.ts';
import { ServerProcess } from '../support/server-process.ts';

// Issue 9: two officers with the same draft open. Autosave never overwrites the other's work unseen: the one
// whose save comes second is told who saved and when, and chooses whose version to keep. And a publishing
// problem in a translation leads to that translation's box.

const chromium = useChromium();
let server: ServerProcess;
const contexts: BrowserContext[] = [];

beforeEach(async () => {
  server = await ServerProcess.start();
});
afterEach(async () => {
  for (const context of contexts.splice(0)) await context.close();
  await server.dispose();
});

const DRAFT = `/officer/forms/drafts/park-plans`;

/** A signed-in officer's page on the draft's details. */
async function officerOnDraft(name: string, email: string): Promise<Page> {
  const context = await chromium.browser.newContext();
  contexts.push(context);
  await signInByApi(context, server.url, await addOfficer(server.databasePath, { role: 'officer', name, email }));
  const page = await context.newPage();
  await page.goto(`${server.url}${DRAFT}`);
  await page.getByRole('heading', { level: 1, name: 'Details: Park plans' }).waitFor();
  return page;
}

const savedAt = (page: Page) => page.getByRole('status').getByText(/^Saved at \d\d:\d\d$/);

async function startDraft(changes: Record<string, unknown> = {}): Promise<void> {
  const context = await chromium.browser.newContext();
  contexts.push(context);
  const author = await addOfficer(server.databasePath, { role: 'officer', email: 'author@council.example' });
  const session = await context.request.post(`${server.url}/api/session`, { data: author });
  const { csrfToken } = (await session.json()) as { csrfToken: string };
  // As "New consultation" starts one: every field there, the texts still to write.
  const blank = { en: '' };
  const form = {
    id: 'park-plans',
    version: 1,
    defaultLanguage: 'en',
    title: { en: 'Park plans' },
    description: blank,
    organisation: blank,
    estimatedMinutes: 5,
    privacy: { controller: blank, purpose: blank, retention: blank, rights: blank },
    questions: [],
    ...changes,
  };
  const reply = await context.request.post(`${server.url}/api/forms/drafts`, {
    data: { form },
    headers: { 'X-CSRF-Token': csrfToken },
  });
  expect(reply.status()).toBe(201);
}

type Text = { en?: string };
/** What the endpoint keeps of the draft's purpose and organisation. */
async function kept(page: Page): Promise<{ description?: string; organisation?: string }> {
  const reply = await page.request.get(`${server.url}/api/forms/drafts/park-plans`);
  const { form } = ((await reply.json()) as { draft: { form: { description?: Text; organisation?: Text } } }).draft;
  return { description: form.description?.en, organisation: form.organisation?.en };
}
const keptDescription = async (page: Page) => (await kept(page)).description;

test('two officers on one draft: the second save is held, with who and when; "Open their version", then "Keep my version"', async () => {
  await startDraft();
  const amina = await officerOnDraft('Amina Officer', 'amina@council.example');
  const ben = await officerOnDraft('Ben Officer', 'ben@council.example');

  await typeInto(amina, amina.getByLabel('What it is for'), 'Amina’s purpose');
  // On a busy machine a save can go between two keys: wait for the last one.
  await expect.poll(() => keptDescription(amina)).toBe('Amina’s purpose');
  await savedAt(amina).waitFor();
  // Ben's screen still shows the draft as he opened it; his change would overwrite Amina's.
  await typeInto(ben, ben.getByLabel('What it is for'), 'Ben’s purpose');
  const conflict = ben.getByRole('status').getByText(/^Not saved: Amina Officer saved this draft at \d\d:\d\d/);
  await conflict.waitFor();
  expect(await keptDescription(ben)).toBe('Amina’s purpose');
  expect(await ben.getByLabel('What it is for').inputValue()).toBe('Ben’s purpose');
  await expectAccessible(ben);

  // Ben carries on from Amina's version: his text is replaced by hers on screen, and nothing is saved over.
  await activate(ben, ben.getByRole('button', { name: 'Open their version' }));
  await ben
    .getByRole('status')
    .getByText(/^Their version is open\. Saved at \d\d:\d\d$/)
    .waitFor();
  expect(await ben.getByRole('button', { name: 'Keep my version' }).count()).toBe(0);
  await expect.poll(() => focused(ben)).toMatch(/Their version is open/);
  await expect.poll(() => ben.getByLabel('What it is for').inputValue()).toBe('Amina’s purpose');

  // Now Ben saves (based on Amina's), and it is Amina whose next change is held.
  await typeInto(ben, ben.getByLabel('Who is asking'), 'Parks team');
  await expect.poll(async () => (await kept(ben)).organisation).toBe('Parks team');
  await savedAt(ben).waitFor();
  await typeInto(amina, amina.getByLabel('What it is for'), 'Amina’s second thoughts');
  await amina
    .getByRole('status')
    .getByText(/^Not saved: Ben Officer saved this draft at/)
    .waitFor();
  // What she types while the choice waits is kept on screen, and saved with the rest once she chooses.
  await typeInto(amina, amina.getByLabel('Who is asking'), 'Parks and open spaces');
  await amina.getByRole('button', { name: 'Keep my version' }).waitFor();
  expect(await kept(amina)).toEqual({ description: 'Amina’s purpose', organisation: 'Parks team' });
  expect(await amina.getByLabel('Who is asking').inputValue()).toBe('Parks and open spaces');

  await activate(amina, amina.getByRole('button', { name: 'Keep my version' }));
  await savedAt(amina).waitFor();
  expect(await kept(amina)).toEqual({ description: 'Amina’s second thoughts', organisation: 'Parks and open spaces' });
  expect(await amina.getByRole('button', { name: 'Open their version' }).count()).toBe(0);
  await expectAccessible(amina);

  // Ben's screen has not seen that save: deleting the draft from it is refused, and says why.
  await activate(ben, ben.getByRole('link', { name: 'Check and publish' }));
  await activate(ben, ben.getByRole('button', { name: 'Delete this draft' }));
  await activate(ben, ben.getByRole('button', { name: 'Yes, delete the draft' }));
  await ben
    .getByRole('alert')
    .getByText(/^Not deleted: Amina Officer saved this draft at \d\d:\d\d, after you opened it\./)
    .waitFor();
  expect(await kept(ben)).toEqual({ description: 'Amina’s second thoughts', organisation: 'Parks and open spaces' });
});

test('a blank translation in the problems list leads to its box in the translations, in that language', async () => {
  const words = (en: string) => ({ en });
  await startDraft({
    title: { en: 'Park plans', cy: '  ' },
    description: words('Plans for the park.'),
    organisation: words('Parks team'),
    privacy: {
      controller: words('Test Borough Council'),
      purpose: words('To plan the park: public task.'),
      retention: words('Two years.'),
      rights: words('Ask the council to see your answers.'),
    },
    questions: [{ id: 'visits', type: 'yesno', required: false, label: words('Do you visit the park?') }],
  });
  const page = await officerOnDraft('Amina Officer', 'amina@council.example');
  await activate(page, page.getByRole('link', { name: 'Check and publish' }));
  const problem = page.getByRole('link', {
    name: 'Title, Cymraeg (cy): This text is only spaces: write it, or leave this language out.',
  });
  await problem.waitFor();
  await activate(page, problem);
  await page.getByRole('heading', { level: 1, name: 'Translations: Park plans' }).waitFor();
  await expect.poll(() => focused(page)).toBe('input: Cymraeg (cy): Title');
  // Used once: the address forgets it, so the section drawn again (another officer's version) keeps the focus.
  await expect.poll(() => new URL(page.url()).search).toBe('?language=cy');
  await typeInto(page, page.getByLabel('Cymraeg (cy): Title'), 'Cynlluniau’r parc');
  await savedAt(page).waitFor();
  await activate(page, page.getByRole('link', { name: 'Check and publish' }));
  await page.getByRole('heading', { level: 1, name: /^Check and publish/ }).waitFor();
  await expect
    .poll(() =>
      page
        .getByRole('link', {
          name: 'Title, Cymraeg (cy): This text is only spaces: write it, or leave this language out.',
        })
        .count(),
    )
    .toBe(0);
});
