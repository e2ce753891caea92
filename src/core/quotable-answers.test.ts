import { expect, test } from 'vitest';
import { quotableAnswers } from './quotable-answers.ts';
import { EVERY_TYPE_ANSWERS, EVERY_TYPE_FORM } from './test-fixtures.ts';

const form = { ...EVERY_TYPE_FORM, quoteConsent: 'contact-consent' };

test('a consenting response offers its text, longtext and "other" words, in form order', () => {
  expect(quotableAnswers(form, EVERY_TYPE_ANSWERS)).toEqual([
    { questionId: 'colour', text: 'Green' },
    { questionId: 'name', text: 'Sam' },
    { questionId: 'story', text: 'The park is lovely in spring.' },
  ]);
});

test('no consent, consent not given, or no quote-consent question on the form: nothing is quotable', () => {
  const { 'contact-consent': _, ...withoutConsent } = EVERY_TYPE_ANSWERS;
  expect(quotableAnswers(form, withoutConsent)).toEqual([]);
  expect(quotableAnswers(form, { ...EVERY_TYPE_ANSWERS, 'contact-consent': false })).toEqual([]);
  expect(quotableAnswers(EVERY_TYPE_FORM, EVERY_TYPE_ANSWERS)).toEqual([]);
});

test('blank words are not offered', () => {
  expect(quotableAnswers(form, { ...EVERY_TYPE_ANSWERS, name: '  ', colour: 'red', story: '' })).toEqual([]);
});
