/**
 * What the publishing checks hold the equality monitoring block to (equality-checks.ts): each question's
 * id, type and Census choice values, and which questions each measure reads. Kept apart from the block's
 * wording (equality-block.ts) because the resident's app runs the checks on every form it downloads and
 * should not carry the block's text for that; equality-spec.test.ts keeps the two in step.
 */

/** Every equality question's id starts with this; other questions must not use it. */
export const EQUALITY_ID_PREFIX = 'equality-';
export const PREFER_NOT_TO_SAY = 'prefer-not-to-say';

export interface EqualityQuestionSpec {
  id: string;
  type: 'info' | 'single';
  /** The choice values, in the block's order ("Prefer not to say" last); none for the intro screen. */
  values: readonly string[];
}

export const EQUALITY_QUESTION_SPECS: readonly EqualityQuestionSpec[] = [
  { id: 'equality-intro', type: 'info', values: [] },
  {
    id: 'equality-age',
    type: 'single',
    values: ['under-16', '16-24', '25-34', '35-44', '45-54', '55-64', '65-74', '75-plus', PREFER_NOT_TO_SAY],
  },
  { id: 'equality-sex', type: 'single', values: ['female', 'male', PREFER_NOT_TO_SAY] },
  {
    id: 'equality-ethnic-group',
    type: 'single',
    values: ['asian', 'black', 'mixed', 'white', 'other-ethnic-group', PREFER_NOT_TO_SAY],
  },
  { id: 'equality-long-term-condition', type: 'single', values: ['yes', 'no', PREFER_NOT_TO_SAY] },
  { id: 'equality-day-to-day', type: 'single', values: ['a-lot', 'a-little', 'not-at-all', PREFER_NOT_TO_SAY] },
  {
    id: 'equality-religion',
    type: 'single',
    values: [
      'no-religion',
      'christian',
      'buddhist',
      'hindu',
      'jewish',
      'muslim',
      'sikh',
      'other-religion',
      PREFER_NOT_TO_SAY,
    ],
  },
];

/** The questions each measure reads; a form asking some but not all of a measure's questions is refused. */
export const EQUALITY_MEASURE_QUESTIONS: readonly { measure: string; questionIds: readonly string[] }[] = [
  { measure: 'age', questionIds: ['equality-age'] },
  { measure: 'sex', questionIds: ['equality-sex'] },
  { measure: 'ethnic-group', questionIds: ['equality-ethnic-group'] },
  { measure: 'disability', questionIds: ['equality-long-term-condition', 'equality-day-to-day'] },
  { measure: 'religion', questionIds: ['equality-religion'] },
];
