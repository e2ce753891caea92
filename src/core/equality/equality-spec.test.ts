import { expect, test } from 'vitest';
import { EQUALITY_QUESTIONS } from './equality-block.ts';
import { EQUALITY_MEASURES } from './equality-measures.ts';
import { EQUALITY_MEASURE_QUESTIONS, EQUALITY_QUESTION_SPECS } from './equality-spec.ts';

test('the checks’ spec is the block: the same questions, types and choice values, in order', () => {
  expect(EQUALITY_QUESTION_SPECS).toEqual(
    EQUALITY_QUESTIONS.map((q) => ({
      id: q.id,
      type: q.type,
      values: 'options' in q ? q.options.map((o) => o.value) : [],
    })),
  );
});

test('the checks’ spec reads each measure from the same questions as the measures do', () => {
  expect(EQUALITY_MEASURE_QUESTIONS).toEqual(
    EQUALITY_MEASURES.map((m) => ({ measure: m.id, questionIds: m.questionIds })),
  );
});
