import { expect, test } from 'vitest';
import type { Question } from '../../core/form.ts';
import { problemFor } from './answer-problems.ts';
import { textPicker } from './form-text.ts';

const pick = textPicker('en', { language: 'en' });
const postcode: Question = { id: 'district', type: 'postcode-district', required: true, label: { en: 'Your area' } };
const withOwnWords: Question = {
  ...postcode,
  errors: { required: { en: 'Tell us your area, like RG14' }, invalid: { en: 'That is not an area code' } },
};

test.each([
  [
    'the default message when a required answer is missing',
    postcode,
    undefined,
    'Enter the first part of your postcode, like RG14',
  ],
  [
    'the default message when an answer breaks the rules',
    postcode,
    'RG14 5AB',
    'Enter only the first part of a postcode, like RG14',
  ],
  ["the form's own message when a required answer is missing", withOwnWords, undefined, 'Tell us your area, like RG14'],
  ["the form's own message when an answer breaks the rules", withOwnWords, 'RG14 5AB', 'That is not an area code'],
  ['nothing when the answer is right', withOwnWords, 'RG14', null],
  ['nothing for a skipped optional question', { ...postcode, required: false }, undefined, null],
])('%s', (_, question, answer, expected) => {
  expect(problemFor(question, answer, pick)).toBe(expected);
});
