import { expect, test } from 'vitest';
import { formTexts } from './form-texts.ts';
import { EVERY_TYPE_FORM } from './test-fixtures.ts';

test('lists every text a form shows, in reading order, with where it sits', () => {
  const texts = formTexts(EVERY_TYPE_FORM);
  expect(texts.map((t) => t.path)).toEqual([
    'title',
    'description',
    'organisation',
    'privacy.controller',
    'privacy.purpose',
    'privacy.retention',
    'privacy.rights',
    'questions.0.label',
    'questions.0.body',
    'questions.0.image.alt',
    'questions.1.label',
    'questions.1.options.0.label',
    'questions.1.options.1.label',
    'questions.1.other.label',
    'questions.2.label',
    'questions.2.options.0.label',
    'questions.2.options.1.label',
    'questions.2.options.2.label',
    'questions.2.options.3.label',
    'questions.3.label',
    'questions.4.label',
    'questions.5.label',
    'questions.5.suffix',
    'questions.6.label',
    'questions.7.label',
    'questions.7.lowLabel',
    'questions.7.highLabel',
    'questions.8.label',
    'questions.8.options.0.label',
    'questions.8.options.1.label',
    'questions.8.options.2.label',
    'questions.9.label',
    'questions.9.options.0.label',
    'questions.9.options.1.label',
    'questions.9.options.2.label',
    'questions.10.label',
    'questions.11.label',
    'questions.11.statement',
    'questions.12.label',
  ]);
  expect(texts[0]?.text).toBe(EVERY_TYPE_FORM.title);
});

test('includes hints and error messages when a question has them', () => {
  const [first] = EVERY_TYPE_FORM.questions;
  if (!first) throw new Error('EVERY_TYPE_FORM has no questions.');
  const form = {
    ...EVERY_TYPE_FORM,
    questions: [
      { ...first, hint: { en: 'Hint' }, errors: { required: { en: 'Answer this' }, invalid: { en: 'Fix this' } } },
    ],
  };
  expect(
    formTexts(form)
      .slice(7, 11)
      .map((t) => t.path),
  ).toEqual(['questions.0.label', 'questions.0.hint', 'questions.0.errors.required', 'questions.0.errors.invalid']);
});
