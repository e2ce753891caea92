import { expect, test } from 'vitest';
import { problemHref, problemTarget } from './problem-target.ts';

test('each publishing problem leads to the field it names', () => {
  expect(problemTarget('questions.2.options.1.value: "a" is given twice')).toEqual({
    section: 'questions',
    question: 2,
    field: 'q2-options-1-value',
  });
  expect(problemTarget("questions.0.label has no text in en, the form's default language.")).toEqual({
    section: 'questions',
    question: 0,
    field: 'q0-label',
  });
  expect(problemTarget('questions.3: Unknown question type')).toMatchObject({ question: 3, field: 'q3-label' });
  expect(problemTarget('privacy.rights.en is blank.')).toEqual({ section: 'details', field: 'd-privacy-rights-en' });
  // A blank translation leads to its box in the translations section, in that language.
  const translation = problemTarget('questions.2.options.1.label.cy is blank.', 'en');
  expect(translation).toEqual({ section: 'translations', language: 'cy', field: 't-questions-2-options-1-label' });
  expect(problemHref('/officer/forms/drafts/x', translation)).toBe(
    '/officer/forms/drafts/x/translations?focus=t-questions-2-options-1-label&language=cy',
  );
  expect(problemTarget('title.en-x-easy is blank.', 'en')).toMatchObject({ language: 'en-x-easy', field: 't-title' });
  // The default language's own text is fixed where it is written.
  expect(problemTarget('title.cy is blank.', 'cy')).toEqual({ section: 'details', field: 'd-title-cy' });
  expect(problemTarget('questions: A form needs at least one question.')).toEqual({
    section: 'questions',
    field: 'add-type',
  });
  expect(problemTarget('Something else.')).toEqual({ section: 'details', field: 'd-title' });
  expect(problemHref('/officer/forms/drafts/x', problemTarget('questions.1.showIf: no'))).toBe(
    '/officer/forms/drafts/x/questions?focus=q1-showIf&open=1',
  );
});
