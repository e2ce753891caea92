import { expect, test } from 'vitest';
import { compareEntries, givenAnswers, sheetProblems, skippedRequired } from './paper-sheet.ts';
import type { Answer, Answers } from './response.ts';
import { EVERY_TYPE_ANSWERS, EVERY_TYPE_FORM } from './test-form-every-type.ts';

/** For each question type, a different answer than EVERY_TYPE_ANSWERS gives. */
const DIFFERENT: Record<string, Answer> = {
  colour: 'red',
  pets: ['cat'],
  name: 'Sam ',
  story: 'The park is lovely in summer.',
  hours: 4,
  visited: '2026-05-02',
  satisfaction: 5,
  priorities: ['parks', 'schools', 'roads'],
  budget: { points: { parks: 4, roads: 1, schools: 5 } },
  contact: 'no',
  'contact-consent': false,
  district: 'RG15',
};

test('two identical keyings agree', () => {
  expect(compareEntries(EVERY_TYPE_FORM, EVERY_TYPE_ANSWERS, { ...EVERY_TYPE_ANSWERS })).toEqual([]);
});

test('a difference in any question type is found, and only there', () => {
  for (const [id, other] of Object.entries(DIFFERENT)) {
    const second = { ...EVERY_TYPE_ANSWERS, [id]: other };
    expect(compareEntries(EVERY_TYPE_FORM, EVERY_TYPE_ANSWERS, second), id).toEqual([
      { questionId: id, first: EVERY_TYPE_ANSWERS[id], second: other },
    ]);
  }
});

test('ticks in another order agree; a ranking in another order does not; blank and missing agree', () => {
  const reordered = {
    ...EVERY_TYPE_ANSWERS,
    pets: ['dog', 'cat'],
    budget: { points: { schools: 5, roads: 0, parks: 5 } },
  };
  expect(compareEntries(EVERY_TYPE_FORM, EVERY_TYPE_ANSWERS, reordered)).toEqual([]);
  const { name: _, ...withoutName } = EVERY_TYPE_ANSWERS;
  expect(compareEntries(EVERY_TYPE_FORM, withoutName, { ...withoutName, name: '  ' })).toEqual([]);
  expect(compareEntries(EVERY_TYPE_FORM, withoutName, EVERY_TYPE_ANSWERS)).toEqual([
    { questionId: 'name', first: undefined, second: 'Sam' },
  ]);
});

test('a sheet lists every problem by question, and blank required questions only as skipped', () => {
  const answers: Answers = { colour: 'green', hours: 25, 'contact-consent': true, district: 'RG14' };
  expect(sheetProblems(EVERY_TYPE_FORM, answers).map((p) => p.questionId)).toEqual([
    'colour',
    'hours',
    'contact-consent',
  ]);
  expect(sheetProblems(EVERY_TYPE_FORM, EVERY_TYPE_ANSWERS)).toEqual([]);
  expect(skippedRequired(EVERY_TYPE_FORM, { district: 'RG14' })).toEqual(['colour', 'contact']);
  expect(skippedRequired(EVERY_TYPE_FORM, { colour: 'red', contact: 'yes' })).toEqual(['contact-consent']);
  expect(givenAnswers({ name: '', pets: [], hours: 0, colour: 'red' })).toEqual({ hours: 0, colour: 'red' });
});
