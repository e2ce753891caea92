import Database from 'better-sqlite3';
import type { Page } from 'playwright-core';
import { DEMO_FORM } from '../server/demo/demo-form.ts';
import type { FormDefinition } from '../src/core/form.ts';
import { screens } from '../src/core/logic.ts';
import type { Answers } from '../src/core/response.ts';
import { launchChromium } from '../tests/support/chromium.ts';
import { putDraft } from '../tests/support/page-helpers.ts';
import { ServerProcess } from '../tests/support/server-process.ts';
import { openAppPage } from './app-page.ts';
import { DEMO_RESPONSE } from './form-validation.ts';
import { SIXTY_ANSWERS, SIXTY_FORM } from './sixty-question-form.ts';

export interface PageChanges {
  /** ms from the Continue click to the next screen's h1 in the DOM, timed in the page, per page change. */
  sixtyMs: number[];
  demoMs: number[];
  /** JavaScript the page fetched after it loaded, while going through both forms (lazy chunks). */
  lazyScripts: string[];
}

/**
 * Goes through the 60-question form and (the baseline) the 5-question demo form in the real app, served by
 * the real endpoint, with every answer already in a draft so each Continue goes straight to the next screen.
 * A warm-up pass through each form is not counted; the demo form is then gone through `demoRounds` times.
 */
export async function measurePageChanges(demoRounds: number): Promise<PageChanges> {
  const server = await ServerProcess.start();
  const db = new Database(server.databasePath); // The endpoint uses WAL, so this can write while it runs.
  db.prepare('INSERT INTO forms (id, version, definition, published_at) VALUES (?, ?, ?, ?)').run(
    SIXTY_FORM.id,
    SIXTY_FORM.version,
    JSON.stringify(SIXTY_FORM),
    new Date().toISOString(),
  );
  db.close();
  const browser = await launchChromium();
  try {
    const page = await openAppPage(browser, server);
    await page.getByRole('heading', { name: SIXTY_FORM.title.en }).waitFor();
    await page.evaluate(() => performance.clearResourceTimings());
    const sixtyMs = await goThrough(page, SIXTY_FORM, SIXTY_ANSWERS, 1);
    const demoMs = await goThrough(page, DEMO_FORM, DEMO_RESPONSE.answers, demoRounds);
    const lazyScripts = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((entry) => new URL(entry.name).pathname)
        .filter((path) => /\.m?js$/.test(path)),
    );
    return { sixtyMs, demoMs, lazyScripts };
  } finally {
    await browser.close();
    await server.dispose();
  }
}

/** Navigates inside the app, as its router does for a link or the back button: no page load. */
async function goInApp(page: Page, path: string): Promise<void> {
  await page.evaluate((to) => {
    history.pushState(null, '', to);
    dispatchEvent(new PopStateEvent('popstate'));
  }, path);
}

async function goThrough(page: Page, form: FormDefinition, answers: Answers, rounds: number): Promise<number[]> {
  const shown = screens(form, answers);
  const firstHeading = page.locator('main h1', { hasText: shown[0]?.questions[0]?.label.en ?? '' });
  await putDraft(page, { formId: form.id, formVersion: form.version, answers, updatedAt: new Date().toISOString() });
  await goInApp(page, `/c/${form.id}`);
  await page.getByRole('link', { name: 'Continue where you left off' }).click();
  const samples: number[] = [];
  for (let round = 0; round <= rounds; round++) {
    if (round > 0) await goInApp(page, `/c/${form.id}/q/${shown[0]?.id}`);
    await firstHeading.waitFor();
    const ms = await page.evaluate(continueToCheck, 5000);
    if (ms.length !== shown.length)
      throw new Error(`${form.id}: expected ${shown.length} page changes to "Check your answers", made ${ms.length}.`);
    if (round > 0) samples.push(...ms);
  }
  return samples;
}

/**
 * Runs in the page: presses Continue on each screen until "Check your answers", timing each page change
 * from the click to the next screen's h1 in the DOM (a MutationObserver sees it as soon as it is there).
 * It waits 30 ms before each click so the previous screen's draft save and effects are done, as they
 * would be for a person reading the screen.
 */
async function continueToCheck(timeoutMs: number): Promise<number[]> {
  const times: number[] = [];
  const main = document.querySelector('main') as HTMLElement;
  const heading = () => main.querySelector('h1')?.textContent ?? '';
  while (!location.pathname.endsWith('/check')) {
    await new Promise((resolve) => setTimeout(resolve, 30));
    const [before, from] = [heading(), location.pathname];
    const button = main.querySelector<HTMLButtonElement>('form button[type="submit"]');
    if (!button) throw new Error(`No Continue button on ${from}`);
    times.push(
      await new Promise<number>((resolve, reject) => {
        const start = performance.now();
        const observer = new MutationObserver(() => {
          if (location.pathname === from || !heading() || heading() === before) return;
          observer.disconnect();
          clearTimeout(timer);
          resolve(performance.now() - start);
        });
        const timer = setTimeout(() => {
          observer.disconnect();
          reject(new Error(`Continue on ${from} did not change the screen: ${main.textContent?.slice(0, 300)}`));
        }, timeoutMs);
        observer.observe(main, { childList: true, subtree: true, characterData: true });
        button.click();
      }),
    );
  }
  return times;
}
