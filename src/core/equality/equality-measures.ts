import type { FormDefinition } from '../form.ts';
import type { Answers } from '../response.ts';
import type { LocalisedText } from '../text.ts';
import {
  AGE_QUESTION,
  DAY_TO_DAY_QUESTION,
  ETHNIC_GROUP_QUESTION,
  LONG_TERM_CONDITION_QUESTION,
  PREFER_NOT_TO_SAY,
  RELIGION_QUESTION,
  SEX_QUESTION,
} from './equality-block.ts';

export interface EqualityCategory {
  value: string;
  /** The name ONS publishes the category under (shorter than a question's choice, e.g. "Christian"). */
  label: LocalisedText;
}

/**
 * One characteristic that reach is compared on: its categories, as a population baseline gives them, and
 * how a response's answers place a person in one. Most measures read one question; disability reads two.
 */
export interface EqualityMeasure {
  /** The baseline file's `question` column names a measure by this id. */
  id: string;
  label: LocalisedText;
  categories: readonly EqualityCategory[];
  /** The block questions it reads; a form has the measure when it has all of them. */
  questionIds: readonly string[];
  /** A category value, PREFER_NOT_TO_SAY, or undefined when the answers do not say (skipped, not asked). */
  categorise(answers: Answers): string | undefined;
}

type Options = typeof AGE_QUESTION.options;

/** A measure that is one question: its categories are the question's choices but "Prefer not to say". */
function oneQuestion(
  id: string,
  label: string,
  question: { id: string; options: Options },
  names: Record<string, string> = {},
): EqualityMeasure {
  const categories = question.options
    .filter((o) => o.value !== PREFER_NOT_TO_SAY)
    .map((o) => ({ value: o.value, label: { en: names[o.value] ?? o.label.en ?? o.value } }));
  const known = new Set([...categories.map((c) => c.value), PREFER_NOT_TO_SAY]);
  return {
    id,
    label: { en: label },
    categories,
    questionIds: [question.id],
    categorise: (answers) => {
      const answer = answers[question.id];
      return typeof answer === 'string' && known.has(answer) ? answer : undefined;
    },
  };
}

const DISABILITY: EqualityMeasure = {
  id: 'disability',
  label: { en: 'Disability' },
  categories: [
    { value: 'limited-a-lot', label: { en: 'Disabled under the Equality Act: day-to-day activities limited a lot' } },
    {
      value: 'limited-a-little',
      label: { en: 'Disabled under the Equality Act: day-to-day activities limited a little' },
    },
    { value: 'not-disabled', label: { en: 'Not disabled under the Equality Act' } },
  ],
  questionIds: [LONG_TERM_CONDITION_QUESTION.id, DAY_TO_DAY_QUESTION.id],
  // As ONS derives it from the two Census questions: a condition that does not limit day-to-day activities
  // is "not disabled" under the Act.
  categorise: (answers) => {
    const condition = answers[LONG_TERM_CONDITION_QUESTION.id];
    if (condition === 'no') return 'not-disabled';
    if (condition === PREFER_NOT_TO_SAY) return PREFER_NOT_TO_SAY;
    if (condition !== 'yes') return undefined;
    const limited = answers[DAY_TO_DAY_QUESTION.id];
    if (limited === 'a-lot') return 'limited-a-lot';
    if (limited === 'a-little') return 'limited-a-little';
    if (limited === 'not-at-all') return 'not-disabled';
    if (limited === PREFER_NOT_TO_SAY) return PREFER_NOT_TO_SAY;
    return undefined;
  },
};

/** Every measure, in the order the block asks about them. */
export const EQUALITY_MEASURES: readonly EqualityMeasure[] = [
  oneQuestion('age', 'Age', AGE_QUESTION),
  oneQuestion('sex', 'Sex', SEX_QUESTION),
  oneQuestion('ethnic-group', 'Ethnic group', ETHNIC_GROUP_QUESTION),
  DISABILITY,
  oneQuestion('religion', 'Religion', RELIGION_QUESTION, {
    christian: 'Christian',
    'other-religion': 'Other religion',
  }),
];

/** The measures any of these form versions asks every question of, in block order. */
export function equalityMeasuresIn(versions: readonly FormDefinition[]): EqualityMeasure[] {
  return EQUALITY_MEASURES.filter((measure) =>
    versions.some((form) => measure.questionIds.every((id) => form.questions.some((q) => q.id === id))),
  );
}

export function findEqualityMeasure(id: string): EqualityMeasure | undefined {
  return EQUALITY_MEASURES.find((m) => m.id === id);
}
