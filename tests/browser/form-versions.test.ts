import Database from 'better-sqlite3';
import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, beforeEach, expect, test } from 'vitest';
import type { FormDefinition } from '../../src/core/form.ts';
import { axeViolations } from '../support/axe.ts';
import { useChromium } from '../support/browser-suite.ts';
import { watchCspViolations } from '../support/csp.ts';
import { enrolTablet } from '../support/enrol-tablet.ts';
import { readAllInPage } from '../support/in-page-idb.ts';
import { continueTo } from '../support/journey.ts';
import { addOfficer } from '../support/officers.ts';
import { waitForDraftSaved, waitForServiceWorkerControl } from '../support/page-helpers.ts';
import { PARK_V1 } from '../support/park-form.ts';
import { publishForm } from '../support/publish-form.ts';
import { ServerProcess } from '../support/server-process.ts';
import { GREEN_PNG } from '../support/test-picture.ts';

// Issue 9: devices pick up new versions when online, keep answering the old one until a form in progress
// ends, and responses keep their version; pictures on information screens show offline.

const chromium = useChromium();
let server: ServerProcess;
let context: BrowserContext;
let page: Page;
let csp: string[];

beforeEach(async () => {
  server = await ServerProcess.start();
  context = await chromium.browser.newContext();
  page = await context.newPage();
  csp = watchCspViolations(page);
});
afterEach(async () => {
  expect(csp).toEqual([]);
  await context.close();
  await server.dispose();
});

const V1 = PARK_V1;
const V2: FormDefinition = {
  ...V1,
  version: 2,
  title: { en: 'Our park, second round' },
  questions: [
    { id: 'often', type: 'yesno', required: true, label: { en: 'Do you visit every week?' } },
    ...V1.questions,
  ],
};

const heading = (name: string | RegExp) => page.getByRole('heading', { level: 1, name });
const storedVersions = (key: string) =>
  page.evaluate(readAllInPage, 'forms').then((rows) =>
    rows
      .map((r) => (r as { key: string }).key)
      .filter((k) => k.startsWith(key))
      .sort(),
  );

function responsesInDatabase(): { form_version: number; answers: string }[] {
  const db = new Database(server.databasePath, { readonly: true });
  try {
    return db.prepare("SELECT form_version, answers FROM responses WHERE form_id = 'park-survey'").all() as {
      form_version: number;
      answers: string;
    }[];
  } finally {
    db.close();
  }
}

test('a resident mid-way through version 1 finishes on it after the tablet picks up version 2; the next person gets version 2', async () => {
  await publishForm(server.databasePath, V1);
  await page.goto(server.url);
  await waitForServiceWorkerControl(page);
  await enrolTablet(page, server.url, server.databasePath);
  await page.goto(server.url);
  await page.getByRole('link', { name: 'Start: Our park' }).click();
  await heading('Our park').waitFor();
  await page.getByRole('link', { name: 'Start now' }).click();
  await heading('Do you visit the park?').waitFor();
  await page.getByRole('radio', { name: 'Yes' }).check();
  await continueTo(page, 'What would you improve?');
  await waitForDraftSaved(page);

  // Version 2 is published; the tablet, online, refreshes its forms (the list of consultations does).
  await publishForm(server.databasePath, V2);
  await page.goto(server.url);
  await page.getByRole('link', { name: 'Start: Our park, second round' }).waitFor();
  await expect.poll(() => storedVersions('park-survey@')).toEqual(['park-survey@1', 'park-survey@2']);

  // The resident carries on where they were, on version 1.
  await page.getByRole('link', { name: 'Start: Our park, second round' }).click();
  await heading('Our park').waitFor();
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('link', { name: 'Continue where you left off' }).click();
  await heading('What would you improve?').waitFor();
  await page.getByRole('textbox', { name: 'What would you improve?' }).fill('More benches');
  await continueTo(page, 'Check your answers');
  await page.getByRole('button', { name: 'Submit' }).click();
  await heading('Thank you').waitFor();

  // Sent and stored as a response to version 1.
  await expect.poll(() => responsesInDatabase(), { timeout: 30_000 }).toHaveLength(1);
  const [stored] = responsesInDatabase();
  expect(stored?.form_version).toBe(1);
  expect(JSON.parse(stored?.answers ?? '{}')).toEqual({ visits: 'yes', improve: 'More benches' });

  // Nothing on the tablet needs version 1 now: the next refresh drops it, and the next person gets version 2.
  await page.goto(server.url);
  await expect.poll(() => storedVersions('park-survey@')).toEqual(['park-survey@2']);
  await page.getByRole('link', { name: 'Start: Our park, second round' }).click();
  await heading('Our park, second round').waitFor();
  await page.getByRole('link', { name: 'Start now' }).click();
  await heading('Do you visit every week?').waitFor();
  expect(await axeViolations(page)).toEqual([]);
});

/** Signs in through the API with node's fetch: the session cookie and CSRF token for officer calls. */
async function officerHeaders(): Promise<Record<string, string>> {
  const officer = await addOfficer(server.databasePath, { role: 'officer' });
  const reply = await fetch(`${server.url}/api/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: officer.email, password: officer.password }),
  });
  const cookie = (reply.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await reply.json()) as { csrfToken: string };
  return { Cookie: cookie, 'X-CSRF-Token': csrfToken };
}

test('a picture uploaded for an information screen shows on the tablet offline, with its description', async () => {
  const headers = await officerHeaders();
  const upload = await fetch(`${server.url}/api/forms/images`, {
    method: 'POST',
    headers: { ...headers, 'Content-Type': 'image/png' },
    body: GREEN_PNG,
  });
  expect(upload.status).toBe(201);
  const { src } = (await upload.json()) as { src: string };
  const form: FormDefinition = {
    ...V1,
    questions: [
      {
        id: 'map',
        type: 'info',
        required: false,
        label: { en: 'The new park' },
        body: { en: 'This is the plan.' },
        image: { src, alt: { en: 'A plan of the park with a new playground by the pond' } },
      },
      ...V1.questions,
    ],
  };
  const published = await fetch(`${server.url}/api/forms`, {
    method: 'POST',
    headers: { ...headers, 'Content-Type': 'application/json' },
    body: JSON.stringify(form),
  });
  expect(published.status).toBe(201);

  await page.goto(server.url);
  await waitForServiceWorkerControl(page);
  await page.goto(server.url); // The list refreshes the forms and keeps their pictures.
  await page.getByRole('link', { name: 'Start: Our park' }).waitFor();
  await expect
    .poll(() =>
      page.evaluate(async () =>
        (await (await caches.open('chorus-images')).keys()).map((r) => new URL(r.url).pathname),
      ),
    )
    .toEqual([src]);

  await context.setOffline(true);
  await page.reload();
  await page.getByRole('link', { name: 'Start: Our park' }).click();
  const served = page.waitForResponse((reply) => new URL(reply.url()).pathname === src);
  await page.getByRole('link', { name: 'Start now' }).click();
  await heading('The new park').waitFor();
  expect((await served).fromServiceWorker()).toBe(true); // From the pictures' cache, not the network.
  const picture = page.getByRole('img', { name: 'A plan of the park with a new playground by the pond' });
  await picture.waitFor();
  await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(4);
  expect(await axeViolations(page)).toEqual([]);
});
