import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { useChromium } from '../support/browser-suite.ts';
import { demoResponses } from '../support/demo-responses.ts';
import { enrolDeviceByApi } from '../support/enrol-tablet.ts';
import { answerDemoAndSubmit, continueTo, DEMO_TITLE, startDemo } from '../support/journey.ts';
import {
  draftRaw,
  outboxCount,
  outboxEntriesRaw,
  outboxStatus,
  putDraft,
  waitForDraftSaved,
  waitForServiceWorkerControl,
} from '../support/page-helpers.ts';
import { SyncHarness } from '../support/sync-harness.ts';

// Faults on the tablet itself. Each test ends with the endpoint holding exactly the responses the
// tablet queued, each once.

const chromium = useChromium();
let h: SyncHarness;
const cleanups: (() => void)[] = [];
const AREAS = 'Which services would you most like to help shape?';
const LISTENING = 'How well does the council listen to people like you?';
afterEach(async () => {
  await h?.dispose();
  for (const cleanup of cleanups.splice(0)) cleanup();
});

async function sendAndWait(page = h.page): Promise<void> {
  await page.getByRole('button', { name: 'Send now' }).click();
  await expect.poll(() => outboxStatus(page).textContent(), { timeout: 60_000 }).toContain('All responses sent');
}

test('3. same id with different content: a conflict, kept on the tablet and shown under "Needs attention"', async () => {
  h = await SyncHarness.open(chromium.browser);
  const [response] = demoResponses(1);
  if (!response) throw new Error('Nothing made');
  // Another response (from another tablet) already took this id on the endpoint.
  const first = { ...response, answers: { ...response.answers, listening: 4 } };
  expect(response.answers.listening).not.toBe(4);
  const token = await enrolDeviceByApi(h.server.url, h.server.databasePath, 'other-device');
  const direct = await fetch(`${h.server.url}/api/sync`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify({ deviceId: 'other-device', responses: [first] }),
  });
  expect(direct.ok).toBe(true);
  await h.queue([response]);

  await h.page.getByRole('button', { name: 'Send now' }).click();
  await expect.poll(() => outboxStatus(h.page).textContent()).toContain('1 response needs attention');
  expect(await outboxCount(h.page)).toBe(1);

  await h.page.getByRole('link', { name: 'Tablet status' }).click();
  await h.page.getByRole('heading', { name: 'Needs attention' }).waitFor();
  await h.page.getByText('Conflict: A different response with this id was stored earlier; it was kept.').waitFor();
  const [download] = await Promise.all([
    h.page.waitForEvent('download'),
    h.page.getByRole('button', { name: 'Download responses that need attention' }).click(),
  ]);
  const saved = JSON.parse(readFileSync(await download.path(), 'utf8'));
  expect(saved).toEqual([{ reason: { status: 'conflict', error: expect.stringMatching(/stored earlier/) }, response }]);
  expect(await axeViolations(h.page)).toEqual([]);
  h.expectStoredExactlyOnce([response.id]);
});

test('4. page closed in the middle of saving a response: whole in the outbox or still a draft, never half', async () => {
  h = await SyncHarness.open(chromium.browser);
  await h.context.setOffline(true);
  const answers = { areas: ['libraries'], listening: 3, involvement: 'group-sessions' };
  // A slow machine saves slowly, so the shortest delays may all close the page before the save begins: the
  // longer ones still close it part-way, and the last closes it once saved, so there is always one to send.
  for (const delayMs of [0, 1, 3, 8, 15, 30, 60, 120, 250, 'saved'] as const) {
    await putDraft(h.page, { formId: 'shape-services', formVersion: 1, answers, position: 'check', updatedAt: '' });
    const page = await h.context.newPage();
    await page.goto(`${h.proxy.url}/c/shape-services/check`);
    await page.getByRole('heading', { level: 1, name: 'Check your answers' }).waitFor();
    const before = (await outboxEntriesRaw(page)).length;
    await page.getByRole('button', { name: 'Submit' }).click({ noWaitAfter: true });
    if (delayMs === 'saved') await page.getByRole('heading', { level: 1, name: 'Thank you' }).waitFor();
    else await new Promise((r) => setTimeout(r, delayMs));
    await page.close();

    const after = (await outboxEntriesRaw(h.page)).length;
    const draft = await draftRaw(h.page, 'shape-services');
    if (after === before + 1) expect(draft).toBeNull();
    else {
      expect(after).toBe(before);
      expect(draft?.answers).toEqual(answers);
    }
  }
  const queued = (await outboxEntriesRaw(h.page)).map((e) => e.id);
  await h.context.setOffline(false);
  await sendAndWait();
  h.expectStoredExactlyOnce(queued);
});

test('6. a new service worker deployed while a form is half filled: offered to staff afterwards; the draft survives', async () => {
  const staticDir = mkdtempSync(join(tmpdir(), 'chorus-static-'));
  cleanups.push(() => rmSync(staticDir, { recursive: true, force: true }));
  cpSync(resolve(import.meta.dirname, '../../dist'), staticDir, { recursive: true });
  h = await SyncHarness.open(chromium.browser, { staticDir });
  const { page } = h;

  await startDemo(page);
  await page.getByRole('checkbox', { name: 'Adult social care' }).check();
  await continueTo(page, LISTENING);
  await page.getByRole('radio', { name: '4', exact: true }).check();
  await waitForDraftSaved(page);

  // Deploy a new version and let the browser find it.
  const swPath = join(staticDir, 'sw.js');
  writeFileSync(swPath, `${readFileSync(swPath, 'utf8')}\n// A new build.\n`);
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
  await expect
    .poll(() => page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting)))
    .toBe(true);

  // The resident is not interrupted: same page, answers in place, no update offered mid-form.
  expect(await page.getByRole('radio', { name: '4', exact: true }).isChecked()).toBe(true);
  expect(await page.getByRole('heading', { name: 'A new version of Chorus is ready' }).count()).toBe(0);

  // Back out of the form, as staff would between residents.
  await page.getByRole('link', { name: 'Back', exact: true }).click();
  await page.getByRole('link', { name: 'Back', exact: true }).click();
  await page.getByRole('link', { name: 'Back to consultations' }).click();
  await page.getByRole('heading', { name: 'A new version of Chorus is ready' }).waitFor();
  expect(await axeViolations(page)).toEqual([]);
  await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Update now' }).click()]);
  await waitForServiceWorkerControl(page);
  await expect
    .poll(() => page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting)))
    .toBe(false);

  await page.getByRole('link', { name: `Start: ${DEMO_TITLE}` }).click();
  // The person last stood on the first question (staff backed out through it): the form resumes there.
  await page.getByRole('link', { name: 'Continue where you left off' }).click();
  await page.getByRole('heading', { level: 1, name: AREAS }).waitFor();
  await expect.poll(() => page.getByRole('checkbox', { name: 'Adult social care' }).isChecked()).toBe(true);
  await continueTo(page, LISTENING);
  await expect.poll(() => page.getByRole('radio', { name: '4', exact: true }).isChecked()).toBe(true);
  await continueTo(page, /What is one thing/);
  await continueTo(page, 'How would you like to be involved?');
  await page.getByRole('radio', { name: 'Answer short surveys like this one' }).check();
  await continueTo(page, /What is your age/);
  await continueTo(page, 'Check your answers');
  await page.getByRole('button', { name: 'Submit' }).click();
  await page.getByRole('heading', { name: 'Thank you' }).waitFor();
  await sendAndWait();
  expect(h.storedIds()).toHaveLength(1);
  expect([...h.proxy.sendsPerId().values()]).toEqual([1]);
});

test('8. storage full while saving: said plainly, answers stay on screen, "saved" never shown', async () => {
  h = await SyncHarness.open(chromium.browser);
  const page = await h.context.newPage();
  // Every IndexedDB write from this page fails as a full disk would, while the switch is on.
  await page.addInitScript(() => {
    const flags = window as unknown as { failWrites: boolean };
    flags.failWrites = false;
    for (const method of ['put', 'add'] as const) {
      const original = IDBObjectStore.prototype[method];
      IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: [unknown, IDBValidKey?]) {
        if (flags.failWrites) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return original.apply(this, args);
      };
    }
  });
  await page.goto(`${h.proxy.url}/c/shape-services/q/areas`);
  await page.getByRole('heading', { level: 1, name: AREAS }).waitFor();
  await page.evaluate(() => {
    (window as unknown as { failWrites: boolean }).failWrites = true;
  });

  await page.getByRole('checkbox', { name: "Children's services" }).check();
  const alert = page.getByRole('alert').filter({ hasText: 'could not be saved on this tablet' }).first();
  await alert.waitFor();
  expect(await alert.textContent()).toContain('storage is full');
  expect(await page.getByText('Your answers so far are saved on this tablet.').count()).toBe(0);
  // The answers stay with the person, screen to screen, even though the tablet cannot keep them yet.
  await continueTo(page, LISTENING);
  await page.getByRole('radio', { name: '1 – Not at all well' }).check();
  await continueTo(page, /What is one thing/);
  await continueTo(page, 'How would you like to be involved?');
  await page.getByRole('radio', { name: 'Help design a service with staff over a few months' }).check();
  await continueTo(page, /What is your age/);
  await continueTo(page, 'Check your answers');
  expect(await page.getByText("Children's services").count()).toBe(1);
  const submit = page.getByRole('button', { name: 'Submit' });
  await submit.click();
  // The failed submit is over when the button can be pressed again.
  await expect.poll(() => submit.isEnabled()).toBe(true);
  await alert.waitFor();
  expect(await page.getByText('Your answers so far are saved on this tablet.').count()).toBe(0);
  expect(await page.getByRole('heading', { name: 'Thank you' }).count()).toBe(0);
  expect(await page.getByText('1 – Not at all well').count()).toBe(1);

  await page.evaluate(() => {
    (window as unknown as { failWrites: boolean }).failWrites = false;
  });
  await submit.click();
  await page.getByRole('heading', { name: 'Thank you' }).waitFor();
  await sendAndWait(page);
  expect(h.storedIds()).toHaveLength(1);
});

test('9. device clock hours wrong: sent in the order submitted, each acknowledged by id', async () => {
  h = await SyncHarness.open(chromium.browser);
  await h.context.setOffline(true);
  const now = Date.now();
  for (const offsetHours of [-5, 7, -30]) {
    await h.page.clock.setSystemTime(now + offsetHours * 3_600_000);
    await answerDemoAndSubmit(h.page);
    await h.page.getByRole('link', { name: 'Back to consultations' }).click();
  }
  const queued = (await outboxEntriesRaw(h.page)).map((e) => e.id);
  expect(queued).toHaveLength(3);

  await h.context.setOffline(false);
  await sendAndWait();
  expect(h.proxy.exchanges.find((e) => e.statuses)?.ids).toEqual(queued);
  h.expectStoredExactlyOnce(queued);
});

test('a newer Chorus upgrading the database in another tab: this tab lets go and says to reload', async () => {
  h = await SyncHarness.open(chromium.browser);
  const other = await h.context.newPage();
  await other.goto(`${h.proxy.url}/api/health`); // Same origin, without the app holding the database.
  const upgraded = await other.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const request = indexedDB.open('chorus', 1000);
        request.onsuccess = () => {
          resolve(request.result.version);
          request.result.close();
        };
        request.onerror = () => reject(request.error);
      }),
  );
  expect(upgraded).toBe(1000); // Not blocked: the app's tab (and its worker) let go.
  await h.page
    .getByRole('alert')
    .filter({ hasText: 'A newer version of Chorus is open in another tab. Reload this tab to go on.' })
    .waitFor();
  await h.page.getByRole('button', { name: 'Reload' }).waitFor();
});
