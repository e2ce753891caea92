import { describe, expect, test } from 'vitest';
import { checkFormDefinition, type FormDefinition, type Question, type QuestionType } from '../../../core/form.ts';
import { TEST_FORM } from '../../../core/test-fixtures.ts';
import { changeType, changeTypeInForm, hasChoices, type Lost } from './change-type.ts';
import { QUESTION_TYPES } from './question-list.ts';

const both = (words: string) => ({ en: words, cy: `${words} (cy)` });
const options = [
  { value: 'red', label: both('Red') },
  { value: 'blue', label: both('Blue') },
  { value: 'none', label: both('None of these') },
];
const base = {
  id: 'asked',
  label: both('What do you think?'),
  hint: both('Say it your way'),
  required: true,
  errors: { required: both('Answer this'), invalid: both('That does not fit') },
  showIf: { answered: 'first' },
  sameScreenAsPrevious: true,
};

/** A question of each type with every setting written, in English and Welsh. */
const FULL: Record<QuestionType, Question> = {
  info: { ...base, type: 'info', required: false, errors: undefined, body: both('Read this') },
  single: { ...base, type: 'single', options, other: { label: both('Something else') } },
  multiple: {
    ...base,
    type: 'multiple',
    options: options.map((o) => (o.value === 'none' ? { ...o, exclusive: true } : o)),
    minChoices: 1,
    maxChoices: 2,
  },
  ranking: { ...base, type: 'ranking', options },
  points: { ...base, type: 'points', options, total: 10 },
  text: { ...base, type: 'text', maxLength: 300 },
  longtext: { ...base, type: 'longtext', maxLength: 5000 },
  number: { ...base, type: 'number', min: 1, max: 9, wholeNumber: true, suffix: both('hours') },
  date: { ...base, type: 'date', min: '2026-01-01', max: '2026-12-31' },
  scale: { ...base, type: 'scale', lowLabel: both('Bad'), highLabel: both('Good'), faces: true },
  yesno: { ...base, type: 'yesno' },
  consent: { ...base, type: 'consent', statement: both('I agree') },
  'postcode-district': { ...base, type: 'postcode-district' },
};
delete (FULL.info as { errors?: unknown }).errors;

const first: Question = { id: 'first', type: 'yesno', required: false, label: { en: 'First?', cy: 'Cyntaf?' } };
const formWith = (questions: Question[]): FormDefinition => ({ ...TEST_FORM, questions });
/** A new type's blank texts, written as the officer would before publishing. */
const writtenIn = (question: Question) =>
  JSON.parse(JSON.stringify(question).replaceAll('""', '"Some words"')) as Question;

test('every type becomes every other type as a question the publishing checks accept', () => {
  expect(QUESTION_TYPES.length).toBe(13);
  for (const from of QUESTION_TYPES) {
    for (const to of QUESTION_TYPES) {
      const { question } = changeType(FULL[from], to, 'en');
      expect(question.type).toBe(to);
      const checked = checkFormDefinition(formWith([first, writtenIn(question)]));
      expect(checked.ok ? [] : checked.errors, `${from} → ${to}`).toEqual([]);
    }
  }
});

test('the id, label and hint in every language, the condition and the screen are kept', () => {
  for (const from of QUESTION_TYPES) {
    for (const to of QUESTION_TYPES) {
      const { question } = changeType(FULL[from], to, 'en');
      expect(question, `${from} → ${to}`).toMatchObject({
        id: 'asked',
        label: both('What do you think?'),
        hint: both('Say it your way'),
        showIf: { answered: 'first' },
        sameScreenAsPrevious: true,
      });
      expect(question.required, `${from} → ${to}`).toBe(from !== 'info' && to !== 'info');
      if (from !== 'info' && to !== 'info') expect(question.errors?.required).toEqual(both('Answer this'));
    }
  }
});

test('choices and their translations move between the choice types', () => {
  const choiceTypes = QUESTION_TYPES.filter(hasChoices);
  expect(choiceTypes).toEqual(['single', 'multiple', 'ranking', 'points']);
  for (const from of choiceTypes) {
    for (const to of choiceTypes) {
      const { question } = changeType(FULL[from], to, 'en');
      expect('options' in question && question.options.map((o) => [o.value, o.label]), `${from} → ${to}`).toEqual(
        options.map((o) => [o.value, o.label]),
      );
    }
  }
  expect(changeType(FULL.single, 'points', 'en').question).toMatchObject({ total: 100 });
  expect(changeType(FULL.points, 'points', 'en').question).toMatchObject({ total: 10 });
  // "None of these" only exists on several choices.
  const single = changeType(FULL.multiple, 'single', 'en');
  expect('options' in single.question && single.question.options.some((o) => o.exclusive)).toBe(false);
  expect(single.lost).toContainEqual({ kind: 'setting', setting: 'exclusive' });
});

test('a single choice becomes several choices losing only its "Other" choice', () => {
  const { question, lost } = changeType(FULL.single, 'multiple', 'en');
  expect(question).not.toHaveProperty('other');
  expect(lost).toEqual([
    { kind: 'setting', setting: 'errorInvalid', words: 'That does not fit' },
    { kind: 'setting', setting: 'other', words: 'Something else' },
  ]);
  const plain: Question = { id: 'q', type: 'single', required: false, label: { en: 'Q' }, options };
  expect(changeType(plain, 'multiple', 'en').lost).toEqual([]);
});

test('what is lost is listed in words, and only when something was written', () => {
  const lostOf = (from: QuestionType, to: QuestionType) => changeType(FULL[from], to, 'en').lost;
  expect(lostOf('single', 'text')).toContainEqual({ kind: 'choices', count: 3 });
  expect(lostOf('number', 'text')).toEqual([
    { kind: 'setting', setting: 'errorInvalid', words: 'That does not fit' },
    { kind: 'setting', setting: 'min', value: '1' },
    { kind: 'setting', setting: 'max', value: '9' },
    { kind: 'setting', setting: 'wholeNumber' },
    { kind: 'setting', setting: 'suffix', words: 'hours' },
  ]);
  expect(lostOf('scale', 'yesno')).toEqual<Lost[]>([
    { kind: 'setting', setting: 'errorInvalid', words: 'That does not fit' },
    { kind: 'setting', setting: 'lowLabel', words: 'Bad' },
    { kind: 'setting', setting: 'highLabel', words: 'Good' },
    { kind: 'setting', setting: 'faces' },
  ]);
  expect(lostOf('info', 'text')).toEqual([{ kind: 'setting', setting: 'body', words: 'Read this' }]);
  expect(lostOf('yesno', 'info')).toEqual([
    { kind: 'setting', setting: 'errorRequired', words: 'Answer this' },
    { kind: 'setting', setting: 'errorInvalid', words: 'That does not fit' },
  ]);
  expect(lostOf('date', 'consent')).toContainEqual({ kind: 'setting', setting: 'earliest', value: '2026-01-01' });
  expect(lostOf('points', 'single')).toContainEqual({ kind: 'setting', setting: 'total', value: '10' });
  expect(lostOf('consent', 'yesno')).toContainEqual({ kind: 'setting', setting: 'statement', words: 'I agree' });
  expect(lostOf('multiple', 'ranking')).toEqual(
    expect.arrayContaining([
      { kind: 'setting', setting: 'minChoices', value: '1' },
      { kind: 'setting', setting: 'maxChoices', value: '2' },
    ]),
  );
  // A short and a long text keep their limit and their "too long" message where they fit.
  expect(changeType(FULL.text, 'longtext', 'en')).toMatchObject({
    question: { maxLength: 300, errors: { invalid: both('That does not fit') } },
    lost: [],
  });
  expect(lostOf('longtext', 'text')).toEqual([{ kind: 'setting', setting: 'maxLength', value: '5000' }]);
  // A new question's untouched settings are not worth a question.
  for (const from of QUESTION_TYPES) {
    const fresh = changeType({ id: 'q', type: 'yesno', required: false, label: { en: '' } }, from, 'en').question;
    for (const to of QUESTION_TYPES) expect(changeType(fresh, to, 'en').lost, `${from} → ${to}`).toEqual([]);
  }
  expect(changeType(FULL.single, 'single', 'en')).toEqual({ question: FULL.single, lost: [] });
});

describe('conditions of other questions', () => {
  const colour: Question = {
    id: 'colour',
    type: 'single',
    required: false,
    label: { en: 'Colour?' },
    options: options.slice(0, 2),
  };
  const why: Question = {
    id: 'why',
    type: 'text',
    required: false,
    maxLength: 100,
    label: { en: 'Why?' },
    showIf: { equals: { question: 'colour', value: 'red' } },
  };
  const more: Question = { id: 'more', type: 'yesno', required: false, label: { en: 'More?' } };
  const after: Question = {
    id: 'after',
    type: 'yesno',
    required: false,
    label: { en: 'After?' },
    showIf: { answered: 'colour' },
  };
  const both2: Question = {
    id: 'both',
    type: 'yesno',
    required: false,
    label: { en: 'Both?' },
    showIf: { all: [{ answered: 'more' }, { includes: { question: 'colour', value: 'blue' } }] },
  };
  const form = formWith([colour, why, more, after, both2]);

  test('those the publishing checks would refuse after the change are found and removed', () => {
    const change = changeTypeInForm(form, 0, 'text');
    expect(change.broken).toEqual([{ index: 1, id: 'why', tests: [{ equals: { question: 'colour', value: 'red' } }] }]);
    expect(change.form.questions[1]).not.toHaveProperty('showIf');
    // "is answered" still works on a text; the condition that was already wrong is not blamed on the change.
    expect(change.form.questions[3]?.showIf).toEqual({ answered: 'colour' });
    expect(change.form.questions[4]?.showIf).toEqual(both2.showIf);
    expect(change.form.questions[0]).toMatchObject({ type: 'text', maxLength: 200, label: { en: 'Colour?' } });
  });

  test('between one and several choices "is" and "includes" follow; information breaks even "is answered"', () => {
    const multiple = changeTypeInForm(form, 0, 'multiple');
    expect(multiple.broken).toEqual([]);
    expect(multiple.lost).toEqual([]);
    expect(multiple.form.questions[1]?.showIf).toEqual({ includes: { question: 'colour', value: 'red' } });
    expect(multiple.form.questions[4]?.showIf).toEqual(both2.showIf);
    const back = changeTypeInForm(multiple.form, 0, 'single');
    expect(back.broken).toEqual([]);
    expect(back.form.questions[1]?.showIf).toEqual(why.showIf);
    expect(back.form.questions[4]?.showIf).toEqual({
      all: [{ answered: 'more' }, { equals: { question: 'colour', value: 'blue' } }],
    });
    const toText = changeTypeInForm(multiple.form, 0, 'text');
    expect(toText.broken.map((b) => [b.id, b.tests])).toEqual([
      ['why', [{ includes: { question: 'colour', value: 'red' } }]],
      ['both', [{ includes: { question: 'colour', value: 'blue' } }]],
    ]);
    const info = changeTypeInForm(form, 0, 'info');
    expect(info.broken.map((b) => b.id)).toEqual(['why', 'after']);
    expect(info.broken[1]?.tests).toEqual([{ answered: 'colour' }]);
    expect(changeTypeInForm(form, 0, 'ranking').broken.map((b) => b.id)).toEqual(['why']);
  });

  test('changing to a type whose conditions still hold breaks nothing', () => {
    const ifYes: Question = { ...why, showIf: { equals: { question: 'more', value: 'yes' } } };
    expect(changeTypeInForm(formWith([more, ifYes]), 0, 'single').broken.map((b) => b.id)).toEqual(['why']);
    expect(changeTypeInForm(formWith([more, ifYes]), 0, 'text').broken.map((b) => b.id)).toEqual(['why']);
    const ifWords: Question = { ...why, showIf: { equals: { question: 'more', value: 'Park' } } };
    const words: Question = { id: 'more', type: 'text', required: false, maxLength: 50, label: { en: 'Place?' } };
    expect(changeTypeInForm(formWith([words, ifWords]), 0, 'longtext').broken).toEqual([]);
    expect(changeTypeInForm(formWith([words, ifWords]), 0, 'number').broken.map((b) => b.id)).toEqual(['why']);
    // A number 3 still means the middle of a scale.
    const count: Question = { id: 'more', type: 'number', required: false, label: { en: 'How many?' } };
    const ifThree: Question = { ...why, showIf: { equals: { question: 'more', value: 3 } } };
    expect(changeTypeInForm(formWith([count, ifThree]), 0, 'scale').broken).toEqual([]);
    expect(changeTypeInForm(form, 2, 'scale').broken).toEqual([]);
  });

  test('the consent to quote goes with a consent question that becomes something else', () => {
    const consent: Question = {
      id: 'quote',
      type: 'consent',
      required: false,
      label: { en: 'Quote?' },
      statement: { en: 'You may quote me' },
    };
    const quoting = { ...formWith([consent]), quoteConsent: 'quote' };
    const change = changeTypeInForm(quoting, 0, 'yesno');
    expect(change.quoteConsentLost).toBe(true);
    expect(change.form).not.toHaveProperty('quoteConsent');
    expect(changeTypeInForm(quoting, 0, 'consent').quoteConsentLost).toBe(false);
  });
});
