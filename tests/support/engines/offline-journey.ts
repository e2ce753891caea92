import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { SubmittedResponse } from '../../../src/core/response.ts';
import { demoResponses, outboxEntries } from '../demo-responses.ts';
import { FaultProxy } from '../fault-proxy.ts';
import { DEMO_TITLE } from '../journey.ts';
import { ServerProcess } from '../server-process.ts';
import type { Engine, EngineDriver } from './engine-driver.ts';
import {
  answerDemoAndSubmit,
  axeViolations,
  continueTo,
  deviceIdRaw,
  draftsRaw,
  enrolTablet,
  outboxIds,
  outboxStatus,
  putOutboxEntriesRaw,
  waitForServiceWorkerControl,
  waitForText,
} from './journey-steps.ts';
import { openEngine } from './open-engine.ts';
import { readStoredIds } from './stored-ids.ts';

/** The deadline for a response to arrive by itself once the endpoint is back (issue 10). */
const ARRIVAL_DEADLINE_MS = 60_000;
const KIOSK_PIN = '2468';

/**
 * Issue 10's offline journey, the same in every engine: the real built app and service worker, the real
 * endpoint process and its SQLite file, reached through a proxy that can drop a reply. The connection is
 * cut by stopping the endpoint, so the browser stays "online" and never fires `online`: only the app's
 * own probing (its timer with backoff) can notice that the endpoint is back. Nothing clicks "Send now".
 * The tests run in order and each starts where the one before left the tablet.
 */
export function describeOfflineJourney(engine: Engine, options: { kiosk: boolean; kioskRetries?: number }): void {
  describe(`${engine}: the offline journey without Background Sync`, () => {
    let server: ServerProcess;
    let proxy: FaultProxy;
    let driver: EngineDriver;
    let waitingId = '';

    beforeAll(async () => {
      server = await ServerProcess.start();
      proxy = await FaultProxy.start(server.port);
      driver = await openEngine(engine);
    });
    afterAll(async () => {
      await driver?.close();
      await proxy?.close();
      await server?.dispose();
    });

    const storedIds = () => readStoredIds(server.databasePath);

    test('first visit, then the endpoint stops: a reload and a never-visited address both show the app', async () => {
      await driver.goto(proxy.url);
      await driver.waitFor({ role: 'heading', name: DEMO_TITLE });
      await waitForServiceWorkerControl(driver);
      await enrolTablet(driver, proxy.url, server.databasePath);
      await driver.goto(proxy.url);
      await driver.waitFor({ role: 'heading', name: DEMO_TITLE });

      await server.stop();
      await driver.reload();
      await driver.waitFor({ role: 'heading', name: DEMO_TITLE });
      await waitForText(driver, 'Could not check for new consultations');

      // Never opened before in this browser: the worker answers with the app, which draws the screen.
      await driver.goto(`${proxy.url}/status`);
      await driver.waitFor({ role: 'heading', level: 1, name: 'Tablet status' });
      // Where the browser keeps nothing safe (or cannot say), staff are told to send soon.
      await driver.waitFor({ role: 'heading', level: 2, name: 'Storage' });
      // The advice follows the heading once the browser has answered about its storage: wait for it.
      let storage = '';
      await driver.poll(async () => {
        storage = await storageAdvice(driver);
        return storage.includes('kept safe') || /Send .*soon/.test(storage);
      }, 'the storage advice');
      if (!storage.includes('kept safe')) expect(storage).toMatch(/Send .*soon/);
    });

    test('a resident answers and submits with the endpoint down; the response waits (axe: no violations)', async () => {
      await driver.goto(proxy.url);
      const violations: Record<string, string[]> = {};
      await answerDemoAndSubmit(driver, async (screen) => {
        violations[screen] = await axeViolations(driver);
      });
      expect(violations).toEqual({ welcome: [], start: [], question: [], error: [], confirmation: [] });

      await driver.poll(async () => (await outboxStatus(driver)).includes('1 response waiting'), 'the waiting count');
      const ids = await outboxIds(driver);
      expect(ids).toHaveLength(1);
      waitingId = ids[0] ?? '';
      expect(storedIds()).toEqual([]);
    });

    test('the endpoint comes back: with no button and no reload, the response arrives once within 60 s', async () => {
      expect(waitingId).not.toBe('');
      // A mark on this very document: if anything reloaded the page, it would be gone.
      await driver.evaluate(() => {
        (window as unknown as { chorusTestMark: boolean }).chorusTestMark = true;
      });
      await server.start();
      await driver.poll(
        async () => storedIds().includes(waitingId),
        'the response in the SQLite file',
        ARRIVAL_DEADLINE_MS,
      );
      await driver.poll(async () => (await outboxIds(driver)).length === 0, 'an empty outbox');
      expect(storedIds()).toEqual([waitingId]);
      expect(await driver.evaluate(() => (window as unknown as { chorusTestMark?: boolean }).chorusTestMark)).toBe(
        true,
      );
    });

    test('an acknowledgement lost after the endpoint stored it: resent, stored once, then no longer sent', async () => {
      await driver.goto(proxy.url);
      proxy.inject({ kind: 'drop-reply' });
      await answerDemoAndSubmit(driver);
      let id = '';
      await driver.poll(async () => {
        id = proxy.exchanges.find((exchange) => exchange.fault === 'drop-reply')?.ids[0] ?? '';
        return id !== '';
      }, 'a send whose reply is dropped');
      await driver.poll(async () => (await outboxIds(driver)).length === 0, 'an empty outbox', ARRIVAL_DEADLINE_MS);
      const exchanges = proxy.exchanges.filter((exchange) => exchange.ids.includes(id));
      expect(exchanges.map((e) => [e.fault, e.statuses])).toEqual([
        ['drop-reply', ['stored']],
        [null, ['duplicate']],
      ]);
      expect(storedIds().filter((stored) => stored === id)).toHaveLength(1);

      // Every other way of asking to send (back online, the page starting again) finds nothing to send.
      await driver.evaluate(() => window.dispatchEvent(new Event('online')));
      await driver.reload();
      await driver.waitFor({ role: 'heading', level: 1, name: 'Thank you' });
      await new Promise((r) => setTimeout(r, 4_000)); // Longer than one tick of the page's send timer.
      expect(proxy.sendsPerId().get(id)).toBe(2);
      expect(storedIds()).toHaveLength(2);
    });

    test('right to left (Arabic) mirrors the page; "Listen" speaks, says it has no voice, or is not offered where nothing can speak', async () => {
      await driver.goto(proxy.url);
      await driver.waitFor({ role: 'heading', name: DEMO_TITLE });
      await driver.click({ role: 'button', name: 'Language: English' });
      await driver.click({ role: 'button', name: 'العربية' });
      await driver.poll(
        async () => (await driver.evaluate(() => document.documentElement.dir)) === 'rtl',
        'a right-to-left page',
      );
      await driver.waitFor({ role: 'heading', level: 1, name: 'الاستشارات' });
      const layout = await driver.evaluate(() => {
        const page = document.documentElement;
        const range = document.createRange();
        range.selectNodeContents(document.querySelector('h1') as HTMLElement);
        const text = range.getBoundingClientRect();
        return {
          lang: page.lang,
          sideways: page.scrollWidth > page.clientWidth,
          gapRight: page.clientWidth - text.right,
          gapLeft: text.left,
        };
      });
      expect(layout.lang).toBe('ar');
      expect(layout.sideways).toBe(false);
      expect(layout.gapRight).toBeLessThan(layout.gapLeft); // The heading starts at the right.
      await driver.click({ role: 'button', name: /^اللغة/ });
      await driver.click({ role: 'button', name: 'English' });
      await driver.waitFor({ role: 'heading', name: DEMO_TITLE });
      await driver.poll(
        async () => (await driver.evaluate(() => document.documentElement.dir)) === 'ltr',
        'a left-to-right page',
      );

      // "Listen" speaks where the engine can, and says so where it has no voice; with no speech engine at all,
      // it is not offered.
      await driver.click({ role: 'link', name: `Start: ${DEMO_TITLE}` });
      await driver.click({ role: 'link', name: 'Start now' });
      await driver.waitFor({ role: 'heading', level: 1, name: 'Which services would you most like to help shape?' });
      const canSpeak = await driver.evaluate(() => 'speechSynthesis' in window);
      expect(await driver.has({ role: 'button', name: 'Listen' })).toBe(canSpeak);
      if (canSpeak) {
        await driver.click({ role: 'button', name: 'Listen' });
        await driver.poll(
          async () =>
            (await driver.evaluate(() => speechSynthesis.speaking || speechSynthesis.pending)) ||
            /cannot read aloud/.test((await driver.evaluate(() => document.body.textContent)) ?? ''),
          'speech, or the message that this tablet has no voice',
        );
      }
    });

    test('with no Chorus page open, a stopped worker that the browser starts again sends what waited', async () => {
      await driver.goto(proxy.url);
      await driver.waitFor({ role: 'heading', name: DEMO_TITLE });
      await server.stop();
      const [response] = demoResponses(1, await deviceIdRaw(driver));
      await putOutboxEntriesRaw(driver, outboxEntries([response as SubmittedResponse]));
      await driver.goto('about:blank'); // No page of the app runs its send timer now.
      await server.start();
      await driver.stopServiceWorker();
      // A page of the origin that is not the app: the browser starts the worker to handle its fetch.
      await driver.goto(`${proxy.url}/api/health`);
      await driver.poll(
        async () => storedIds().includes(response?.id ?? ''),
        'the response in the SQLite file',
        ARRIVAL_DEADLINE_MS,
      );
    });

    // A tablet of its own (a fresh browser profile), set up as a kiosk from its first page, so that its history
    // holds only the app. The idle time and the warning pass in real time (30 s each, the shortest there are):
    // only Playwright can move a page's clock, so kiosk.test.ts does that in Chromium instead (and this one is
    // not registered there at all, rather than shown as skipped).
    const kioskTest = options.kiosk ? test : (..._: unknown[]) => undefined;
    const retry = options.kioskRetries ?? 0;
    kioskTest(
      'kiosk: after the idle reset, nothing of the last resident is left (Back, drafts)',
      { retry },
      async () => {
        const kiosk = await openEngine(engine);
        try {
          await kiosk.goto(server.url);
          await waitForServiceWorkerControl(kiosk);
          await enrolTablet(kiosk, server.url, server.databasePath);
          await kiosk.goto(`${server.url}/setup`);
          await kiosk.click({ role: 'link', name: 'Use this tablet as a kiosk' });
          await kiosk.waitFor({ role: 'heading', level: 1, name: 'Kiosk mode' });
          await kiosk.click({ role: 'checkbox', name: DEMO_TITLE });
          await kiosk.select(/^Time without use/, '30 seconds');
          await kiosk.fill('Staff PIN', KIOSK_PIN);
          await kiosk.fill('Staff PIN again', KIOSK_PIN);
          await kiosk.click({ role: 'button', name: 'Start kiosk mode' });
          await kiosk.waitFor({ role: 'heading', level: 1, name: 'Have your say' });

          await kiosk.click({ role: 'link', name: `Start: ${DEMO_TITLE}` });
          await kiosk.click({ role: 'link', name: 'Start now' });
          await kiosk.click({ role: 'checkbox', name: 'Planning and neighbourhood plans' });
          await continueTo(kiosk, 'How well does the council listen to people like you?');
          await kiosk.click({ role: 'radio', name: '5 – Very well' });
          await waitForText(kiosk, 'Your answers so far are saved on this tablet.');
          expect(await draftsRaw(kiosk)).toHaveLength(1);

          // They walk away: the warning, then the reset (deadlines, not timings: 30 s idle, then 30 s warning).
          await kiosk.waitFor({ role: 'alertdialog', name: 'Are you still there?' }, 45_000);
          await kiosk.waitFor({ role: 'heading', level: 1, name: 'Have your say' }, 45_000);
          await kiosk.poll(async () => (await draftsRaw(kiosk)).length === 0, 'no drafts after the reset');
          expect(await draftsRaw(kiosk)).toEqual([]);
          // Back goes through the tablet's history: every step of it is the welcome screen, with nothing of theirs.
          // (Where the browser has no Navigation API, WebKit, the reset cannot drop the entries before it; a kiosk
          // page opened at any of them settles what is there and replaces itself with the welcome screen.)
          for (let back = 0; back < 4; back++) {
            await kiosk.back();
            await kiosk.waitFor({ role: 'heading', level: 1, name: 'Have your say' });
            expect(new URL(await kiosk.url()).origin).toBe(server.url);
            const theirs = ['Planning and neighbourhood plans', '5 – Very well'];
            expect((await checkedChoices(kiosk)).filter((label) => theirs.includes(label.trim()))).toEqual([]);
          }
          expect(await draftsRaw(kiosk)).toEqual([]);
        } finally {
          await kiosk.close();
        }
      },
    );
  });
}

/** The storage paragraph of the status page: whether the browser keeps responses safe. */
function storageAdvice(driver: EngineDriver): Promise<string> {
  return driver.evaluate(() => {
    const heading = [...document.querySelectorAll('h2')].find((h) => h.textContent === 'Storage');
    return heading?.nextElementSibling?.textContent ?? '';
  });
}

/** The labels of the ticked checkboxes and radios on the page. */
function checkedChoices(driver: EngineDriver): Promise<string[]> {
  return driver.evaluate(() =>
    [...document.querySelectorAll<HTMLInputElement>('input:checked')].map(
      (input) => input.labels?.[0]?.textContent ?? input.id,
    ),
  );
}
