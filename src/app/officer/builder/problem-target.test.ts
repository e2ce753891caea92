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
  expect(problemTarget('questions: A form needs at least one question.')).toEqual({
    section: 'questions',
    field: 'add-type',
  });
  expect(problemTarget('Something else.')).toEqual({ section: 'details', field: 'd-title' });
  expect(problemHref('/officer/forms/drafts/x', problemTarget('questions.1.showIf: no'))).toBe(
    '/officer/forms/drafts/x/questions?focus=q1-showIf&open=1',
  );
});
