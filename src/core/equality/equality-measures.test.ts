import { expect, test } from 'vitest';
import { TEST_FORM } from '../test-fixtures.ts';
import { equalityBlock, PREFER_NOT_TO_SAY } from './equality-block.ts';
import { EQUALITY_MEASURES, equalityMeasuresIn, findEqualityMeasure } from './equality-measures.ts';

const measure = (id: string) => {
  const found = findEqualityMeasure(id);
  if (!found) throw new Error(`No measure ${id}`);
  return found;
};

test('one-question measures read the answer, "Prefer not to say" included; anything else is not given', () => {
  const ethnic = measure('ethnic-group');
  expect(ethnic.categorise({ 'equality-ethnic-group': 'black' })).toBe('black');
  expect(ethnic.categorise({ 'equality-ethnic-group': PREFER_NOT_TO_SAY })).toBe(PREFER_NOT_TO_SAY);
  expect(ethnic.categorise({})).toBeUndefined();
  expect(ethnic.categorise({ 'equality-ethnic-group': 'martian' })).toBeUndefined();
  expect(ethnic.categorise({ 'equality-ethnic-group': ['black'] })).toBeUndefined();
});

test('disability follows the Equality Act as ONS derives it from the two Census questions', () => {
  const disability = measure('disability');
  const answers = (condition?: string, limited?: string) => ({
    ...(condition && { 'equality-long-term-condition': condition }),
    ...(limited && { 'equality-day-to-day': limited }),
  });
  expect(disability.categorise(answers('no'))).toBe('not-disabled');
  expect(disability.categorise(answers('yes', 'a-lot'))).toBe('limited-a-lot');
  expect(disability.categorise(answers('yes', 'a-little'))).toBe('limited-a-little');
  expect(disability.categorise(answers('yes', 'not-at-all'))).toBe('not-disabled');
  expect(disability.categorise(answers('yes', PREFER_NOT_TO_SAY))).toBe(PREFER_NOT_TO_SAY);
  expect(disability.categorise(answers(PREFER_NOT_TO_SAY))).toBe(PREFER_NOT_TO_SAY);
  expect(disability.categorise(answers('yes'))).toBeUndefined();
  expect(disability.categorise(answers())).toBeUndefined();
});

test('a form has the measures whose questions it asks, in any of its versions', () => {
  expect(equalityMeasuresIn([TEST_FORM])).toEqual([]);
  const withBlock = { ...TEST_FORM, version: 2, questions: [...TEST_FORM.questions, ...equalityBlock()] };
  expect(equalityMeasuresIn([TEST_FORM, withBlock]).map((m) => m.id)).toEqual([
    'age',
    'sex',
    'ethnic-group',
    'disability',
    'religion',
  ]);
  const sexOnly = { ...TEST_FORM, questions: [...TEST_FORM.questions, ...equalityBlock().slice(2, 3)] };
  expect(equalityMeasuresIn([sexOnly]).map((m) => m.id)).toEqual(['sex']);
});

test('every category code and name is unique across the block, so a baseline may leave out the question', () => {
  const names = EQUALITY_MEASURES.flatMap((m) =>
    m.categories.flatMap((c) => [...new Set([c.value, ...Object.values(c.label).map((l) => l.toLowerCase())])]),
  );
  expect(names.filter((name, i) => names.indexOf(name) !== i)).toEqual([]);
});

test('every block question offers "Prefer not to say" and is optional', () => {
  for (const question of equalityBlock()) {
    expect(question.required).toBe(false);
    if ('options' in question) expect(question.options.at(-1)?.value).toBe(PREFER_NOT_TO_SAY);
  }
});
