import { expect, test } from 'vitest';
import type { Question } from '../../../core/form.ts';
import { checkFormDefinition } from '../../../core/form.ts';
import { TEST_FORM } from '../../../core/test-fixtures.ts';
import { conditionQuestions, duplicateQuestion, moveQuestion, newQuestion, QUESTION_TYPES } from './question-list.ts';

const Q = (id: string, showIf?: Question['showIf']): Question => ({
  id,
  type: 'yesno',
  required: false,
  label: { en: id },
  ...(showIf ? { showIf } : {}),
});

test('conditionQuestions names every question a condition looks at, once', () => {
  expect(
    conditionQuestions({
      any: [{ answered: 'a' }, { not: { equals: { question: 'b', value: 'yes' } } }, { answered: 'a' }],
    }),
  ).toEqual(['a', 'b']);
  expect(conditionQuestions(undefined)).toEqual([]);
});

test('a question moves up and down, but never above a question its condition looks at', () => {
  const list = [Q('a'), Q('b', { equals: { question: 'a', value: 'yes' } }), Q('c')];
  const down = moveQuestion(list, 0, 1);
  expect(down).toEqual({ ok: false, blockedBy: 'b', reason: 'needed' });
  const up = moveQuestion(list, 1, -1);
  expect(up).toEqual({ ok: false, blockedBy: 'a', reason: 'depends' });
  const fine = moveQuestion(list, 2, -1);
  expect(fine.ok && fine.questions.map((q) => q.id)).toEqual(['a', 'c', 'b']);
  expect(fine.ok && fine.to).toBe(1);
  expect(moveQuestion(list, 0, -1)).toEqual({ ok: true, questions: list, to: 0 });
});

test('a duplicate comes after the original with a new id', () => {
  const copied = duplicateQuestion(TEST_FORM.questions, 0);
  expect(copied.map((q) => q.id)).toEqual(['colour', 'colour-copy', 'pets', 'score', 'comment']);
  expect(duplicateQuestion(copied, 0).map((q) => q.id)[1]).toBe('colour-copy-2');
  expect(copied[1]).toMatchObject({ type: 'single', label: { en: 'Colour?' } });
});

test('a new question of every type is a valid form once its texts are written', () => {
  for (const type of QUESTION_TYPES) {
    const question = newQuestion(type, ['question'], 'en');
    expect(question.id).toBe('question-2');
    const written = JSON.parse(JSON.stringify(question).replaceAll('""', '"Some words"')) as Question;
    const checked = checkFormDefinition({ ...TEST_FORM, questions: [written] });
    expect(checked.ok ? [] : checked.errors, type).toEqual([]);
  }
});
