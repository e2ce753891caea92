import { existsSync } from 'node:fs';
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';
import { EngineDriver } from './engine-driver.ts';

/** Debian's Firefox ESR. */
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

const IDLE_WORKER_MS = 1_000;

/** Firefox ESR through puppeteer-core over WebDriver BiDi, headless (no display needed). */
export class FirefoxDriver extends EngineDriver {
  readonly engine = 'firefox';

  private constructor(
    private readonly browser: Browser,
    private readonly page: Page,
  ) {
    super();
  }

  /** Launches Firefox, or fails with how to get it: these tests never skip. */
  static async open(): Promise<FirefoxDriver> {
    if (!existsSync(FIREFOX_PATH)) {
      throw new Error(
        `Firefox ESR was not found at ${FIREFOX_PATH}, so the Firefox tests cannot run. ` +
          'Install it with "apt-get update && apt-get install -y firefox-esr" (Debian; .ci/run does it), ' +
          'or set FIREFOX_PATH to a Firefox binary.',
      );
    }
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX_PATH,
      headless: true,
      // Firefox stops a service worker idle for 30 s; here after 1 s, so every send must wake a stopped worker.
      extraPrefsFirefox: { 'dom.serviceWorkers.idle_timeout': IDLE_WORKER_MS },
    });
    const page = (await browser.pages())[0] ?? (await browser.newPage());
    return new FirefoxDriver(browser, page);
  }

  async goto(url: string): Promise<void> {
    await this.page.goto(url);
  }

  async reload(): Promise<void> {
    await this.page.reload();
  }

  /**
   * Over BiDi, puppeteer's goBack waits for a load that a same-document step back (the app's own history
   * entries) never fires, and a script waiting in a document being left never returns. So the page is asked
   * to go back and marks the step as pending; a `popstate` marks it done, and a new document has no mark.
   */
  async back(): Promise<void> {
    type Marked = Window & { chorusStepBack?: string };
    await this.page.evaluate(() => {
      (window as Marked).chorusStepBack = 'pending';
      addEventListener('popstate', () => Object.assign(window, { chorusStepBack: 'done' }), { once: true });
      setTimeout(() => history.back(), 0);
    });
    await this.poll(
      async () => (await this.page.evaluate(() => (window as Marked).chorusStepBack)) !== 'pending',
      'the step back in history',
    );
  }

  async url(): Promise<string> {
    return this.page.url();
  }

  /** No driver command stops a worker here: it is stopped once idle for `IDLE_WORKER_MS`. */
  async stopServiceWorker(): Promise<void> {
    await new Promise((r) => setTimeout(r, IDLE_WORKER_MS * 3));
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
    await element.evaluate((field) => {
      (field as HTMLInputElement).value = '';
    });
    await element.type(text);
    return true;
  }

  private async element(expression: string): Promise<ElementHandle | null> {
    return (await this.page.evaluateHandle(expression)).asElement() as ElementHandle | null;
  }
}
