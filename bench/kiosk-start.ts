import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { DEMO_FORM } from '../server/demo/demo-form.ts';
import { launchChromium } from '../tests/support/chromium.ts';
import { ServerProcess } from '../tests/support/server-process.ts';
import { openAppPage } from './app-page.ts';
import { median } from './stats.ts';

export interface KioskStart {
  /** The JavaScript files a kiosk's welcome screen ran, and their gzip -9 size together. */
  scripts: string[];
  scriptsGzip: number;
  /** ms from navigation start until the welcome screen's first "Start" link is in the page, offline. */
  kioskMs: number[];
  /** The same for the consultation list of a tablet that is not a kiosk (baseline). */
  listMs: number[];
}

/** Set in the page before its scripts run: when the first "Start" link for a consultation appeared. */
const RECORD_START_LINK = `
  new MutationObserver((_, observer) => {
    if (document.querySelector('main a[href^="/c/"]')) {
      globalThis.__startLinkAt = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
`;

/**
 * A kiosk tablet switched on at a venue with no connection: the app from the service worker's cache up to an
 * interactive welcome screen, in a fresh tab each round, against the ordinary consultation list the same way.
 */
export async function measureKioskStart(rounds: number, distDir: string): Promise<KioskStart> {
  const server = await ServerProcess.start();
  const browser = await launchChromium();
  try {
    const page = await openAppPage(browser, server);
    const context = page.context();
    await context.addInitScript(RECORD_START_LINK);
    const listMs: number[] = [];
    const kioskMs: number[] = [];
    await server.stop(); // Offline from here on: everything comes from the tablet.
    for (let i = 0; i < rounds; i++) listMs.push(await coldStart(context.newPage(), server.url));

    // Staff turn the tablet into a kiosk (needs no connection).
    await page.goto(`${server.url}/setup/kiosk`);
    await page.getByRole('checkbox', { name: DEMO_FORM.title.en }).check();
    await page.getByLabel('Staff PIN', { exact: true }).fill('2580');
    await page.getByLabel('Staff PIN again').fill('2580');
    await page.getByRole('button', { name: 'Start kiosk mode' }).click();
    await page.getByRole('link', { name: `Start: ${DEMO_FORM.title.en}` }).waitFor();
    await page.close();

    let scripts: string[] = [];
    for (let i = 0; i < rounds; i++) {
      const tab = await context.newPage();
      kioskMs.push(await coldStart(Promise.resolve(tab), server.url, false));
      scripts = await tab.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .map((entry) => new URL(entry.name).pathname)
          .filter((path) => path.endsWith('.js') && !path.endsWith('/sw.js')),
      );
      await tab.close();
    }
    const bytes = Buffer.concat(scripts.map((path) => readFileSync(join(distDir, path))));
    return { scripts, scriptsGzip: gzipSync(bytes, { level: 9 }).length, kioskMs, listMs };
  } finally {
    await browser.close();
    await server.dispose();
  }
}

async function coldStart(opening: Promise<Page>, url: string, close = true): Promise<number> {
  const tab = await opening;
  await tab.goto(url);
  await tab.waitForFunction(() => (globalThis as { __startLinkAt?: number }).__startLinkAt !== undefined);
  const ms = await tab.evaluate(() => (globalThis as unknown as { __startLinkAt: number }).__startLinkAt);
  if (close) await tab.close();
  return ms;
}

export function printKioskStart(result: KioskStart): void {
  const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
  const [kiosk, list] = [median(result.kioskMs), median(result.listMs)];
  console.log('| measure | figure |');
  console.log('| --- | ---: |');
  console.log(`| JavaScript a kiosk's welcome screen runs (goal ≤ 60 KB gzip) | ${kib(result.scriptsGzip)} gzip -9 |`);
  console.log(
    `| offline cold start to an interactive kiosk welcome screen, median of ${result.kioskMs.length} | ${kiosk.toFixed(0)} ms |`,
  );
  console.log(`| baseline: the same for the consultation list, not a kiosk | ${list.toFixed(0)} ms |`);
  console.log(`| ratio kiosk / list | ${(kiosk / list).toFixed(2)}× |`);
  console.log(`\nScripts: ${result.scripts.join(', ')}`);
}
