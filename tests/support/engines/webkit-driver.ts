import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Builder, type WebDriver, type WebElement } from 'selenium-webdriver';
import { freePort } from '../server-process.ts';
import { EngineDriver } from './engine-driver.ts';

const WEBKIT_IDLE_WAIT_MS = Number(process.env.WEBKIT_IDLE_WAIT_MS ?? 10_000);
const INSTALL =
  'Install them with "apt-get update && apt-get install -y webkit2gtk-driver xvfb" (Debian; .ci/run does it)';

/**
 * WebKitGTK's MiniBrowser through WebKitWebDriver and selenium-webdriver. MiniBrowser needs a display, so
 * the driver runs under `xvfb-run -a` (a virtual one) unless this process already has a DISPLAY.
 */
export class WebKitDriver extends EngineDriver {
  readonly engine = 'webkit';

  private constructor(
    private readonly driver: WebDriver,
    private readonly service: ChildProcess,
  ) {
    super();
  }

  /** Starts WebKitWebDriver and a MiniBrowser session, or fails with how to get them: these tests never skip. */
  static async open(): Promise<WebKitDriver> {
    const webDriver = onPath('WebKitWebDriver');
    const miniBrowser = findMiniBrowser();
    const useXvfb = !process.env.DISPLAY;
    const xvfbRun = useXvfb ? onPath('xvfb-run') : null;
    const missing = [
      webDriver ? null : 'WebKitWebDriver (package webkit2gtk-driver)',
      miniBrowser ? null : 'the WebKitGTK MiniBrowser (package webkit2gtk-driver brings libwebkit2gtk-4.1 with it)',
      !useXvfb || xvfbRun ? null : 'xvfb-run (package xvfb), for a virtual display: this process has no DISPLAY',
    ].filter(Boolean);
    if (!webDriver || !miniBrowser || (useXvfb && !xvfbRun)) {
      throw new Error(`The WebKit tests cannot run: missing ${missing.join('; ')}. ${INSTALL}.`);
    }
    const port = await freePort();
    const command = xvfbRun ? [xvfbRun, '-a', webDriver] : [webDriver];
    // Its own process group, so closing ends xvfb-run, Xvfb, the driver and MiniBrowser together.
    const service = spawn(command[0] as string, [...command.slice(1), `--port=${port}`], {
      detached: true,
      stdio: 'ignore',
    });
    const url = `http://127.0.0.1:${port}`;
    try {
      await waitForStatus(url, service);
      const driver = await new Builder()
        .usingServer(url)
        .withCapabilities({
          browserName: 'MiniBrowser',
          'webkitgtk:browserOptions': { binary: miniBrowser, args: ['--automation'] },
        })
        .build();
      await driver.manage().setTimeouts({ script: 60_000, pageLoad: 60_000 });
      return new WebKitDriver(driver, service);
    } catch (error) {
      stopGroup(service);
      throw error;
    }
  }

  async goto(url: string): Promise<void> {
    await this.driver.get(url);
  }

  async reload(): Promise<void> {
    await this.driver.navigate().refresh();
  }

  async back(): Promise<void> {
    await this.driver.navigate().back();
  }

  async url(): Promise<string> {
    return this.driver.getCurrentUrl();
  }

  /** No driver command stops a worker here: WebKit stops one that has no page open after a while. */
  async stopServiceWorker(): Promise<void> {
    await new Promise((r) => setTimeout(r, WEBKIT_IDLE_WAIT_MS));
  }

  async close(): Promise<void> {
    await this.driver.quit().catch(() => undefined);
    stopGroup(this.service);
  }

  protected run<T>(expression: string): Promise<T> {
    // WebDriver's Execute Script awaits a returned promise.
    return this.driver.executeScript(`return ${expression};`) as Promise<T>;
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
    await element.clear();
    await element.sendKeys(text);
    return true;
  }

  private async element(expression: string): Promise<WebElement | null> {
    return (await this.driver.executeScript(`return ${expression};`)) as WebElement | null;
  }
}

function onPath(name: string): string | null {
  try {
    return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
}

/** MiniBrowser lives in the WebKitGTK library folder, whose path names the machine's architecture. */
function findMiniBrowser(): string | null {
  if (process.env.WEBKIT_MINIBROWSER_PATH) return process.env.WEBKIT_MINIBROWSER_PATH;
  const libs = existsSync('/usr/lib') ? readdirSync('/usr/lib').map((dir) => join('/usr/lib', dir)) : [];
  for (const dir of ['/usr/lib', ...libs]) {
    for (const api of ['webkit2gtk-4.1', 'webkitgtk-6.0', 'webkit2gtk-4.0']) {
      const binary = join(dir, api, 'MiniBrowser');
      if (existsSync(binary)) return binary;
    }
  }
  return null;
}

async function waitForStatus(url: string, service: ChildProcess): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (service.exitCode !== null) throw new Error(`WebKitWebDriver exited on start (code ${service.exitCode}).`);
    try {
      if ((await fetch(`${url}/status`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('WebKitWebDriver did not answer within 20 s.');
}

function stopGroup(service: ChildProcess): void {
  if (service.pid === undefined || service.exitCode !== null) return;
  try {
    process.kill(-service.pid, 'SIGTERM');
  } catch {
    // Already gone.
  }
}
