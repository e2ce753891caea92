import { expect, test } from 'vitest';
import type { Condition } from '../../../core/condition.ts';
import { checkFormDefinition } from '../../../core/form.ts';
import { TEST_FORM } from '../../../core/test-fixtures.ts';
import { fromRows, testsFor, toRows } from './show-if-rows.ts';

const [colour, pets, score] = TEST_FORM.questions;

test('each type offers the tests that can hold on its answers', () => {
  expect(colour && testsFor(colour)).toEqual(['answered', 'equals', 'oneOf']);
  expect(pets && testsFor(pets)).toEqual(['answered', 'includes']);
  expect(score && testsFor(score)).toEqual(['answered', 'equals']);
});

test('the pickers build conditions the publishing checks accept, and read them back', () => {
  const cases: [Parameters<typeof fromRows>[0], Condition][] = [
    [
      { combine: 'all', rows: [{ question: 'colour', test: 'equals', values: ['red'] }] },
      { equals: { question: 'colour', value: 'red' } },
    ],
    [
      { combine: 'all', rows: [{ question: 'colour', test: 'oneOf', values: ['red', 'blue'] }] },
      { any: [{ equals: { question: 'colour', value: 'red' } }, { equals: { question: 'colour', value: 'blue' } }] },
    ],
    [
      {
        combine: 'any',
        rows: [
          { question: 'pets', test: 'includes', values: ['cat'] },
          { question: 'score', test: 'equals', values: ['4'] },
        ],
      },
      { any: [{ includes: { question: 'pets', value: 'cat' } }, { equals: { question: 'score', value: 4 } }] },
    ],
    [{ combine: 'all', rows: [{ question: 'comment', test: 'answered', values: [] }] }, { answered: 'comment' }],
  ];
  for (const [rows, condition] of cases) {
    expect(fromRows(rows, TEST_FORM.questions)).toEqual(condition);
    expect(fromRows(toRows(condition) ?? { combine: 'all', rows: [] }, TEST_FORM.questions)).toEqual(condition);
    const form = {
      ...TEST_FORM,
      questions: [
        ...TEST_FORM.questions,
        { id: 'last', type: 'yesno' as const, required: false, label: { en: 'Last?' }, showIf: condition },
      ],
    };
    expect(checkFormDefinition(form).ok).toBe(true);
  }
});

test('rows not yet complete are left out, and a condition written another way is not offered as rows', () => {
  expect(
    fromRows({ combine: 'all', rows: [{ question: 'colour', test: 'equals', values: [] }] }, TEST_FORM.questions),
  ).toBeUndefined();
  expect(toRows({ not: { answered: 'colour' } })).toBeNull();
  expect(toRows(undefined)).toEqual({ combine: 'all', rows: [] });
});
