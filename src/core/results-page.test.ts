import { expect, test } from 'vitest';
import { checkResultsContent, parseResultsPage, publicContent, type ResultsContent } from './results-page.ts';

const CONTENT: ResultsContent = {
  themes: [
    {
      id: 'opening-hours',
      title: { en: 'Opening hours', cy: 'Oriau agor' },
      said: { en: 'Many of you asked for evening opening.' },
      quotes: [{ responseId: '01234567-89ab-4def-8123-456789abcdef', questionId: 'ideas', text: 'Open later!' }],
    },
  ],
  outcomes: [
    {
      id: 'evenings',
      action: { en: 'Open two libraries until 8pm' },
      owner: { en: 'Library service' },
      due: '2027-04-01',
      measure: { en: 'Evening visits counted each month' },
      status: 'done',
      update: { text: { en: 'Opened late on Tuesdays and Thursdays' }, date: '2027-03-20' },
    },
  ],
};

test('accepts a complete page', () => {
  expect(checkResultsContent(CONTENT)).toEqual({ ok: true, content: CONTENT });
});

test('refuses a bad status, a bad date, a quote without its response id and repeated ids, saying where', () => {
  const bad = structuredClone(CONTENT) as unknown as {
    themes: [{ quotes: [Record<string, unknown>] }];
    outcomes: [Record<string, unknown>];
  };
  bad.outcomes[0].status = 'finished';
  bad.outcomes[0].due = '1 April';
  bad.themes[0].quotes[0].responseId = 'someone';
  const result = checkResultsContent(bad);
  expect(result.ok).toBe(false);
  expect(!result.ok && result.errors).toEqual([
    'themes.0.quotes.0.responseId: A quote keeps the id of the response it came from.',
    'outcomes.0.due: Dates are written YYYY-MM-DD.',
    'outcomes.0.status: An outcome is planned, in-progress, done or not-done.',
  ]);
  expect(checkResultsContent({ ...CONTENT, themes: [CONTENT.themes[0], CONTENT.themes[0]] })).toEqual({
    ok: false,
    errors: ['themes.1.id: "opening-hours" is used twice; each needs its own id.'],
  });
  expect(checkResultsContent({ themes: [] })).toEqual({ ok: false, errors: ['outcomes is missing.'] });
});

test('a tablet keeps a published page only in the public shape: no response ids, nothing malformed', () => {
  const page = {
    formId: 'libraries',
    title: { en: 'Libraries' },
    defaultLanguage: 'en',
    content: publicContent(CONTENT),
    participation: {
      total: 12,
      byChannel: [
        { key: 'kiosk', count: 9 },
        { key: 'paper', count: null, suppressed: true },
      ],
      byEvent: [],
    },
    publishedAt: '2026-11-30T10:00:00.000Z',
    updatedAt: '2026-11-30T10:00:00.000Z',
  };
  expect(parseResultsPage(page)).toEqual(page);
  // A quote's response id never reaches the tablet's copy, even from an endpoint that sent one.
  expect(parseResultsPage({ ...page, content: CONTENT })?.content.themes[0]?.quotes).toEqual([
    { questionId: 'ideas', text: 'Open later!' },
  ]);
  for (const broken of [
    { ...page, content: undefined },
    { ...page, title: 'Libraries' },
    { ...page, content: { ...page.content, outcomes: [{ ...CONTENT.outcomes[0], status: 'maybe' }] } },
    { ...page, participation: { ...page.participation, byEvent: [{ key: 'x', count: -1 }] } },
    null,
  ]) {
    expect(parseResultsPage(broken)).toBeUndefined();
  }
});
