import { expect, test } from 'vitest';
import { checkFormDefinition, type FormDefinition, type Question } from '../form.ts';
import { TEST_FORM } from '../test-fixtures.ts';
import { equalityBlock } from './equality-block.ts';

function withQuestions(questions: Question[]): FormDefinition {
  return { ...TEST_FORM, questions: [...TEST_FORM.questions, ...questions] };
}

function errors(form: FormDefinition): string[] {
  const check = checkFormDefinition(form);
  return check.ok ? [] : check.errors;
}

test('a form with the whole block, or part of it, passes the publishing checks', () => {
  expect(errors(withQuestions(equalityBlock()))).toEqual([]);
  expect(errors(withQuestions(equalityBlock().slice(1, 3)))).toEqual([]);
});

test('the wording may change and be translated, the order of choices too, but not the categories', () => {
  const [, age] = equalityBlock();
  if (age?.type !== 'single') throw new Error('The block starts with the intro, then age.');
  const reworded = { ...age, label: { en: 'How old are you?', cy: 'Faint yw eich oed chi?' } };
  reworded.options = [...age.options].reverse();
  expect(errors(withQuestions([reworded]))).toEqual([]);

  const dropped = { ...age, options: age.options.filter((o) => o.value !== '75-plus') };
  expect(errors(withQuestions([dropped]))).toEqual([
    'questions.4.options: the equality question "equality-age" must offer exactly the Census categories under-16, 16-24, 25-34, 35-44, 45-54, 55-64, 65-74, 75-plus, prefer-not-to-say; it offers under-16, 16-24, 25-34, 35-44, 45-54, 55-64, 65-74, prefer-not-to-say.',
  ]);
  expect(errors(withQuestions([{ ...age, required: true }]))).toEqual([
    'questions.4.required: equality questions are always optional, so "equality-age" cannot be required.',
  ]);
});

test('an id starting "equality-" must be one of the block', () => {
  expect(
    errors(withQuestions([{ id: 'equality-shoe-size', type: 'number', required: false, label: { en: 'Shoe size?' } }])),
  ).toEqual([
    'questions.4.id: ids starting "equality-" belong to the equality monitoring block, which has "equality-intro", "equality-age", "equality-sex", "equality-ethnic-group", "equality-long-term-condition", "equality-day-to-day", "equality-religion"; "equality-shoe-size" is not one of them.',
  ]);
  expect(
    errors(
      withQuestions([{ id: 'equality-sex', type: 'text', maxLength: 10, required: false, label: { en: 'Sex?' } }]),
    ),
  ).toEqual(['questions.4.type: the equality question "equality-sex" must be single, not text.']);
});

test('disability needs both of its questions', () => {
  const block = equalityBlock();
  const withoutCondition = block.filter((q) => q.id !== 'equality-long-term-condition');
  const day = withoutCondition.find((q) => q.id === 'equality-day-to-day');
  if (day) delete day.showIf;
  expect(errors(withQuestions(withoutCondition))).toEqual([
    'questions: "disability" is read from "equality-long-term-condition" and "equality-day-to-day"; add "equality-long-term-condition" too.',
  ]);
});
