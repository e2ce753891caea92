import { expect, test } from 'vitest';
import { checkResultsContent, type ResultsContent } from './results-page.ts';

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
