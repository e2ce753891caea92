import type { Question } from '../form.ts';
import { PREFER_NOT_TO_SAY } from './equality-spec.ts';

export { EQUALITY_ID_PREFIX, PREFER_NOT_TO_SAY } from './equality-spec.ts';

/**
 * The "About you" equality monitoring block: optional questions with the ONS Census 2021 categories, so
 * that who answered can be compared with the area's population (equality-measures.ts). Every question id
 * starts with EQUALITY_ID_PREFIX; that is how a form's monitoring questions are recognised, and the
 * publishing checks hold any such question to the block's type and choice values (equality-spec.ts,
 * equality-checks.ts), so the wording can be changed or translated but the categories cannot drift from
 * the Census.
 *
 * Every item is optional and offers "Prefer not to say" (PREFER_NOT_TO_SAY).
 */

type Single = Extract<Question, { type: 'single' }>;
type Info = Extract<Question, { type: 'info' }>;

const preferNotToSay = { value: PREFER_NOT_TO_SAY, label: { en: 'Prefer not to say' } };

/** Age bands rather than a date of birth (collect the minimum); the bands add up from the Census's 5-year ones. */
export const AGE_QUESTION: Single = {
  id: 'equality-age',
  type: 'single',
  required: false,
  label: { en: 'What is your age?' },
  options: [
    { value: 'under-16', label: { en: 'Under 16' } },
    { value: '16-24', label: { en: '16 to 24' } },
    { value: '25-34', label: { en: '25 to 34' } },
    { value: '35-44', label: { en: '35 to 44' } },
    { value: '45-54', label: { en: '45 to 54' } },
    { value: '55-64', label: { en: '55 to 64' } },
    { value: '65-74', label: { en: '65 to 74' } },
    { value: '75-plus', label: { en: '75 or over' } },
    preferNotToSay,
  ],
};

/** Census 2021: "What is your sex?" */
export const SEX_QUESTION: Single = {
  id: 'equality-sex',
  type: 'single',
  required: false,
  label: { en: 'What is your sex?' },
  options: [{ value: 'female', label: { en: 'Female' } }, { value: 'male', label: { en: 'Male' } }, preferNotToSay],
};

/** Census 2021, England and Wales: the 5 high-level ethnic groups, in the order ONS publishes them. */
export const ETHNIC_GROUP_QUESTION: Single = {
  id: 'equality-ethnic-group',
  type: 'single',
  required: false,
  label: { en: 'What is your ethnic group?' },
  hint: { en: 'Choose the one that best describes your ethnic group or background.' },
  options: [
    { value: 'asian', label: { en: 'Asian, Asian British or Asian Welsh' } },
    { value: 'black', label: { en: 'Black, Black British, Black Welsh, Caribbean or African' } },
    { value: 'mixed', label: { en: 'Mixed or Multiple ethnic groups' } },
    { value: 'white', label: { en: 'White' } },
    { value: 'other-ethnic-group', label: { en: 'Other ethnic group' } },
    preferNotToSay,
  ],
};

/**
 * Census 2021's two disability questions, which together give the Equality Act definition: a condition
 * lasting 12 months or more that limits day-to-day activities (equality-measures.ts combines them).
 */
export const LONG_TERM_CONDITION_QUESTION: Single = {
  id: 'equality-long-term-condition',
  type: 'single',
  required: false,
  label: {
    en: 'Do you have any physical or mental health conditions or illnesses lasting or expected to last 12 months or more?',
  },
  options: [{ value: 'yes', label: { en: 'Yes' } }, { value: 'no', label: { en: 'No' } }, preferNotToSay],
};

export const DAY_TO_DAY_QUESTION: Single = {
  id: 'equality-day-to-day',
  type: 'single',
  required: false,
  showIf: { equals: { question: LONG_TERM_CONDITION_QUESTION.id, value: 'yes' } },
  label: { en: 'Do any of your conditions or illnesses reduce your ability to carry out day-to-day activities?' },
  options: [
    { value: 'a-lot', label: { en: 'Yes, a lot' } },
    { value: 'a-little', label: { en: 'Yes, a little' } },
    { value: 'not-at-all', label: { en: 'Not at all' } },
    preferNotToSay,
  ],
};

/** Census 2021: "What is your religion?" (voluntary there too). */
export const RELIGION_QUESTION: Single = {
  id: 'equality-religion',
  type: 'single',
  required: false,
  label: { en: 'What is your religion?' },
  options: [
    { value: 'no-religion', label: { en: 'No religion' } },
    {
      value: 'christian',
      label: {
        en: 'Christian (including Church of England, Catholic, Protestant and all other Christian denominations)',
      },
    },
    { value: 'buddhist', label: { en: 'Buddhist' } },
    { value: 'hindu', label: { en: 'Hindu' } },
    { value: 'jewish', label: { en: 'Jewish' } },
    { value: 'muslim', label: { en: 'Muslim' } },
    { value: 'sikh', label: { en: 'Sikh' } },
    { value: 'other-religion', label: { en: 'Any other religion' } },
    preferNotToSay,
  ],
};

/** The screen before the block: why it is asked, and that every question can be skipped. */
export const EQUALITY_INTRO: Info = {
  id: 'equality-intro',
  type: 'info',
  required: false,
  label: { en: 'About you' },
  body: {
    en: 'These questions are optional. Your answers help us see who we have heard from and who we are missing, by comparing them with the people who live in our area. We report them only as totals, never with your other answers. You can choose "Prefer not to say" or skip any question.',
  },
};

/** The block's questions, in the order a form asks them. */
export const EQUALITY_QUESTIONS: readonly Question[] = [
  EQUALITY_INTRO,
  AGE_QUESTION,
  SEX_QUESTION,
  ETHNIC_GROUP_QUESTION,
  LONG_TERM_CONDITION_QUESTION,
  DAY_TO_DAY_QUESTION,
  RELIGION_QUESTION,
];

/** A fresh copy of the whole block to put at the end of a form (a copy, so one form cannot change another's). */
export function equalityBlock(): Question[] {
  return JSON.parse(JSON.stringify(EQUALITY_QUESTIONS)) as Question[];
}
