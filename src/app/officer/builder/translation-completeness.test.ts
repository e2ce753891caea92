import { expect, test } from 'vitest';
import type { FormDefinition } from '../../../core/form.ts';
import { TEST_FORM } from '../../../core/test-fixtures.ts';
import { completeness, translationLanguages, withText } from './translation-completeness.ts';

// TEST_FORM: 7 form texts, and labels, options and scale ends: 7 + 2 + 2 + 3 + 3 + 1 = 18.
const TOTAL = 18;

test('a form with no translation is 0% in another language and 100% in its own', () => {
  expect(completeness(TEST_FORM, 'cy')).toEqual({ language: 'cy', translated: 0, total: TOTAL, percent: 0 });
  expect(completeness(TEST_FORM, 'en').percent).toBe(100);
});

test('each text written in a language counts once; blanks and texts missing in English do not', () => {
  let form: FormDefinition = withText(TEST_FORM, 'title', 'cy', 'Ffurflen brawf');
  form = withText(form, 'questions.0.options.1.label', 'cy', 'Glas');
  form = withText(form, 'questions.0.label', 'cy', '   ');
  form = withText(form, 'questions.3.hint', 'cy', 'Awgrym'); // No English hint: not a text to translate.
  expect(completeness(form, 'cy')).toEqual({ language: 'cy', translated: 2, total: TOTAL, percent: 11 });
  expect(translationLanguages(form)).toEqual(['cy']);
});

test('Easy Read is counted as its own language, en-x-easy', () => {
  const form = withText(TEST_FORM, 'description', 'en-x-easy', 'Questions to test.');
  expect(completeness(form, 'en-x-easy').translated).toBe(1);
  expect(completeness(form, 'en').translated).toBe(TOTAL);
});

test('setting a text to nothing removes that language and leaves the rest', () => {
  const form = withText(withText(TEST_FORM, 'title', 'cy', 'Ffurflen'), 'title', 'cy', '');
  expect(form.title).toEqual({ en: 'Test form' });
  expect(TEST_FORM.title).toEqual({ en: 'Test form' }); // The original is not changed.
  expect(withText(TEST_FORM, 'privacy.rights', 'ar', 'حقوقك').privacy.rights).toEqual({
    en: TEST_FORM.privacy.rights.en,
    ar: 'حقوقك',
  });
});
