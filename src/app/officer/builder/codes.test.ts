import { expect, test } from 'vitest';
import { codeFromLabel, questionIdFromLabel, uniqueCode } from './codes.ts';

test('a code is made from a label: lower case, accents dropped, hyphens between words', () => {
  expect(codeFromLabel('Adult social care')).toBe('adult-social-care');
  expect(codeFromLabel('  Café & Parc!  ')).toBe('cafe-parc');
  expect(codeFromLabel('Ysgol Gymraeg—Ŵyr')).toBe('ysgol-gymraeg-wyr');
  expect(codeFromLabel('مكتبة')).toBe('');
  expect(codeFromLabel(`${'long '.repeat(20)}`)).toBe('long-long-long-long-long-long-long-long');
});

test('a code is unique among those taken, and never empty', () => {
  expect(uniqueCode('yes', ['no'])).toBe('yes');
  expect(uniqueCode('yes', ['yes', 'yes-2'])).toBe('yes-3');
  expect(uniqueCode('', [])).toBe('choice');
  expect(uniqueCode('', ['choice'])).toBe('choice-2');
});

test('a question id starts with a letter and is unique', () => {
  expect(questionIdFromLabel('Do you visit the park?', [])).toBe('do-you-visit-the-park');
  expect(questionIdFromLabel('2nd visit', [])).toBe('q-2nd-visit');
  expect(questionIdFromLabel('', ['question'])).toBe('question-2');
  expect(questionIdFromLabel('Age', ['age'])).toBe('age-2');
});
