import type { Browser, ElementHandle, Page } from 'playwright-core';
import { launchChromium } from '../chromium.ts';
import { EngineDriver } from './engine-driver.ts';

/** Chromium through playwright-core, as the other browser tests drive it. */
export class ChromiumDriver extends EngineDriver {
  readonly engine = 'chromium';

  private constructor(
    private readonly browser: Browser,
    readonly page: Page,
  ) {
    super();
  }

  static async open(): Promise<ChromiumDriver> {
    const browser = await launchChromium();
    const page = await (await browser.newContext()).newPage();
    return new ChromiumDriver(browser, page);
  }

  async goto(url: string): Promise<void> {
    await this.page.goto(url);
  }

  async reload(): Promise<void> {
    await this.page.reload();
  }

  async back(): Promise<void> {
    await this.page.goBack();
  }

  async url(): Promise<string> {
    return this.page.url();
  }

  async stopServiceWorker(): Promise<void> {
    const session = await this.page.context().newCDPSession(this.page);
    await session.send('ServiceWorker.enable');
    await session.send('ServiceWorker.stopAllWorkers');
    await session.detach();
  }

  async close(): Promise<void> {
    await this.browser.close();
  }

  protected run<T>(expression: string): Promise<T> {
    return this.page.evaluate(expression) as Promise<T>;
  }

  protected async clickElement(expression: string): Promise<boolean> {
    const element = await this.element(expression);
    if (!element) return false;
    await element.click();
    return true;
  }

  protected async fillElement(expression: string, text: string): Promise<boolean> {
    const element = await this.element(expression);
    if (!element) return false;
    await element.fill(text);
    return true;
  }

  private async element(expression: string): Promise<ElementHandle | null> {
    return (await this.page.evaluateHandle(expression)).asElement() as ElementHandle | null;
  }
}
