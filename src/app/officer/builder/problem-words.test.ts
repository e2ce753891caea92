import { expect, test } from 'vitest';
import type { FormDefinition } from '../../../core/form.ts';
import { checkFormDefinition } from '../../../core/form.ts';
import { TEST_FORM } from '../../../core/test-fixtures.ts';
import '../../../i18n/i18n.ts';
import '../officer-text.ts';
import { problemWords } from './problem-words.ts';

const problems = (form: unknown) => {
  const checked = checkFormDefinition(form);
  return checked.ok ? [] : checked.errors.map((message) => problemWords(form as FormDefinition, message));
};

test('each publishing problem says where it is in the builder’s words, then what is wrong', () => {
  const blank = structuredClone(TEST_FORM) as FormDefinition;
  blank.privacy.rights = { en: '' };
  blank.estimatedMinutes = 0;
  expect(problems(blank)).toEqual([
    'How many minutes it takes: Say how long it takes: at least 1 minute.',
    'Privacy: rights, English (en): This text is empty: write it, or leave this language out.',
  ]);

  const translated = structuredClone(TEST_FORM) as FormDefinition;
  translated.title = { en: 'Parks', cy: '  ' };
  const first = translated.questions[0];
  if (first) first.label = { cy: 'Pa mor aml?' };
  expect(problems(translated)).toEqual([
    'Title, Cymraeg (cy): This text is only spaces: write it, or leave this language out.',
    `Question 1 (${first?.id}): question: Has no text in en, the form's default language.`,
  ]);
});

test('a problem with no place the builder can name is shown as the checks wrote it', () => {
  expect(problemWords(TEST_FORM, 'Something else went wrong.')).toBe('Something else went wrong.');
  expect(problemWords(TEST_FORM, 'questions: A form needs at least one question.')).toBe(
    'questions: A form needs at least one question.',
  );
  expect(problemWords(TEST_FORM, 'questions.0.options.1.value: "a" is given twice.')).toMatch(
    /^Question 1 \(.*\): "a" is given twice\.$/,
  );
});
