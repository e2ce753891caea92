import Database from 'better-sqlite3';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { SubmittedResponse } from '../../src/core/response.ts';
import { demoResponses, outboxEntries } from './demo-responses.ts';
import { enrolTablet } from './enrol-tablet.ts';
import { FaultProxy } from './fault-proxy.ts';
import { DEMO_TITLE } from './journey.ts';
import { putOutboxEntries, waitForServiceWorkerControl } from './page-helpers.ts';
import { ServerProcess } from './server-process.ts';

/**
 * One fault-injection scenario: the real endpoint (own process, own SQLite file) behind a FaultProxy, and
 * a browser context that has loaded the app through the proxy, is controlled by its service worker and has
 * been set up by staff (so it may send).
 */
export class SyncHarness {
  private constructor(
    readonly server: ServerProcess,
    readonly proxy: FaultProxy,
    readonly context: BrowserContext,
    readonly page: Page,
  ) {}

  static async open(browser: Browser, options: { staticDir?: string } = {}): Promise<SyncHarness> {
    const server = await ServerProcess.start(options);
    const proxy = await FaultProxy.start(server.port);
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(proxy.url);
    await waitForServiceWorkerControl(page);
    await enrolTablet(page, proxy.url, server.databasePath);
    await page.goto(proxy.url);
    await page.getByRole('heading', { name: DEMO_TITLE }).waitFor();
    return new SyncHarness(server, proxy, context, page);
  }

  /** Puts valid demo responses straight into the page's outbox (as the app stores them) and returns them. */
  async queue(count: number | SubmittedResponse[], page = this.page): Promise<SubmittedResponse[]> {
    const responses = typeof count === 'number' ? demoResponses(count) : count;
    await putOutboxEntries(page, outboxEntries(responses));
    // Written behind the app's back, so its live counts cannot know: reopen it, as a tablet that has been
    // holding these responses would be opened.
    await page.reload();
    await page.getByRole('heading', { name: DEMO_TITLE }).waitFor();
    return responses;
  }

  /** Response ids stored on the endpoint, read from its SQLite file (not through the app). */
  storedIds(): string[] {
    const db = new Database(this.server.databasePath, { readonly: true });
    try {
      return db.prepare('SELECT id FROM responses ORDER BY seq').pluck().all() as string[];
    } finally {
      db.close();
    }
  }

  /** The assertion every fault test ends with: the endpoint holds exactly these ids, each once. */
  expectStoredExactlyOnce(ids: string[]): void {
    const stored = this.storedIds();
    expect(new Set(stored).size).toBe(stored.length);
    expect([...stored].sort()).toEqual([...ids].sort());
  }

  async dispose(): Promise<void> {
    await this.context.close();
    await this.proxy.close();
    await this.server.dispose();
  }
}
