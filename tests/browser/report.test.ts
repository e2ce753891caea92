import { readFile } from 'node:fs/promises';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import { useChromium } from '../support/browser-suite.ts';
import { watchCspViolations } from '../support/csp.ts';
import { enrolByApi, sendByApi } from '../support/device-by-api.ts';
import { activate, tabTo, toggle, typeInto } from '../support/keyboard.ts';
import { libraryResponses } from '../support/library-responses.ts';
import { expectAccessible, focused } from '../support/officer-screens.ts';
import { addOfficer, type OfficerCredentials, signInByApi } from '../support/officers.ts';
import { ServerProcess } from '../support/server-process.ts';

// Issue 8's evidence: outreach staff write a post-event reflection by keyboard alone; an officer's
// consultation report lists the numbers, the reflection and the comparison with the population baseline,
// prints on A4 without chrome or clipping, and downloads as one .html file of plain tables (and as CSV).

const chromium = useChromium();
const EVENT = 'Library open day';
let server: ServerProcess;
let officer: OfficerCredentials;
let outreach: OfficerCredentials;
let context: BrowserContext;

beforeAll(async () => {
  server = await ServerProcess.start();
  officer = await addOfficer(server.databasePath, { role: 'officer', name: 'Olive Officer' });
  outreach = await addOfficer(server.databasePath, { role: 'outreach', name: 'Owen Outreach' });
  await sendByApi(
    server.url,
    await enrolByApi(server.url, server.databasePath, 'Report test tablet'),
    libraryResponses(EVENT),
  );
});
afterAll(async () => {
  await server?.dispose();
});
afterEach(async () => {
  await context?.close();
});

async function pageAs(who: OfficerCredentials, path: string, heading: string): Promise<Page> {
  context = await chromium.browser.newContext({ acceptDownloads: true });
  await signInByApi(context, server.url, who);
  const page = await context.newPage();
  await page.goto(`${server.url}${path}`);
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  return page;
}

test('outreach staff write a reflection on an event by keyboard, and read it back', async () => {
  const page = await pageAs(outreach, '/officer/reflections', 'Event reflections');
  const csp = watchCspViolations(page);
  const table = page.getByRole('table', { name: 'Events and their reflections' });
  await table.getByRole('row', { name: new RegExp(EVENT) }).waitFor();
  // No response counts for outreach staff: only the event, its consultation and its reflections.
  expect(await table.getByRole('columnheader').allTextContents()).toEqual(['Event', 'Consultation', 'Reflections']);
  await expectAccessible(page);

  await activate(page, page.getByRole('link', { name: `Write a reflection (${EVENT})` }));
  await page.getByRole('heading', { level: 1, name: `Reflection on “${EVENT}”` }).waitFor();
  await expect.poll(() => page.getByLabel('Event', { exact: true }).inputValue()).toBe(EVENT);
  await expectAccessible(page);

  // Nothing written, and a principle ticked without its sentence: each problem is linked to its field.
  await toggle(page, page.getByRole('checkbox', { name: 'Accessibility' }));
  await activate(page, page.getByRole('button', { name: 'Save reflection' }));
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await summary.getByRole('link', { name: 'Enter who came' }).waitFor();
  await summary.getByRole('link', { name: 'Say how accessibility made a difference, or untick it' }).waitFor();
  await expect.poll(() => page.title()).toMatch(/^Error: /);
  await expectAccessible(page);
  await activate(page, summary.getByRole('link', { name: 'Enter who came' }));
  await expect.poll(() => focused(page)).toMatch(/Who came\?/);

  await page.keyboard.type('About thirty people, mostly older residents and two families.');
  await typeInto(
    page,
    page.getByLabel('Who did not come, and what might bring them? (optional)'),
    'Young people: a session at the college.',
  );
  await typeInto(page, page.getByLabel('What worked? (optional)'), 'The tea urn and the large-print cards.');
  await typeInto(page, page.getByLabel('How accessibility made a difference'), 'The hearing loop let Mr B take part.');
  await toggle(page, page.getByRole('checkbox', { name: 'Reciprocity' }));
  await typeInto(page, page.getByLabel('How reciprocity made a difference'), 'We shared what changed last time.');
  await activate(page, page.getByRole('button', { name: 'Save reflection' }));

  await page.getByRole('heading', { level: 1, name: `Reflections on “${EVENT}”` }).waitFor();
  await page
    .getByRole('alert')
    .filter({ hasText: `Your reflection on “${EVENT}” is saved.` })
    .waitFor();
  await page.getByText('About thirty people, mostly older residents and two families.').waitFor();
  await page.getByText('The hearing loop let Mr B take part.').waitFor();
  await page.getByRole('heading', { name: /^Written by Owen Outreach, / }).waitFor();
  await expectAccessible(page);
  expect(csp).toEqual([]);
});

test('from the events list to its reflections; the consultation report: numbers, the reflection, the baseline; printable on A4 and downloadable', async () => {
  // The events list leads to the event's reflections.
  const page = await pageAs(officer, '/officer/events', 'Events');
  const csp = watchCspViolations(page);
  const eventRow = page.getByRole('row', { name: new RegExp(EVENT) });
  await eventRow.getByRole('link', { name: `Write a reflection (${EVENT})` }).waitFor();
  await expectAccessible(page);
  await activate(page, eventRow.getByRole('link', { name: `Reflections (1) (${EVENT})` }));
  await page.getByRole('heading', { level: 1, name: `Reflections on “${EVENT}”` }).waitFor();
  await page.getByText('The hearing loop let Mr B take part.').waitFor();

  await page.goto(`${server.url}/officer/report`);
  await page.getByRole('heading', { level: 1, name: 'Consultation report' }).waitFor();
  await expectAccessible(page);

  // Without a consultation: the error pattern.
  await activate(page, page.getByRole('button', { name: 'Show report' }));
  await page.getByRole('alert').getByRole('link', { name: 'Choose a consultation' }).waitFor();
  await expectAccessible(page);

  await tabTo(page, page.getByLabel('Consultation'));
  await page.getByLabel('Consultation').selectOption('library-hubs');
  await expect
    .poll(() => page.getByLabel('Population to compare with').locator('option:checked').textContent())
    .toBe('Sample area (illustrative figures, not real data)');
  await activate(page, page.getByRole('button', { name: 'Show report' }));
  const report = page.getByRole('article');
  await report.getByRole('heading', { level: 2, name: /^Consultation report: / }).waitFor();

  const row = async (table: string, name: RegExp) =>
    (
      await report.getByRole('table', { name: table }).getByRole('row', { name }).locator('th, td').allTextContents()
    ).map((c) => c.trim());
  await expect.poll(() => row('Responses by channel', /Kiosk/)).toEqual(['Kiosk', '33']);
  expect(await row('Responses by event', new RegExp(EVENT))).toEqual([EVENT, '33']);
  expect(await row('Responses by partner organisation', /Council/)).toEqual(['Council', '33']);
  expect(await row('Responses by language', /\(en\)/)).toEqual(['English (en)', '33']);
  await report.getByText('No assisted sessions were recorded.').waitFor();
  await report.getByRole('heading', { level: 2, name: 'Who answered, compared with the area’s population' }).waitFor();
  await report.getByRole('table', { name: 'Ethnic group: responses compared with the area’s population' }).waitFor();
  await report.getByText('The hearing loop let Mr B take part.').waitFor();
  // The demo's published "You said, we did" page: themes with consented quotes, outcomes with their status.
  await report.getByText('As published for residents on the tablets and the results page:').waitFor();
  await report.getByRole('heading', { level: 3, name: 'What you said' }).waitFor();
  await report.getByRole('heading', { level: 4, name: 'Opening hours' }).waitFor();
  await report.getByText('Sample quote: I work until six, so I can never get there before it shuts.').waitFor();
  await report.getByRole('heading', { level: 3, name: 'What we will do' }).waitFor();
  await report.getByText('Late opening started at three libraries.').waitFor();
  await expectAccessible(page);

  // Print: A4's printable width (210 mm less 15 mm margins, at 96 px to the inch), no app chrome, nothing wider.
  await page.setViewportSize({ width: 680, height: 1000 });
  await page.emulateMedia({ media: 'print' });
  const print = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const visible = (selector: string) =>
      [...document.querySelectorAll(selector)].some((el) => getComputedStyle(el).display !== 'none');
    const wider = [...document.querySelectorAll('body *')]
      .filter((el) => getComputedStyle(el).display !== 'none' && el.getBoundingClientRect().width > 0)
      .filter((el) => el.getBoundingClientRect().right > width + 0.5 || el.getBoundingClientRect().left < -0.5)
      .map((el) => `${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''}`);
    return {
      wider,
      scroll: document.documentElement.scrollWidth - width,
      chrome: ['.header', '.footer', '.officer-bar', '.report__form', '.report__actions'].filter(visible),
    };
  });
  expect(print).toEqual({ wider: [], scroll: 0, chrome: [] });
  const pdf = await page.pdf({ format: 'A4', margin: { top: '15mm', bottom: '15mm', left: '15mm', right: '15mm' } });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  await page.emulateMedia({ media: 'screen' });

  // One self-contained web page of plain tables, without scripts or charts.
  const [html] = await Promise.all([
    page.waitForEvent('download'),
    activate(page, page.getByRole('button', { name: 'Download as a web page (.html)' })),
  ]);
  expect(html.suggestedFilename()).toMatch(/^chorus-report-library-hubs-\d{4}-\d{2}-\d{2}\.html$/);
  const text = await readFile((await html.path()) as string, 'utf8');
  expect(text).toMatch(/^<!doctype html>/);
  expect(text).toContain('<caption class="table__caption">Responses by channel</caption>');
  expect(text).toContain('<th scope="col">Channel</th>');
  expect(text).toContain('The hearing loop let Mr B take part.');
  expect(text).toContain('Sample quote: I work until six, so I can never get there before it shuts.');
  expect(text).toContain('<style>');
  expect(text).not.toMatch(/<script|<svg|<button|<link /);

  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    activate(page, page.getByRole('button', { name: 'Download the tables (.csv)' })),
  ]);
  expect(csv.suggestedFilename()).toMatch(/\.csv$/);
  const lines = (await readFile((await csv.path()) as string, 'utf8')).split('\r\n');
  expect(lines[0]).toBe('\uFEFFResponses by channel'); // A byte order mark first, for spreadsheets.
  expect(lines).toContain('Kiosk,33');
  expect(csp).toEqual([]);
});
