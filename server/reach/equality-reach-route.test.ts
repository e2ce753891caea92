import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { equalityBlock } from '../../src/core/equality/equality-block.ts';
import type { EqualityMeasureReport } from '../../src/core/equality/equality-report.ts';
import type { ReachReport } from '../../src/core/reach-report.ts';
import type { Channel, SubmittedResponse } from '../../src/core/response.ts';
import { TEST_FORM, testResponse } from '../../src/core/test-fixtures.ts';
import { testApp } from '../test-app.ts';

let app: Awaited<ReturnType<typeof testApp>>;
beforeEach(async () => {
  app = await testApp();
  // Version 2 of the test form ends with the equality monitoring block; version 1 has none of it.
  await app.store.publishForm({ ...TEST_FORM, version: 2, questions: [...TEST_FORM.questions, ...equalityBlock()] });
});
afterEach(() => app.dispose());

const SAMPLE = readFileSync(new URL('../demo/sample-baseline.csv', import.meta.url), 'utf8');

async function store(responses: SubmittedResponse[]): Promise<void> {
  for (let i = 0; i < responses.length; i += 100) {
    const reply = await app.sync({ deviceId: 'device-1', responses: responses.slice(i, i + 100) });
    const body = (await reply.json()) as { results: { status: string; error?: string }[] };
    expect(body.results.filter((r) => r.status !== 'stored')).toEqual([]);
  }
}

/** `count` responses to version 2 with these equality answers (and the test form's one required answer). */
function about(count: number, answers: Record<string, string>, channel: Channel = 'kiosk'): SubmittedResponse[] {
  return Array.from({ length: count }, () =>
    testResponse({ formVersion: 2, channel, answers: { colour: 'red', ...answers } }),
  );
}

async function upload(csv: string | Blob, name = 'Test area 2021', init: RequestInit = {}) {
  return app.asOfficer(`/api/reach/baselines?name=${encodeURIComponent(name)}`, {
    method: 'POST',
    headers: { 'Content-Type': 'text/csv' },
    body: csv,
    ...init,
  });
}

async function reach(query: string): Promise<ReachReport> {
  const reply = await app.asOfficer(`/api/reach?${query}`);
  expect(reply.status).toBe(200);
  return (await reply.json()) as ReachReport;
}

function measure(report: ReachReport, id: string): EqualityMeasureReport {
  const found = report.equality?.measures.find((m) => m.measure === id);
  if (!found) throw new Error(`No measure ${id} in ${JSON.stringify(report.equality)}`);
  return found;
}

const hidden = { count: null, suppressed: true };
const secondary = { count: null, suppressed: true, secondary: true };

test('an officer uploads a baseline as CSV; it is listed, with who uploaded it', async () => {
  const reply = await upload(SAMPLE);
  expect(reply.status).toBe(201);
  const { baseline } = await reply.json();
  expect(baseline).toMatchObject({ name: 'Test area 2021', uploadedBy: 'Test officer', rowCount: 26 });
  expect(baseline.rows).toContainEqual({ question: 'ethnic-group', category: 'black', share: 0.04 });

  const list = await (await app.asOfficer('/api/reach/baselines')).json();
  expect(list.baselines).toEqual([
    {
      id: baseline.id,
      name: 'Test area 2021',
      uploadedAt: baseline.uploadedAt,
      uploadedBy: 'Test officer',
      rowCount: 26,
    },
  ]);
});

test('a file from a form (multipart) is taken too, named by its field or else by the file', async () => {
  const form = new FormData();
  form.set('file', new File([SAMPLE], 'Reading 2021.csv', { type: 'text/csv' }));
  const named = await app.asOfficer('/api/reach/baselines', { method: 'POST', body: form });
  expect(named.status).toBe(201);
  expect((await named.json()).baseline.name).toBe('Reading 2021');

  form.set('name', '  Reading, whole borough  ');
  expect(
    (await (await app.asOfficer('/api/reach/baselines', { method: 'POST', body: form })).json()).baseline.name,
  ).toBe('Reading, whole borough');
});

test('a file with problems is refused with each problem by line, and nothing is stored', async () => {
  const reply = await upload('question,category,share\nsex,female,51\nsex,male,fifty\nethnicity,white,80\n');
  expect(reply.status).toBe(400);
  expect(await reply.json()).toEqual({
    error: {
      code: 'invalid-baseline',
      message: 'The file has 2 problems, so nothing was stored. Correct them and upload the file again.',
      problems: [
        { line: 3, message: 'The share "fifty" is not a number. Give a percentage (0 to 100) or a fraction (0 to 1).' },
        { line: 4, message: 'Unknown question "ethnicity": use one of age, sex, ethnic-group, disability, religion.' },
      ],
    },
  });
  // A file saved in Windows-1252 ("é" as one byte) would have its letters misread, so it is refused.
  const latin1 = Uint8Array.from(
    [...'question,category,share\nsex,female,51 caf'].map((c) => c.charCodeAt(0)).concat(0xe9),
  );
  expect(await (await upload(new Blob([latin1]))).json()).toMatchObject({ error: { code: 'not-utf8' } });
  expect((await upload(SAMPLE, '')).status).toBe(400);
  const wrongType = await upload(SAMPLE, 'x', { headers: { 'Content-Type': 'application/json' } });
  expect(wrongType.status).toBe(415);
  expect((await (await app.asOfficer('/api/reach/baselines')).json()).baselines).toEqual([]);
});

test('baselines are for signed-in officers with the reach permission, and uploads need the CSRF token', async () => {
  expect((await app.request('/api/reach/baselines')).status).toBe(401);
  expect((await app.asOfficer('/api/reach/baselines', {}, 'outreach')).status).toBe(403);
  const { 'X-CSRF-Token': _token, ...cookie } = await app.signIn('officer');
  const noToken = await app.request('/api/reach/baselines?name=x', {
    method: 'POST',
    headers: { ...cookie, 'Content-Type': 'text/csv' },
    body: SAMPLE,
  });
  expect(noToken.status).toBe(403);
  expect(await noToken.json()).toMatchObject({ error: { code: 'csrf' } });
});

/**
 * 45 responses: 5 to version 1 (no block); 40 to version 2, of which ethnic group: White 25, Asian 6,
 * Black 2, Prefer not to say 3, skipped 4; sex: Female 30, Male 10. Nobody answered age, disability or
 * religion.
 */
function fixture(): SubmittedResponse[] {
  const ethnic = [
    ...Array(25).fill('white'),
    ...Array(6).fill('asian'),
    ...Array(2).fill('black'),
    ...Array(3).fill('prefer-not-to-say'),
    ...Array(4).fill(undefined),
  ] as (string | undefined)[];
  return [
    ...Array.from({ length: 5 }, () => testResponse({ formVersion: 1 })),
    ...ethnic.flatMap((group, i) =>
      about(1, {
        'equality-sex': i < 30 ? 'female' : 'male',
        ...(group && { 'equality-ethnic-group': group }),
      }),
    ),
  ];
}

test('reach adds who answered each equality question beside the baseline, small groups hidden, missing ones flagged', async () => {
  await store(fixture());
  const { baseline } = await (await upload(SAMPLE)).json();
  const report = await reach(`form=test-form&baseline=${baseline.id}`);
  expect(report.total).toBe(45);
  expect(report.equality?.baseline).toEqual({ id: baseline.id, name: 'Test area 2021' });
  expect(report.equality?.measures.map((m) => m.measure)).toEqual([
    'age',
    'sex',
    'ethnic-group',
    'disability',
    'religion',
  ]);

  expect(measure(report, 'ethnic-group')).toEqual({
    measure: 'ethnic-group',
    label: { en: 'Ethnic group' },
    // 33 gave a group; 12 did not (5 to version 1, 3 preferred not to say, 4 skipped).
    answered: { count: 33 },
    notGiven: { count: 12 },
    categories: [
      // Black's 2 is hidden, and so is Asian's 6, or 33 − 25 − 0 − 0 would give the 2 back. Neither has a
      // share; each has the most it could be from the published figures: 8 left over, Asian at least 5.
      {
        category: 'asian',
        label: { en: 'Asian, Asian British or Asian Welsh' },
        ...secondary,
        share: null,
        shareAtMost: 0.213,
        populationShare: 0.095,
        differencePoints: null,
      },
      {
        category: 'black',
        label: { en: 'Black, Black British, Black Welsh, Caribbean or African' },
        ...hidden,
        share: null,
        shareAtMost: 0.091,
        populationShare: 0.04,
        differencePoints: null,
      },
      {
        category: 'mixed',
        label: { en: 'Mixed or Multiple ethnic groups' },
        count: 0,
        share: 0,
        populationShare: 0.03,
        differencePoints: -3,
        underRepresented: true,
      },
      {
        category: 'white',
        label: { en: 'White' },
        count: 25,
        share: 0.758,
        populationShare: 0.815,
        differencePoints: -5.7,
      },
      {
        category: 'other-ethnic-group',
        label: { en: 'Other ethnic group' },
        count: 0,
        share: 0,
        populationShare: 0.02,
        differencePoints: -2,
        underRepresented: true,
      },
    ],
  });

  const sex = measure(report, 'sex');
  expect(
    sex.categories.map(({ category, count, share, differencePoints, underRepresented }) => ({
      category,
      count,
      share,
      differencePoints,
      underRepresented,
    })),
  ).toEqual([
    { category: 'female', count: 30, share: 0.75, differencePoints: 24, underRepresented: undefined },
    { category: 'male', count: 10, share: 0.25, differencePoints: -24, underRepresented: true },
  ]);

  const age = measure(report, 'age');
  expect(age.answered).toEqual({ count: 0 });
  expect(age.notGiven).toEqual({ count: 45 });
  expect(age.categories.every((c) => c.count === 0 && c.share === null && !c.underRepresented)).toBe(true);
});

test('without a baseline the counts come alone; an unknown baseline is 404; a form without the block has no section', async () => {
  await store(fixture());
  const report = await reach('form=test-form');
  expect(report.equality?.baseline).toBeNull();
  expect(measure(report, 'sex').categories.map((c) => [c.count, c.populationShare, c.differencePoints])).toEqual([
    [30, null, null],
    [10, null, null],
  ]);

  const unknown = await app.asOfficer('/api/reach?form=test-form&baseline=nope');
  expect(unknown.status).toBe(404);
  expect(await unknown.json()).toMatchObject({ error: { code: 'unknown-baseline' } });

  expect(await reach('form=test-form&version=1')).not.toHaveProperty('equality');
});

test('filters narrow the equality counts, and a small group that did not answer hides the whole question', async () => {
  await store([
    ...fixture(),
    // At the library, assisted: 6 White and 1 who preferred not to say.
    ...about(6, { 'equality-ethnic-group': 'white', 'equality-sex': 'male' }, 'assisted'),
    ...about(1, { 'equality-ethnic-group': 'prefer-not-to-say', 'equality-sex': 'male' }, 'assisted'),
  ]);
  const report = await reach('form=test-form&channel=assisted');
  expect(report.total).toBe(7);
  // 7 − 6 = 1 would follow from the total, so both are hidden, and with them every count and share.
  expect(measure(report, 'ethnic-group')).toMatchObject({ answered: secondary, notGiven: secondary });
  expect(measure(report, 'ethnic-group').categories.every((c) => c.count === null && c.share === null)).toBe(true);
  expect(measure(report, 'sex')).toMatchObject({ answered: { count: 7 }, notGiven: { count: 0 } });
  expect(JSON.stringify(report.equality)).not.toMatch(/"(count|answered)":\s*[1-4]\b/);
});

test('responses are counted across pages of the store', async () => {
  await store([...about(520, { 'equality-religion': 'no-religion' }), ...about(7, { 'equality-religion': 'sikh' })]);
  const religion = measure(await reach('form=test-form'), 'religion');
  expect(religion.answered).toEqual({ count: 527 });
  expect(religion.categories.filter((c) => c.count !== 0).map((c) => [c.category, c.count])).toEqual([
    ['no-religion', 520],
    ['sikh', 7],
  ]);
});
