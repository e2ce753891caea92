import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { putRowsInPage, readAllInPage, readSettingInPage } from '../in-page-idb.ts';
import { DEMO_TITLE } from '../journey.ts';
import { issueCode } from '../officers.ts';
import type { EngineDriver } from './engine-driver.ts';

// The demo journey and what a test reads from the page, written once for every engine's driver.

/** Waits until the page's visible text contains `text`. */
export async function waitForText(driver: EngineDriver, text: string, timeoutMs?: number): Promise<void> {
  await driver.poll(
    // biome-ignore lint/performance/useDomNodeTextContent: what a person can see, not text hidden on the page.
    () => driver.evaluate((wanted) => document.body.innerText.includes(wanted), text),
    `the text "${text}"`,
    timeoutMs,
  );
}

/** Waits until the service worker controls the page, as it must before the app works offline. */
export async function waitForServiceWorkerControl(driver: EngineDriver): Promise<void> {
  await driver.poll(
    () => driver.evaluate(() => navigator.serviceWorker.controller !== null),
    'control by the service worker',
    30_000,
  );
}

/** Sets the tablet up as staff do: a fresh one-time code opened as the QR code's link, then "Set up this tablet". */
export async function enrolTablet(driver: EngineDriver, baseUrl: string, databasePath: string): Promise<void> {
  const code = await issueCode(databasePath, 'Test tablet');
  await driver.goto(`${baseUrl}/setup?code=${encodeURIComponent(code)}`);
  await driver.click({ role: 'button', name: 'Set up this tablet' });
  await waitForText(driver, 'This tablet is set up as ‘Test tablet’.');
}

export async function continueTo(driver: EngineDriver, heading: string | RegExp): Promise<void> {
  await driver.click({ role: 'button', name: 'Continue' });
  await driver.waitFor({ role: 'heading', level: 1, name: heading });
}

/** Called on each screen a resident sees, by name: for example to run axe-core there. */
export type ScreenCheck = (screen: 'welcome' | 'start' | 'question' | 'error' | 'confirmation') => Promise<void>;

/**
 * From the list of consultations, answers the demo's questions as a resident would (first trying to go
 * on without an answer, which shows the error summary) and submits. Leaves the page on "Thank you".
 */
export async function answerDemoAndSubmit(driver: EngineDriver, check: ScreenCheck = async () => {}): Promise<void> {
  await driver.waitFor({ role: 'heading', name: DEMO_TITLE });
  await check('welcome');
  await driver.click({ role: 'link', name: `Start: ${DEMO_TITLE}` });
  await driver.waitFor({ role: 'link', name: 'Start now' });
  await check('start');
  await driver.click({ role: 'link', name: 'Start now' });
  await driver.waitFor({ role: 'heading', level: 1, name: 'Which services would you most like to help shape?' });
  await check('question');
  await driver.click({ role: 'button', name: 'Continue' });
  await driver.waitFor({ role: 'link', name: 'Select at least one answer' });
  await check('error');
  await driver.click({ role: 'checkbox', name: 'Planning and neighbourhood plans' });
  await continueTo(driver, 'How well does the council listen to people like you?');
  await driver.click({ role: 'radio', name: '5 – Very well' });
  await continueTo(driver, /What is one thing the council should change/);
  await driver.fill(/What is one thing the council should change/, 'Meet in the evenings.');
  await continueTo(driver, 'How would you like to be involved?');
  await driver.click({ role: 'radio', name: 'Answer short surveys like this one' });
  await continueTo(driver, /What is your age\?/);
  await continueTo(driver, 'Check your answers');
  await driver.click({ role: 'button', name: 'Submit' });
  await driver.waitFor({ role: 'heading', level: 1, name: 'Thank you' });
  await check('confirmation');
}

/** The ids in the device's outbox, read straight from IndexedDB (not through the app's code). */
export function outboxIds(driver: EngineDriver): Promise<string[]> {
  return driver.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('chorus');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('outbox').objectStore('outbox').getAllKeys();
          request.onsuccess = () => {
            resolve(request.result.map(String));
            open.result.close();
          };
          request.onerror = () => reject(request.error);
        };
      }),
  );
}

/** The outbox's live status ("1 response waiting to be sent from this tablet"), in the region named "Sending". */
export function outboxStatus(driver: EngineDriver): Promise<string> {
  return driver.evaluate(() => {
    for (const region of document.querySelectorAll('section[aria-labelledby]')) {
      const heading = document.getElementById(region.getAttribute('aria-labelledby') ?? '');
      if (heading?.textContent?.trim() === 'Sending') return region.querySelector('[role="status"]')?.textContent ?? '';
    }
    return '';
  });
}

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Injects axe-core into the page and lists each violation in words a developer can act on. */
export async function axeViolations(driver: EngineDriver): Promise<string[]> {
  await driver.inject(AXE_SOURCE);
  return driver.evaluate(async (tags) => {
    interface Violation {
      id: string;
      help: string;
      nodes: { target: string[] }[];
    }
    const axe = (window as unknown as { axe: { run(c: Document, o: object): Promise<{ violations: Violation[] }> } })
      .axe;
    const { violations } = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  }, AXE_TAGS);
}

/** This tablet's device id, read straight from IndexedDB. */
export async function deviceIdRaw(driver: EngineDriver): Promise<string> {
  const id = await driver.evaluate(readSettingInPage, 'deviceId');
  if (typeof id !== 'string') throw new Error('This tablet has no device id yet: open the app first.');
  return id;
}

/** Puts entries straight into the outbox with raw IndexedDB, as the app itself stores them. */
export async function putOutboxEntriesRaw(driver: EngineDriver, entries: unknown[]): Promise<void> {
  await driver.evaluate(putRowsInPage, { store: 'outbox', rows: entries });
}

/** When the device's last failed send said to try again (ISO time), or null; read straight from IndexedDB. */
export async function retryAfterRaw(driver: EngineDriver): Promise<string | null> {
  const lastSend = (await driver.evaluate(readSettingInPage, 'lastSend')) as { retryAfter?: string } | undefined;
  return lastSend?.retryAfter ?? null;
}

/** Every draft on the device, read straight from IndexedDB. */
export function draftsRaw(driver: EngineDriver): Promise<unknown[]> {
  return driver.evaluate(readAllInPage, 'drafts');
}
