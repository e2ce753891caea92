import ExcelJS from 'exceljs';
import { afterEach, beforeEach, expect, test } from 'vitest';
import type { FormDefinition } from '../../src/core/form.ts';
import { EVERY_TYPE_FORM, TEST_FORM } from '../../src/core/test-fixtures.ts';
import type { ReportLine } from '../../src/core/xlsform/xlsform-sheets.ts';
import { testImage } from '../images/image-store-contract.ts';
import { testApp } from '../test-app.ts';
import { readXlsxSheets } from './xlsx-sheets.ts';

let app: Awaited<ReturnType<typeof testApp>>;
beforeEach(async () => {
  app = await testApp();
});
afterEach(() => app.dispose());

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const json = (body: unknown): RequestInit => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify(body),
});
const publish = (form: unknown, role: 'officer' | 'administrator' = 'officer') =>
  app.asOfficer('/api/forms', json(form), role);

/** An .xlsx file of these sheets, made as a person would in Excel (numbers as numbers). */
async function workbook(sheets: Record<string, (string | number | boolean)[][]>): Promise<Uint8Array<ArrayBuffer>> {
  const book = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) book.addWorksheet(name).addRows(rows);
  return new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer);
}

const importXlsx = (bytes: Uint8Array<ArrayBuffer>, role: 'officer' | 'outreach' = 'officer') =>
  app.asOfficer('/api/forms/xlsform', { method: 'POST', headers: { 'Content-Type': XLSX }, body: bytes }, role);

const PARK_SURVEY = {
  survey: [
    ['type', 'name', 'label::English (en)', 'label::Cymraeg (cy)', 'required', 'relevant', 'constraint'],
    ['select_one yes_no', 'visits', 'Do you visit the park?', "Ydych chi'n ymweld â'r parc?", 'yes', '', ''],
    ['integer', 'times', 'How often a month?', 'Pa mor aml y mis?', 1, "${visits} = 'yes'", '. >= 0 and . <= 31'],
    ['geopoint', 'where', 'Where do you live?', '', '', '', ''],
  ],
  choices: [
    ['list_name', 'name', 'label::English (en)', 'label::Cymraeg (cy)'],
    ['yes_no', 'yes', 'Yes', 'Ydw'],
    ['yes_no', 'no', 'No', 'Nac ydw'],
  ],
  settings: [
    ['form_id', 'form_title', 'version', 'default_language'],
    ['park_visits', 'Park visits', 3, 'English (en)'],
  ],
};

test('GET /api/forms stays public; the officer routes need a session with the forms permission', async () => {
  expect((await app.request('/api/forms')).status).toBe(200);
  const bytes = await workbook(PARK_SURVEY);
  const routes: [string, RequestInit][] = [
    ['/api/forms', json(TEST_FORM)],
    ['/api/forms/xlsform', { method: 'POST', headers: { 'Content-Type': XLSX }, body: bytes }],
    ['/api/forms/test-form/1/xlsform', {}],
  ];
  for (const [path, init] of routes) {
    expect((await app.request(path, init)).status, `${path} signed out`).toBe(401);
    const withDevice = await app.request(path, {
      ...init,
      headers: { ...(init.headers as Record<string, string>), Authorization: `Bearer ${app.device.token}` },
    });
    expect(withDevice.status, `${path} with a device token`).toBe(403);
    expect((await app.asOfficer(path, init, 'outreach')).status, `${path} as outreach`).toBe(403);
  }
  const withoutCsrf = await app.request('/api/forms', {
    ...json({ ...TEST_FORM, version: 2 }),
    headers: { 'Content-Type': 'application/json', Cookie: (await app.signIn('officer')).Cookie as string },
  });
  expect(withoutCsrf.status).toBe(403);
  expect((await app.store.findForm('test-form', 2)) ?? null).toBeNull();
});

test('an officer publishes a new form, then only its next version', async () => {
  // Its picture must be on the endpoint (server/images/image-checks.ts).
  const picture = testImage();
  await app.store.images.saveImage(picture);
  const questions = EVERY_TYPE_FORM.questions.map((q) =>
    q.type === 'info' && q.image ? { ...q, image: { ...q.image, src: `/api/images/${picture.id}` } } : q,
  );
  const form: FormDefinition = { ...EVERY_TYPE_FORM, id: 'parks', questions };
  const first = await publish(form);
  expect(first.status).toBe(201);
  expect(await first.json()).toEqual({ form });
  const listed = (await (await app.request('/api/forms')).json()) as { forms: FormDefinition[] };
  expect(listed.forms.map((f) => `${f.id}@${f.version}`)).toContain('parks@1');

  const changed = { ...form, title: { en: 'Changed' } };
  const again = await publish(changed);
  expect(again.status).toBe(409);
  expect(await again.json()).toMatchObject({ error: { code: 'version-taken' }, latestVersion: 1 });
  expect((await app.store.findForm('parks', 1))?.title).toEqual(form.title);

  const skipped = await publish({ ...changed, version: 3 });
  expect(skipped.status).toBe(409);
  expect(await skipped.json()).toMatchObject({ error: { code: 'version-skipped' }, latestVersion: 1 });

  expect((await publish({ ...changed, version: 2 }, 'administrator')).status).toBe(201);
  expect((await app.store.findForm('parks', 2))?.title).toEqual({ en: 'Changed' });
});

test('a form that fails the checks is refused with every problem, each naming its question', async () => {
  const questions = [
    { ...TEST_FORM.questions[0], showIf: { equals: { question: 'later', value: 'x' } } },
    { id: 'later', type: 'text', required: false, label: { en: 'Later' } },
  ];
  const reply = await publish({ ...TEST_FORM, id: 'broken', questions });
  expect(reply.status).toBe(400);
  const body = (await reply.json()) as { error: { code: string }; problems: { question?: string; message: string }[] };
  expect(body.error.code).toBe('form-invalid');
  expect(body.problems).toEqual([{ question: 'later', message: 'questions.1.maxLength is missing.' }]);

  const twoProblems = await publish({
    ...TEST_FORM,
    id: 'broken',
    questions: [questions[0], { ...questions[1], maxLength: 10 }],
  });
  expect(((await twoProblems.json()) as { problems: unknown[] }).problems).toEqual([
    {
      question: 'colour',
      message:
        'questions.0.showIf: Question "colour" shows only if "later" is "x", but "later" comes later; a condition can only use earlier questions.',
    },
  ]);
  expect((await publish('not a form')).status).toBe(400);
  const notJson = await app.asOfficer('/api/forms', {
    method: 'POST',
    body: '{',
    headers: { 'Content-Type': 'application/json' },
  });
  expect(notJson.status).toBe(400);
  expect(await app.store.findForm('broken', 1)).toBeUndefined();
});

test('an XLSForm is read into a form and a report, and nothing is published', async () => {
  const reply = await importXlsx(await workbook(PARK_SURVEY));
  expect(reply.status).toBe(200);
  const body = (await reply.json()) as { form: FormDefinition; report: ReportLine[]; checks: { message: string }[] };
  expect(body.form).toMatchObject({
    id: 'park-visits',
    version: 3,
    defaultLanguage: 'en',
    title: { en: 'Park visits' },
    questions: [
      {
        id: 'visits',
        type: 'single',
        required: true,
        label: { en: 'Do you visit the park?', cy: "Ydych chi'n ymweld â'r parc?" },
      },
      {
        id: 'times',
        type: 'number',
        wholeNumber: true,
        min: 0,
        max: 31,
        showIf: { equals: { question: 'visits', value: 'yes' } },
      },
    ],
  });
  expect(body.report).toContainEqual({
    severity: 'warning',
    sheet: 'survey',
    row: 4,
    column: 'type',
    message: '"where" was not imported: Chorus has no question of type "geopoint".',
  });
  expect(body.report).toContainEqual(expect.objectContaining({ sheet: 'settings', column: 'form_id' }));
  // An ODK form has no privacy notice: the checks say what to add before publishing.
  expect(body.checks.map((c) => c.message)).toEqual(
    expect.arrayContaining(['privacy is missing.', 'description is missing.', 'organisation is missing.']),
  );
  expect(await app.store.findForm('park-visits', 3)).toBeUndefined();

  const form = new FormData();
  form.set('file', new File([await workbook(PARK_SURVEY)], 'park.xlsx', { type: XLSX }));
  const multipart = await app.asOfficer('/api/forms/xlsform', { method: 'POST', body: form });
  expect(multipart.status).toBe(200);
  expect(((await multipart.json()) as { form: FormDefinition }).form).toEqual(body.form);
});

test('a malformed XLSForm is refused with each problem; a file that is not a workbook says so', async () => {
  const noSurvey = await importXlsx(await workbook({ questions: [['type', 'name', 'label']] }));
  expect(noSurvey.status).toBe(400);
  expect(await noSurvey.json()).toMatchObject({
    error: { code: 'xlsform-malformed' },
    report: expect.arrayContaining([
      expect.objectContaining({
        severity: 'error',
        sheet: 'survey',
        message: expect.stringContaining('no "survey" sheet'),
      }),
    ]),
  });

  const missingList = await importXlsx(
    await workbook({
      survey: [
        ['type', 'name', 'label'],
        ['select_one colours', 'colour', 'Colour?'],
      ],
    }),
  );
  expect(missingList.status).toBe(400);
  expect(((await missingList.json()) as { report: ReportLine[] }).report).toContainEqual({
    severity: 'error',
    sheet: 'survey',
    row: 2,
    column: 'type',
    message: 'Question "colour" uses the list "colours", which the choices sheet does not have.',
  });

  const notXlsx = await importXlsx(new TextEncoder().encode('type,name,label\n'));
  expect(notXlsx.status).toBe(400);
  expect(await notXlsx.json()).toMatchObject({ error: { code: 'not-xlsx' } });

  const csv = await app.asOfficer('/api/forms/xlsform', {
    method: 'POST',
    headers: { 'Content-Type': 'text/csv' },
    body: 'a',
  });
  expect(csv.status).toBe(415);
  const noFile = await app.asOfficer('/api/forms/xlsform', { method: 'POST', body: new FormData() });
  expect(noFile.status).toBe(400);
});

test('an XLSForm larger than the body limit gets 413', async () => {
  const big = new Uint8Array(65 * 1024);
  expect((await importXlsx(big)).status).toBe(413);
});

test('a published version downloads as an XLSForm that imports back to it', async () => {
  await app.store.publishForm(EVERY_TYPE_FORM);
  const reply = await app.asOfficer('/api/forms/every-type/1/xlsform');
  expect(reply.status).toBe(200);
  expect(reply.headers.get('content-type')).toBe(XLSX);
  expect(reply.headers.get('content-disposition')).toBe('attachment; filename="chorus-form-every-type-v1.xlsx"');
  const bytes = new Uint8Array(await reply.arrayBuffer());

  const read = await readXlsxSheets(bytes);
  expect(read.ok && Object.keys(read.sheets)).toEqual(['survey', 'choices', 'settings']);
  const imported = await importXlsx(bytes);
  expect(await imported.json()).toEqual({ form: EVERY_TYPE_FORM, report: [], checks: [] });

  expect((await app.asOfficer('/api/forms/every-type/2/xlsform')).status).toBe(404);
  expect((await app.asOfficer('/api/forms/nothing/x/xlsform')).status).toBe(404);
});
