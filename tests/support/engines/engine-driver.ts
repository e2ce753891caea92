import { findByRole } from './find-by-role.ts';

/** The three browser engines residents' tablets run: Chromium (Android), Firefox, WebKit (iPads). */
export type Engine = 'chromium' | 'firefox' | 'webkit';

/** An accessible name to match: exact text (whitespace collapsed) or a pattern. */
export type AccessibleName = string | RegExp;

/** What a test can find on a page: a role, as ARIA names it, and its accessible name. */
export interface RoleTarget {
  role:
    | 'button'
    | 'link'
    | 'heading'
    | 'checkbox'
    | 'radio'
    | 'textbox'
    | 'combobox'
    | 'region'
    | 'status'
    | 'alert'
    | 'dialog'
    | 'alertdialog';
  name?: AccessibleName;
  /** Headings only. */
  level?: number;
}

/** A role target as JSON (a pattern cannot cross into the page as itself). */
export interface TargetJson {
  role: RoleTarget['role'];
  name?: { text: string } | { source: string; flags: string };
  level?: number;
}

const WAIT_MS = 15_000;
const POLL_MS = 100;

/**
 * One browser page driven the same way in every engine, so a journey is written once and run in each.
 * Chromium goes through playwright-core, Firefox through puppeteer-core (WebDriver BiDi), WebKitGTK through
 * selenium-webdriver and WebKitWebDriver. Elements are found in the page by role and accessible name
 * (`find-by-role.ts`, the same code in every engine), then clicked and typed into with each driver's
 * native input. A subclass supplies only navigation, running a script, and native click and typing.
 */
export abstract class EngineDriver {
  abstract readonly engine: Engine;
  abstract goto(url: string): Promise<void>;
  abstract reload(): Promise<void>;
  abstract back(): Promise<void>;
  abstract url(): Promise<string>;
  abstract close(): Promise<void>;
  /**
   * Lets the browser stop the page's service worker, as it does to an idle worker, and returns once it has
   * (or, where the engine offers no way to see it, once an idle worker would have been stopped).
   */
  abstract stopServiceWorker(): Promise<void>;
  /** Evaluates an expression's source in the page, awaits it if it is a promise, returns it as JSON. */
  protected abstract run<T>(expression: string): Promise<T>;
  /** Clicks the element the expression evaluates to; false when it evaluates to null. */
  protected abstract clickElement(expression: string): Promise<boolean>;
  /** Replaces the text in the field the expression evaluates to by typing; false when it evaluates to null. */
  protected abstract fillElement(expression: string, text: string): Promise<boolean>;

  /** Runs `fn` in the page with JSON arguments. `fn` travels as source text: it may use only its arguments and the page's globals. */
  evaluate<T, A extends unknown[]>(fn: (...args: A) => T | Promise<T>, ...args: A): Promise<T> {
    return this.run<T>(callSource(String(fn), args));
  }

  /** Runs a script (a library such as axe-core) in the page. */
  async inject(source: string): Promise<void> {
    await this.run(`(() => {\n${source}\n;return true; })()`);
  }

  async has(target: RoleTarget): Promise<boolean> {
    return this.run<boolean>(`${find(target)}.then((el) => el !== null)`);
  }

  /** The element's text content, or null when there is no such element. */
  async text(target: RoleTarget): Promise<string | null> {
    return this.run<string | null>(`${find(target)}.then((el) => el && el.textContent)`);
  }

  async waitFor(target: RoleTarget, timeoutMs = WAIT_MS): Promise<void> {
    await this.poll(() => this.has(target), `a ${describeTarget(target)}`, timeoutMs);
  }

  /** Waits until `probe` (run in Node) says yes. */
  async poll(probe: () => Promise<boolean>, what: string, timeoutMs = WAIT_MS): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (await probe().catch(() => false)) return;
      if (Date.now() > deadline)
        throw new Error(
          `${this.engine}: ${what} did not appear within ${timeoutMs / 1000} s.\n${await this.describePage()}`,
        );
      await new Promise((r) => setTimeout(r, POLL_MS));
    }
  }

  async click(target: RoleTarget, timeoutMs = WAIT_MS): Promise<void> {
    await this.poll(() => this.clickElement(find(target)), `a ${describeTarget(target)} to click`, timeoutMs);
  }

  async fill(name: AccessibleName, text: string): Promise<void> {
    await this.poll(() => this.fillElement(find({ role: 'textbox', name }), text), `a text box named ${String(name)}`);
  }

  /**
   * Chooses an option of the select with this label. Set in the page, with the events a person's choice
   * fires: each engine draws a select's list its own way, outside the page, where no driver reaches alike.
   */
  async select(name: AccessibleName, optionLabel: string): Promise<void> {
    await this.poll(
      () =>
        this.run<boolean>(
          `${find({ role: 'combobox', name })}.then((select) => {
            const option = select && [...select.options].find((o) => o.label.trim() === ${JSON.stringify(optionLabel)});
            if (!option) return false;
            select.value = option.value;
            select.dispatchEvent(new Event('input', { bubbles: true }));
            select.dispatchEvent(new Event('change', { bubbles: true }));
            return true;
          })`,
        ),
      `a select named ${String(name)} with the option ${optionLabel}`,
    );
  }

  /** Where the page is and what it says, for a failure message. */
  async describePage(): Promise<string> {
    const seen = await this.evaluate(() => ({
      url: location.href,
      // biome-ignore lint/performance/useDomNodeTextContent: the text as laid out (lines, nothing hidden) reads best in a failure.
      text: document.body?.innerText.slice(0, 1500),
    })).catch((error: unknown) => ({ url: '?', text: `(the page could not be read: ${String(error)})` }));
    return `Page ${seen.url}:\n${seen.text}`;
  }
}

/** The source of an expression: `fn` called with `args`, as a promise. Gives the page the `__name` helper bundlers may add. */
export function callSource(fn: string, args: unknown[]): string {
  return `(async () => { var __name = (f) => f; return (${fn})(...${JSON.stringify(args)}); })()`;
}

/** An expression for the promise of the element with this role and name, or null. */
function find(target: RoleTarget): string {
  return callSource(String(findByRole), [targetJson(target)]);
}

function targetJson({ role, name, level }: RoleTarget): TargetJson {
  return {
    role,
    ...(name === undefined
      ? {}
      : { name: typeof name === 'string' ? { text: name } : { source: name.source, flags: name.flags } }),
    ...(level === undefined ? {} : { level }),
  };
}

function describeTarget({ role, name, level }: RoleTarget): string {
  return `${role}${level ? ` (level ${level})` : ''}${name === undefined ? '' : ` named ${String(name)}`}`;
}
