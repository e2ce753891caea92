import ExcelJS from 'exceljs';
import { afterEach, beforeEach, expect, test } from 'vitest';
import type { FormDefinition } from '../../src/core/form.ts';
import type { Answers, SubmittedResponse } from '../../src/core/response.ts';
import { EVERY_TYPE_ANSWERS, EVERY_TYPE_FORM, testResponse } from '../../src/core/test-fixtures.ts';
import { allPages } from '../store/all-pages.ts';
import type { StoredResponse } from '../store/store.ts';
import { testApp } from '../test-app.ts';
import { META_COLUMNS } from './response-cells.ts';
import { parseCsv } from './test-parse-csv.ts';

/** Version 2 drops the postcode district and adds a question at the end. */
const VERSION_2: FormDefinition = {
  ...EVERY_TYPE_FORM,
  version: 2,
  questions: [
    ...EVERY_TYPE_FORM.questions.filter((q) => q.id !== 'district'),
    { id: 'library', type: 'text', required: false, maxLength: 100, label: { en: 'Which library do you use?' } },
  ],
};

const TRICKY = 'Libraries, parks & "play" areas\nSecond line 😀 لائبریری';
const FORMULA = '=HYPERLINK("x")';
const OTHER = 'Green, "ish" لائبریری';
const EVENT = 'Newbury Library, "coffee" morning 😀';

const HEADER = [
  'response_id',
  'form_version',
  'submitted_at',
  'received_at',
  'device_id',
  'channel',
  'language',
  'event',
  'partial',
  'paper_batch',
  'assisted_by',
  'conversation_language',
  'partner',
  // Version 2's order, then what only version 1 asked.
  ...['colour', 'pets', 'name', 'story', 'hours', 'visited', 'satisfaction', 'priorities', 'budget', 'contact'],
  ...['contact-consent', 'library', 'district'],
];

let app: Awaited<ReturnType<typeof testApp>>;
beforeEach(async () => {
  app = await testApp();
  await app.store.publishForm(EVERY_TYPE_FORM);
  await app.store.publishForm(VERSION_2);
});
afterEach(() => app.dispose());

function response(version: number, answers: Answers, overrides: Partial<SubmittedResponse> = {}) {
  return testResponse({ formId: EVERY_TYPE_FORM.id, formVersion: version, answers, ...overrides });
}

async function store(...responses: SubmittedResponse[]) {
  const { results } = await (await app.sync({ deviceId: 'device-1', responses })).json();
  expect(results.map((r: { status: string; error?: string }) => r.error ?? r.status)).toEqual(
    responses.map(() => 'stored'),
  );
}

/** Three responses across both versions, with every answer type and every awkward kind of text. */
async function storeTrickyResponses(): Promise<StoredResponse[]> {
  await store(
    response(
      1,
      { ...EVERY_TYPE_ANSWERS, colour: { other: OTHER }, name: FORMULA, story: TRICKY },
      { event: EVENT, language: 'ur', channel: 'assisted' },
    ),
    response(2, { colour: 'red', contact: 'no', library: 'لائبریری 😀', hours: 0 }),
    response(1, { colour: 'blue', contact: 'no', pets: ['none'] }, { submittedAt: '2026-12-01T09:30:00+01:00' }),
  );
  return (await allPages(app.store.findResponses({ formId: EVERY_TYPE_FORM.id }))).flat();
}

const exportOf = (extension: string, query = '') =>
  app.asOfficer(`/api/responses.${extension}?form=${EVERY_TYPE_FORM.id}${query}`);

async function csvRecords(query = ''): Promise<string[][]> {
  // Decoded by hand: Response.text() would drop the byte-order mark this checks for.
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await (await exportOf('csv', query)).arrayBuffer());
  expect(text.startsWith('\uFEFF')).toBe(true);
  return parseCsv(text.slice(1));
}

test('CSV: every cell reads back as stored, whatever the text; a formula gets an apostrophe', async () => {
  const [first, second, third] = await storeTrickyResponses();
  const [header, ...rows] = await csvRecords();
  expect(header).toEqual(HEADER);
  const meta = (r: StoredResponse | undefined) => [
    r?.id,
    String(r?.formVersion),
    r?.submittedAt,
    r?.receivedAt,
    'device-1',
    r?.channel,
    r?.language,
    r?.event ?? '',
    // partial, paper_batch, assisted_by, conversation_language, partner
    '',
    '',
    '',
    '',
    '',
  ];
  expect(rows).toEqual([
    [
      ...meta(first),
      `other: ${OTHER}`,
      'cat; dog',
      `'${FORMULA}`,
      TRICKY,
      '3',
      '2026-05-01',
      '4',
      'schools; parks; roads',
      'parks=5; roads=0; schools=5',
      'yes',
      'yes',
      '',
      'RG14',
    ],
    [...meta(second), 'red', '', '', '', '0', '', '', '', '', 'no', '', 'لائبریری 😀', ''],
    [...meta(third), 'blue', 'none', '', '', '', '', '', '', '', 'no', '', '', ''],
  ]);
  expect(rows[0]?.[7]).toBe(EVENT);
  expect(rows[0]?.[6]).toBe('ur');
});

test('XLSX: a Responses sheet like the CSV with numbers as numbers, and a Codebook', async () => {
  await storeTrickyResponses();
  const csv = await csvRecords();
  const reply = await exportOf('xlsx');
  expect(reply.status).toBe(200);
  expect(reply.headers.get('Content-Type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await reply.arrayBuffer());
  expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Responses', 'Codebook']);

  const sheet = workbook.getWorksheet('Responses');
  if (!sheet) throw new Error('No Responses sheet');
  expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  expect(sheet.rowCount).toBe(csv.length);
  const values = (row: number) => HEADER.map((_, i) => sheet.getCell(row, i + 1).value);
  // Every cell holds what the CSV holds, numbers as numbers and no answer as an empty cell.
  csv.forEach((record, i) => {
    expect(values(i + 1).map((v) => (v === null ? '' : String(v)))).toEqual(record);
  });
  expect(values(2)[1]).toBe(1); // form_version
  expect(values(2)[HEADER.indexOf('hours')]).toBe(3);
  expect(values(2)[HEADER.indexOf('satisfaction')]).toBe(4);
  expect(values(3)[HEADER.indexOf('hours')]).toBe(0);
  expect(values(2)[HEADER.indexOf('name')]).toBe(`'${FORMULA}`);
  expect(values(2)[HEADER.indexOf('story')]).toBe(TRICKY);
  for (const column of [1, HEADER.indexOf('story') + 1]) expect(sheet.getColumn(column).width).toBeGreaterThan(20);

  const codebook = workbook.getWorksheet('Codebook');
  if (!codebook) throw new Error('No Codebook sheet');
  expect(codebook.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  const codebookRows = Array.from({ length: codebook.rowCount }, (_, row) =>
    Array.from({ length: 8 }, (_, column) => codebook.getCell(row + 1, column + 1).value ?? ''),
  );
  expect(codebookRows[0]).toEqual([
    'Question id',
    'Question',
    'Type',
    'Required',
    'Options (code = label)',
    'Shown if',
    'Answer in the cell',
    'Asked in versions',
  ]);
  // One row per question column, in the same order; the info block asks nothing.
  expect(codebookRows.slice(1).map((row) => row[0])).toEqual([
    ...HEADER.slice(META_COLUMNS.length),
    'paper_batch',
    'assisted_by',
    'conversation_language',
    'partner',
  ]);
  const row = (id: string) => codebookRows.find((r) => r[0] === id);
  expect(row('colour')).toEqual([
    'colour',
    'Which colour should the benches be?',
    'single',
    'yes',
    'red = Red\nblue = Blue\nother: … = Another colour',
    '',
    'the chosen code, or "other: " and their words',
    '1, 2',
  ]);
  expect(row('contact-consent')?.slice(0, 6)).toEqual([
    'contact-consent',
    'Your agreement',
    'consent',
    'yes',
    'yes = I agree that the council may contact me about this consultation.',
    'contact equals "yes"',
  ]);
  expect(row('pets')?.[4]).toBe('cat = Cat\ndog = Dog\nfish = Fish\nnone = None of these (clears the other choices)');
  expect(row('budget')?.[6]).toBe('code=points for each choice given points, joined by "; " (they add up to 10)');
  expect(row('hours')?.[6]).toBe('a number from 0 to 24, whole (hours)');
  expect(row('satisfaction')?.[4]).toBe('1 = Not happy\n5 = Very happy');
  expect(row('library')?.[7]).toBe('2');
  expect(row('district')?.[7]).toBe('1');
});

test('JSON: the form versions, the filters and every response exactly as the store returns it', async () => {
  const stored = await storeTrickyResponses();
  const before = Date.now();
  const reply = await exportOf('json', '&channel=');
  expect(reply.headers.get('Content-Type')).toBe('application/json; charset=utf-8');
  const body = await reply.json();
  expect(body.form).toEqual({ id: EVERY_TYPE_FORM.id, versions: [EVERY_TYPE_FORM, VERSION_2] });
  expect(Date.parse(body.exportedAt)).toBeGreaterThanOrEqual(before - 1000);
  // An empty parameter is a blank field in a search form: not given.
  expect(body.filters).toEqual({
    version: null,
    from: null,
    to: null,
    event: null,
    channel: null,
    language: null,
    batch: null,
    partner: null,
    assisted: null,
  });
  expect(body.responses).toEqual(stored);
  expect(body.responses[0].answers.story).toBe(TRICKY);
});

test('every format streams more than one page of responses, and names its file for the form and the day', async () => {
  for (let batch = 0; batch < 4; batch++) {
    await store(...Array.from({ length: 130 }, () => response(1, { colour: 'red', contact: 'no' })));
  }
  const today = new Date().toISOString().slice(0, 10);
  for (const extension of ['csv', 'xlsx', 'json']) {
    const reply = await exportOf(extension);
    expect(reply.status).toBe(200);
    expect(reply.headers.get('Content-Disposition')).toBe(
      `attachment; filename="chorus-${EVERY_TYPE_FORM.id}-${today}.${extension}"`,
    );
    expect(reply.headers.get('Cache-Control')).toBe('no-store');
    const buffer = await reply.arrayBuffer();
    if (extension === 'csv') expect(parseCsv(new TextDecoder().decode(buffer))).toHaveLength(1 + 520);
    if (extension === 'json') expect(JSON.parse(new TextDecoder().decode(buffer)).responses).toHaveLength(520);
    if (extension === 'xlsx') {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(buffer);
      expect(workbook.getWorksheet('Responses')?.rowCount).toBe(1 + 520);
    }
  }
});

test('an export with no responses is a header (CSV, XLSX) or an empty list (JSON)', async () => {
  expect(await csvRecords()).toEqual([HEADER]);
  expect((await (await exportOf('json')).json()).responses).toEqual([]);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await (await exportOf('xlsx')).arrayBuffer());
  expect(workbook.getWorksheet('Responses')?.rowCount).toBe(1);
});
