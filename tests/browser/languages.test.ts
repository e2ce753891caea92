import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, beforeEach, expect, test } from 'vitest';
import type { FormDefinition } from '../../src/core/form.ts';
import { TEST_PRIVACY } from '../../src/core/test-fixtures.ts';
import { translation as ar } from '../../src/i18n/locales/ar.ts';
import { translation as cy } from '../../src/i18n/locales/cy.ts';
import { en } from '../../src/i18n/locales/en.ts';
import { translation as pl } from '../../src/i18n/locales/pl.ts';
import { translation as ur } from '../../src/i18n/locales/ur.ts';
import type { ResourceTree } from '../../src/i18n/resource-tree.ts';
import { axeViolations } from '../support/axe.ts';
import { useChromium } from '../support/browser-suite.ts';
import { watchCspViolations } from '../support/csp.ts';
import { activate, tabTo } from '../support/keyboard.ts';
import { waitForServiceWorkerControl } from '../support/page-helpers.ts';
import { publishForm } from '../support/publish-form.ts';
import { ServerProcess } from '../support/server-process.ts';

// Languages as a resident meets them: the picker by keyboard, screens in Welsh, Urdu and Arabic (mirrored),
// the form falling back to English where it has no translation, the language recorded, read aloud, offline.

const TEXT: Record<string, ResourceTree> = { en: en as unknown as ResourceTree, cy, ur, ar, pl };
const NAMES: Record<string, string> = { en: 'English', cy: 'Cymraeg', ur: 'اردو', ar: 'العربية', pl: 'Polski' };

/** The screen text of `key` in `language`, as the app shows it (placeholders filled, numbers as digits). */
function say(language: string, key: string, values: Record<string, string | number> = {}): string {
  let node: string | ResourceTree | undefined = TEXT[language];
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  if (typeof node !== 'string') throw new Error(`No text for ${key} in ${language}`);
  return node.replace(/\{\{\s*(\w+)(?:,\s*\w+)?\s*\}\}/g, (_, name: string) => String(values[name]));
}

/** A form translated into Welsh only in part: its second question has English text alone. */
const FORM: FormDefinition = {
  id: 'opening-hours',
  version: 1,
  defaultLanguage: 'en',
  title: { en: 'Library opening hours', cy: 'Oriau agor y llyfrgell' },
  description: {
    en: 'Tell us when you would use the library.',
    cy: 'Dywedwch wrthym pryd y byddech yn defnyddio’r llyfrgell.',
  },
  organisation: { en: 'Westford Council', cy: 'Cyngor Westford' },
  estimatedMinutes: 2,
  privacy: TEST_PRIVACY,
  questions: [
    {
      id: 'when',
      type: 'single',
      required: true,
      label: { en: 'When would you visit the library?', cy: 'Pryd fyddech chi’n ymweld â’r llyfrgell?' },
      hint: { en: 'Choose one', cy: 'Dewiswch un' },
      options: [
        { value: 'morning', label: { en: 'Morning', cy: 'Bore' } },
        { value: 'evening', label: { en: 'Evening', cy: 'Noswaith' } },
      ],
    },
    { id: 'why', type: 'text', required: false, maxLength: 100, label: { en: 'Why then?' } },
  ],
};
const TITLE: Record<string, string> = { en: 'Library opening hours', cy: 'Oriau agor y llyfrgell' };
const Q1: Record<string, string> = {
  en: 'When would you visit the library?',
  cy: 'Pryd fyddech chi’n ymweld â’r llyfrgell?',
};
const MORNING: Record<string, string> = { en: 'Morning', cy: 'Bore' };
const titleIn = (language: string) => TITLE[language] ?? TITLE.en ?? '';
const q1In = (language: string) => Q1[language] ?? Q1.en ?? '';
const morningIn = (language: string) => MORNING[language] ?? MORNING.en ?? '';

/** Records what the page asks the browser to speak: a stand-in for the device's speech, not for our code. */
function stubSpeech(voices: { name: string; lang: string; localService: boolean; default: boolean }[]) {
  const speech = { spoken: [] as { text: string; lang: string; voice: string | undefined }[], cancelled: 0 };
  (window as unknown as { __speech: typeof speech }).__speech = speech;
  class Utterance {
    lang = '';
    voice: { name: string } | null = null;
    onend: (() => void) | null = null;
    onerror: (() => void) | null = null;
    constructor(readonly text: string) {}
  }
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true, writable: true });
  Object.defineProperty(window, 'speechSynthesis', {
    configurable: true,
    value: {
      getVoices: () => voices,
      speak: (u: Utterance) => speech.spoken.push({ text: u.text, lang: u.lang, voice: u.voice?.name }),
      cancel: () => {
        speech.cancelled++;
      },
      addEventListener() {},
      removeEventListener() {},
    },
  });
}

const chromium = useChromium();
let server: ServerProcess;
let context: BrowserContext;
let page: Page;
let csp: string[];

beforeEach(async () => {
  server = await ServerProcess.start();
  await publishForm(server.databasePath, FORM);
});
afterEach(async () => {
  expect(csp).toEqual([]);
  await context.close();
  await server.dispose();
});

async function open(options: { width?: number; voices?: Parameters<typeof stubSpeech>[0] } = {}): Promise<void> {
  context = await chromium.browser.newContext({ viewport: { width: options.width ?? 1024, height: 800 } });
  if (options.voices) await context.addInitScript(stubSpeech, options.voices);
  page = await context.newPage();
  csp = watchCspViolations(page);
  await page.goto(server.url);
  await waitForServiceWorkerControl(page);
  await page.getByRole('heading', { level: 2, name: 'Library opening hours' }).waitFor();
}

/** Opens the picker and chooses `language`, by keyboard alone. */
async function chooseByKeyboard(from: string, language: string): Promise<void> {
  await activate(page, page.getByRole('button', { name: `${say(from, 'language.button')}: ${NAMES[from]}` }));
  await activate(page, page.getByRole('button', { name: NAMES[language], exact: true }));
  await page.getByRole('heading', { level: 1, name: say(language, 'list.title') }).waitFor();
}

/** The languages the outbox's responses record, read straight from IndexedDB. */
async function recordedLanguages(): Promise<string[]> {
  const entries = await page.evaluate(
    () =>
      new Promise<{ response: { language: string } }[]>((resolve, reject) => {
        const request = indexedDB.open('chorus');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const all = request.result.transaction('outbox').objectStore('outbox').getAll();
          all.onsuccess = () => {
            resolve(all.result);
            request.result.close();
          };
        };
      }),
  );
  return entries.map((e) => e.response.language);
}

const documentLanguage = () =>
  page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));
const heading = (name: string | RegExp) => page.getByRole('heading', { level: 1, name });
const noHorizontalScroll = () =>
  page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

/** axe, and at a narrow width no horizontal scrolling (WCAG 1.4.10), on the screen as it is now. */
async function checkScreen(): Promise<void> {
  expect(await axeViolations(page)).toEqual([]);
  expect(await noHorizontalScroll()).toBe(true);
}

/** Where the Back link and the first radio sit: mirrored screens put both at the right. */
async function layout(language: string) {
  const width = await page.evaluate(() => document.documentElement.clientWidth);
  const back = await page.getByRole('link', { name: say(language, 'form.backLink'), exact: true }).boundingBox();
  const radio = await page.getByRole('radio', { name: morningIn(language) }).boundingBox();
  const label = await page.getByText(morningIn(language), { exact: true }).boundingBox();
  if (!back || !radio || !label) throw new Error('The Back link or the first choice is not on screen.');
  return { backAtRight: back.x + back.width / 2 > width / 2, radioRightOfLabel: radio.x > label.x };
}

/** The whole journey in `language`, checking each screen, submitting with "Morning". */
async function answerIn(language: string): Promise<void> {
  const rtl = language === 'ur' || language === 'ar';
  await checkScreen(); // The welcome: the list of consultations.
  await activate(
    page,
    page.getByRole('link', { name: say(language, 'list.startLabel', { title: titleIn(language) }) }),
  );
  await heading(titleIn(language)).waitFor();
  await checkScreen();
  await activate(page, page.getByRole('link', { name: say(language, 'start.startNow') }));
  await heading(q1In(language)).waitFor();
  await page.getByText(say(language, 'form.progress', { current: 1, total: 2 })).waitFor();
  expect(await layout(language)).toEqual({ backAtRight: rtl, radioRightOfLabel: rtl });
  await checkScreen();

  // Continue with no answer: the error state, in the language, title and all.
  await activate(page, page.getByRole('button', { name: say(language, 'form.continue') }));
  await page
    .getByRole('alert')
    .filter({ hasText: say(language, 'form.errorSummary') })
    .waitFor();
  await page.getByRole('link', { name: say(language, 'errors.selectOne') }).waitFor();
  await expect.poll(() => page.title()).toMatch(new RegExp(`^${say(language, 'form.errorPrefix')} `));
  await checkScreen();

  await tabTo(page, page.getByRole('radio', { name: morningIn(language) }));
  await page.keyboard.press('Space');
  await activate(page, page.getByRole('button', { name: say(language, 'form.continue') }));
  // The second question has no translation: it is shown in English, marked so, and the screen says so.
  await heading(/Why then\?/).waitFor();
  if (language !== 'en') {
    const notice = say(language, 'form.notTranslated', { language: NAMES[language] ?? '', shown: 'English' });
    await page.getByText(notice).waitFor();
  }
  expect(await page.locator('h1 [lang="en"]').first().textContent()).toBe('Why then?');
  await checkScreen();

  await activate(page, page.getByRole('button', { name: say(language, 'form.continue') }));
  await heading(say(language, 'check.title')).waitFor();
  await checkScreen();
  await activate(page, page.getByRole('button', { name: say(language, 'form.submit') }));
  await heading(say(language, 'done.title')).waitFor();
  await checkScreen();
}

test('in English the layout runs left to right (the baseline the mirrored screens are compared with)', async () => {
  await open({ width: 320 });
  await expect.poll(documentLanguage).toEqual({ lang: 'en', dir: 'ltr' });
  await answerIn('en');
  await expect.poll(recordedLanguages).toEqual(['en']);
});

test('Welsh chosen by keyboard: every screen in Welsh, the form falls back to English where untranslated and says so, and the response records "cy"', async () => {
  await open();
  await chooseByKeyboard('en', 'cy');
  await expect.poll(documentLanguage).toEqual({ lang: 'cy', dir: 'ltr' });
  // The picker's button now names the language in itself, and the list lists each language in its own.
  await page.getByRole('button', { name: 'Iaith: Cymraeg' }).waitFor();
  await answerIn('cy');
  await expect.poll(recordedLanguages).toEqual(['cy']);
});

test.each(['ur', 'ar'])(
  '%s chosen by keyboard: right to left, mirrored (Back link and radios at the right), no sideways scrolling at 320 px, axe clean',
  async (language) => {
    await open({ width: 320 });
    await chooseByKeyboard('en', language);
    await expect.poll(documentLanguage).toEqual({ lang: language, dir: 'rtl' });
    // Each language in the open picker is marked with its own lang, so a screen reader says it in that voice.
    await activate(page, page.getByRole('button', { name: `${say(language, 'language.button')}: ${NAMES[language]}` }));
    const options = page.getByRole('list', { name: say(language, 'language.listLabel') }).getByRole('button');
    // The picker opens in a re-render after the key press, and evaluateAll does not wait for its buttons.
    await expect
      .poll(() => options.evaluateAll((buttons) => buttons.map((b) => `${b.getAttribute('lang')} ${b.textContent}`)))
      .toEqual([
        'en English',
        'en Easy Read',
        'cy Cymraeg',
        'pl Polski',
        'ro Română',
        'ur اردو',
        'pa ਪੰਜਾਬੀ',
        'ar العربية',
      ]);
    await checkScreen();
    await page.keyboard.press('Escape');
    await answerIn(language);
    await expect.poll(recordedLanguages).toEqual([language]);
  },
);

test('Listen speaks the question, hint and options in the reading language with a local voice; Stop stops; answering goes on', async () => {
  await open({
    voices: [
      { name: 'Network Welsh', lang: 'cy-GB', localService: false, default: false },
      { name: 'Local Welsh', lang: 'cy-GB', localService: true, default: false },
      { name: 'Local British', lang: 'en-GB', localService: true, default: true },
    ],
  });
  await chooseByKeyboard('en', 'cy');
  await activate(page, page.getByRole('link', { name: say('cy', 'list.startLabel', { title: titleIn('cy') }) }));
  await activate(page, page.getByRole('link', { name: say('cy', 'start.startNow') }));
  await heading(q1In('cy')).waitFor();

  await activate(page, page.getByRole('button', { name: 'Gwrando' }));
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { __speech: { spoken: unknown[] } }).__speech.spoken))
    .toEqual([
      { text: 'Pryd fyddech chi’n ymweld â’r llyfrgell?', lang: 'cy', voice: 'Local Welsh' },
      { text: 'Dewiswch un', lang: 'cy', voice: 'Local Welsh' },
      { text: 'Bore', lang: 'cy', voice: 'Local Welsh' },
      { text: 'Noswaith', lang: 'cy', voice: 'Local Welsh' },
    ]);
  await activate(page, page.getByRole('button', { name: 'Stopio' }));
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { __speech: { cancelled: number } }).__speech.cancelled))
    .toBeGreaterThan(0);
  expect(await axeViolations(page)).toEqual([]);

  // Speaking never stands in the way: answer and go on while it reads.
  await activate(page, page.getByRole('button', { name: 'Gwrando' }));
  await tabTo(page, page.getByRole('radio', { name: 'Bore' }));
  await page.keyboard.press('Space');
  await activate(page, page.getByRole('button', { name: say('cy', 'form.continue') }));
  await heading(/Why then\?/).waitFor();
  // The untranslated question is read in English, with the English voice; "(optional)" in Welsh.
  await activate(page, page.getByRole('button', { name: 'Gwrando' }));
  await expect
    .poll(() =>
      page.evaluate(() =>
        (window as unknown as { __speech: { spoken: { text: string }[] } }).__speech.spoken.slice(-2),
      ),
    )
    .toEqual([
      { text: 'Why then?', lang: 'en', voice: 'Local British' },
      { text: '(dewisol)', lang: 'cy', voice: 'Local Welsh' },
    ]);
});

test('with no voice for the language, Listen says so and reads nothing in the wrong voice', async () => {
  await open({ voices: [{ name: 'Local British', lang: 'en-GB', localService: true, default: true }] });
  await chooseByKeyboard('en', 'cy');
  await activate(page, page.getByRole('link', { name: say('cy', 'list.startLabel', { title: titleIn('cy') }) }));
  await activate(page, page.getByRole('link', { name: say('cy', 'start.startNow') }));
  await heading(q1In('cy')).waitFor();
  await activate(page, page.getByRole('button', { name: 'Gwrando' }));
  await page
    .getByRole('status')
    .filter({ hasText: say('cy', 'readAloud.noVoice', { language: 'Cymraeg' }) })
    .waitFor();
  expect(await page.evaluate(() => (window as unknown as { __speech: { spoken: unknown[] } }).__speech.spoken)).toEqual(
    [],
  );
  expect(await axeViolations(page)).toEqual([]);
});

test('offline, a language not loaded yet still comes (precached), and stays after a reload in the same session', async () => {
  await open();
  await context.setOffline(true);
  await chooseByKeyboard('en', 'pl');
  await expect.poll(documentLanguage).toEqual({ lang: 'pl', dir: 'ltr' });
  const reply = await page.reload();
  expect(reply?.fromServiceWorker()).toBe(true);
  await heading(say('pl', 'list.title')).waitFor();
  await expect.poll(documentLanguage).toEqual({ lang: 'pl', dir: 'ltr' });
  // A new tab is a new session: it starts in English.
  const other = await context.newPage();
  await other.goto(server.url);
  await other.getByRole('heading', { level: 1, name: 'Consultations' }).waitFor();
  await other.close();
});
