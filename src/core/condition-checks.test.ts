import { describe, expect, test } from 'vitest';
import type { Condition } from './condition.ts';
import { showIfProblems } from './condition-checks.ts';
import type { FormDefinition, Question } from './form.ts';
import { EVERY_TYPE_FORM } from './test-fixtures.ts';

/** EVERY_TYPE_FORM with a last question, "probe", shown only if `condition` holds. */
function probe(condition: Condition): FormDefinition {
  const question: Question = { id: 'probe', type: 'yesno', required: false, label: { en: 'Probe' }, showIf: condition };
  return { ...EVERY_TYPE_FORM, questions: [...EVERY_TYPE_FORM.questions, question] };
}

const at = 'questions.13.showIf: Question "probe" shows only if';

describe('showIfProblems', () => {
  test.each<[Condition, string[]]>([
    [{ answered: 'colour' }, []],
    [{ equals: { question: 'colour', value: 'red' } }, []],
    [{ includes: { question: 'pets', value: 'none' } }, []],
    [{ equals: { question: 'contact', value: 'no' } }, []],
    [{ equals: { question: 'contact-consent', value: true } }, []],
    [{ equals: { question: 'satisfaction', value: 5 } }, []],
    [{ equals: { question: 'hours', value: 0 } }, []],
    [{ equals: { question: 'district', value: 'RG14' } }, []],
    [{ answered: 'nowhere' }, [`${at} "nowhere" is answered, but the form has no question "nowhere".`]],
    [
      { answered: 'probe' },
      [`${at} "probe" is answered, but that is the question itself; a condition can only use earlier questions.`],
    ],
    [{ answered: 'intro' }, [`${at} "intro" is answered, but "intro" is information and is never answered.`]],
    [
      { equals: { question: 'colour', value: 'green' } },
      [`${at} "colour" is "green", but "green" is not a choice of "colour" (red, blue).`],
    ],
    [
      { equals: { question: 'colour', value: 1 } },
      [`${at} "colour" is 1, but "colour" is answered with one of its choices.`],
    ],
    [
      { includes: { question: 'pets', value: 'bird' } },
      [`${at} "pets" includes "bird", but "bird" is not a choice of "pets" (cat, dog, fish, none).`],
    ],
    [
      { includes: { question: 'colour', value: 'red' } },
      [
        `${at} "colour" includes "red", but "includes" works only on a multiple-choice question, and "colour" is single.`,
      ],
    ],
    [
      { equals: { question: 'pets', value: 'cat' } },
      [`${at} "pets" is "cat", but "pets" is multiple-choice: use "includes".`],
    ],
    [
      { equals: { question: 'priorities', value: 'parks' } },
      [`${at} "priorities" is "parks", but a ranking answer is never a single value.`],
    ],
    [
      { equals: { question: 'budget', value: 10 } },
      [`${at} "budget" is 10, but a points answer is never a single value.`],
    ],
    [
      { equals: { question: 'contact', value: true } },
      [`${at} "contact" is true, but "contact" is answered "yes" or "no".`],
    ],
    [
      { equals: { question: 'contact-consent', value: 'yes' } },
      [`${at} "contact-consent" is "yes", but "contact-consent" is answered only by agreeing (true).`],
    ],
    [
      { equals: { question: 'satisfaction', value: 6 } },
      [`${at} "satisfaction" is 6, but "satisfaction" is answered with a whole number from 1 to 5.`],
    ],
    [{ equals: { question: 'hours', value: '3' } }, [`${at} "hours" is "3", but "hours" is answered with a number.`]],
    [
      { equals: { question: 'district', value: 14 } },
      [`${at} "district" is 14, but "district" is answered with text.`],
    ],
    [
      { not: { all: [{ answered: 'colour' }, { any: [{ answered: 'nowhere' }, { answered: 'intro' }] }] } },
      [
        `${at} "nowhere" is answered, but the form has no question "nowhere".`,
        `${at} "intro" is answered, but "intro" is information and is never answered.`,
      ],
    ],
  ])('%j → %j', (condition, problems) => {
    expect(showIfProblems(probe(condition))).toEqual(problems);
  });

  test('a condition on a later question is refused', () => {
    const [first, ...rest] = EVERY_TYPE_FORM.questions as [Question, ...Question[]];
    const form = { ...EVERY_TYPE_FORM, questions: [{ ...first, showIf: { answered: 'colour' } }, ...rest] };
    expect(showIfProblems(form)).toEqual([
      'questions.0.showIf: Question "intro" shows only if "colour" is answered, but "colour" comes later; a condition can only use earlier questions.',
    ]);
  });
});
