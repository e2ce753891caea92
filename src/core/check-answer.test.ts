import { describe, expect, test } from 'vitest';
import { checkAnswer } from './check-answer.ts';
import type { Question } from './form.ts';
import type { Answer } from './response.ts';
import { EVERY_TYPE_FORM, LOGIC_FORM, TEST_FORM } from './test-fixtures.ts';

function question(id: string, form = EVERY_TYPE_FORM): Question {
  const found = form.questions.find((q) => q.id === id);
  if (!found) throw new Error(`No question "${id}" in ${form.id}.`);
  return found;
}

const long = (n: number) => 'x'.repeat(n);

describe.each<[string, [Answer, string | null][]]>([
  ['intro', [['read', 'Question "intro" is information only and takes no answer.']]],
  [
    'colour',
    [
      ['red', null],
      [{ other: 'Green' }, null],
      [{ other: long(30) }, null],
      ['green', 'Question "colour" has no choice "green".'],
      [['red'], 'Question "colour" takes one choice.'],
      [3, 'Question "colour" takes one choice.'],
      [{ points: { red: 1 } }, 'Question "colour" takes one choice.'],
      [{ other: '  ' }, 'Question "colour": say what "Other" is, or choose another answer.'],
      [{ other: long(31) }, 'Question "colour" allows at most 30 characters for "Other".'],
    ],
  ],
  [
    'pets',
    [
      [['cat'], null],
      [['dog', 'cat'], null],
      [['none'], null],
      [[], 'Question "pets" needs at least 1 choice.'],
      [['cat', 'dog', 'fish'], 'Question "pets" allows at most 2 choices.'],
      [['cat', 'none'], 'Question "pets": "none" cannot be chosen with other choices.'],
      [['cat', 'cat'], 'Question "pets" has a choice given twice.'],
      [['bird'], 'Question "pets" has no choice "bird".'],
      ['cat', 'Question "pets" takes a list of choices.'],
      [{ other: 'cat' }, 'Question "pets" takes a list of choices.'],
    ],
  ],
  [
    'name',
    [
      ['Sam', null],
      [long(40), null],
      [long(41), 'Question "name" allows at most 40 characters.'],
      [5, 'Question "name" takes text.'],
    ],
  ],
  [
    'story',
    [
      [long(1000), null],
      [long(1001), 'Question "story" allows at most 1000 characters.'],
      [['text'], 'Question "story" takes text.'],
    ],
  ],
  [
    'hours',
    [
      [0, null],
      [24, null],
      [25, 'Question "hours" takes a number from 0 to 24.'],
      [-1, 'Question "hours" takes a number from 0 to 24.'],
      [2.5, 'Question "hours" takes a whole number.'],
      ['3', 'Question "hours" takes a number.'],
      [Number.POSITIVE_INFINITY, 'Question "hours" takes a number.'],
    ],
  ],
  [
    'visited',
    [
      ['2026-05-01', null],
      ['2020-01-01', null],
      ['2026-12-31', null],
      ['2019-12-31', 'Question "visited" takes a date from 2020-01-01 to 2026-12-31.'],
      ['2027-01-01', 'Question "visited" takes a date from 2020-01-01 to 2026-12-31.'],
      ['2026-02-30', 'Question "visited" takes a real date written YYYY-MM-DD.'],
      ['01/05/2026', 'Question "visited" takes a real date written YYYY-MM-DD.'],
      [20260501, 'Question "visited" takes a real date written YYYY-MM-DD.'],
    ],
  ],
  [
    'satisfaction',
    [
      [1, null],
      [5, null],
      [0, 'Question "satisfaction" takes a whole number from 1 to 5.'],
      [6, 'Question "satisfaction" takes a whole number from 1 to 5.'],
      [2.5, 'Question "satisfaction" takes a whole number from 1 to 5.'],
      ['3', 'Question "satisfaction" takes a whole number from 1 to 5.'],
    ],
  ],
  [
    'priorities',
    [
      [['schools', 'parks', 'roads'], null],
      [['parks', 'roads'], 'Question "priorities" puts every choice in order, but "schools" is missing.'],
      [['parks', 'roads', 'roads'], 'Question "priorities" has a choice given twice.'],
      [['parks', 'roads', 'schools', 'pool'], 'Question "priorities" has no choice "pool".'],
      ['parks', 'Question "priorities" takes a list of choices.'],
    ],
  ],
  [
    'budget',
    [
      [{ points: { parks: 5, roads: 0, schools: 5 } }, null],
      [{ points: { parks: 10 } }, null],
      [{ points: { parks: 5 } }, 'Question "budget" shares out exactly 10 points, but these add up to 5.'],
      [{ points: { parks: 11 } }, 'Question "budget" shares out exactly 10 points, but these add up to 11.'],
      [
        { points: { parks: 11, roads: -1 } },
        'Question "budget" gives each choice a whole number of points, 0 or more; "roads" has -1.',
      ],
      [
        { points: { parks: 2.5, roads: 7.5 } },
        'Question "budget" gives each choice a whole number of points, 0 or more; "parks" has 2.5.',
      ],
      [{ points: { pool: 10 } }, 'Question "budget" has no choice "pool".'],
      [['parks'], 'Question "budget" takes points for each choice, like {"points": {"parks": 10}}.'],
      [{ other: 'parks' }, 'Question "budget" takes points for each choice, like {"points": {"parks": 10}}.'],
    ],
  ],
  [
    'contact',
    [
      ['yes', null],
      ['no', null],
      ['Yes', 'Question "contact" takes "yes" or "no".'],
      [true, 'Question "contact" takes "yes" or "no".'],
    ],
  ],
  [
    'contact-consent',
    [
      [true, null],
      [false, 'Question "contact-consent" can only be answered by agreeing (true).'],
      ['yes', 'Question "contact-consent" can only be answered by agreeing (true).'],
    ],
  ],
  [
    'district',
    [
      ['RG14', null],
      ['W1A', null],
      ['EC1A', null],
      ['M1', null],
      ['B33', null],
      [
        'rg14',
        'Question "district" takes the first half of a UK postcode in capitals, like "RG14"; "rg14" is not one.',
      ],
      [
        'RG14 5AB',
        'Question "district" takes the first half of a UK postcode in capitals, like "RG14"; "RG14 5AB" is not one.',
      ],
      [
        '14RG',
        'Question "district" takes the first half of a UK postcode in capitals, like "RG14"; "14RG" is not one.',
      ],
      [14, 'Question "district" takes the first half of a UK postcode in capitals, like "RG14"; 14 is not one.'],
    ],
  ],
])('question %s', (id, cases) => {
  test.each(cases)('%j → %s', (answer, error) => {
    expect(checkAnswer(question(id), answer)).toBe(error);
  });
});

describe('limits the form leaves out', () => {
  const number = (extra: object) =>
    ({ ...question('hours'), min: undefined, max: undefined, wholeNumber: undefined, ...extra }) as Question;
  const date = (extra: object) => ({ ...question('visited'), min: undefined, max: undefined, ...extra }) as Question;
  test.each<[Question, Answer, string | null]>([
    [number({}), -2.5, null],
    [number({ min: 1 }), 0, 'Question "hours" takes a number of at least 1.'],
    [number({ max: 10 }), 11, 'Question "hours" takes a number of at most 10.'],
    [date({}), '1900-01-01', null],
    [date({ min: '2026-01-01' }), '2025-12-31', 'Question "visited" takes a date on or after 2026-01-01.'],
    [date({ max: '2026-01-01' }), '2026-01-02', 'Question "visited" takes a date on or before 2026-01-01.'],
    [question('colour', TEST_FORM), { other: 'Green' }, 'Question "colour" has no "Other" choice.'],
    [question('kind', LOGIC_FORM), { other: long(200) }, null],
    [question('kind', LOGIC_FORM), { other: long(201) }, 'Question "kind" allows at most 200 characters for "Other".'],
  ])('%#: %j → %s', (q, answer, error) => {
    expect(checkAnswer(q, answer)).toBe(error);
  });
});
