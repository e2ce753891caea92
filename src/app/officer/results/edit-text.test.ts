import { expect, test } from 'vitest';
import type { ResultsContent } from '../../../core/results-page.ts';
import { contentProblems, moved, withText } from './edit-text.ts';

test('a text keeps each language given, and loses one left blank', () => {
  expect(withText({ en: 'Hours' }, 'cy', 'Oriau')).toEqual({ en: 'Hours', cy: 'Oriau' });
  expect(withText({ en: 'Hours', cy: 'Oriau' }, 'cy', '  ')).toEqual({ en: 'Hours' });
});

test('moving an item swaps it with its neighbour, and never past either end', () => {
  expect(moved(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
  expect(moved(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
});

test('each text needs the consultation’s own language; dates must be real; "what was done" needs both parts', () => {
  const content: ResultsContent = {
    themes: [{ id: 'a', title: { cy: 'Oriau' }, said: { en: 'Later, please.' }, quotes: [] }],
    outcomes: [
      {
        id: 'b',
        action: { en: 'Open later' },
        owner: { en: 'Libraries' },
        due: '2027-02-30',
        measure: { en: 'Visits' },
        status: 'done',
        update: { text: {}, date: '2027-03-01' },
      },
    ],
  };
  // Keyed by the field to fix, so the error summary links to it (the words are checked in the browser test).
  expect([...contentProblems(content, 'en', 'English').keys()]).toEqual([
    'theme-0-title',
    'outcome-0-due',
    'outcome-0-update',
  ]);
});
