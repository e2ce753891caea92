import { type Condition, checkFormDefinition, type FormDefinition, type Question } from '../src/core/form.ts';
import { pruneHidden } from '../src/core/logic.ts';
import { type Answers, checkAnswers } from '../src/core/response.ts';
import { EVERY_TYPE_ANSWERS, EVERY_TYPE_FORM } from '../src/core/test-form-every-type.ts';

const QUESTIONS = 60;
const BLOCK = EVERY_TYPE_FORM.questions;
const id = (base: string, block: number) => `${base}-${block}`;

/** The same condition on the same block's copies of the questions it names. */
function renamed(condition: Condition, block: number): Condition {
  if ('equals' in condition) return { equals: { ...condition.equals, question: id(condition.equals.question, block) } };
  if ('includes' in condition)
    return { includes: { ...condition.includes, question: id(condition.includes.question, block) } };
  if ('answered' in condition) return { answered: id(condition.answered, block) };
  if ('not' in condition) return { not: renamed(condition.not, block) };
  if ('all' in condition) return { all: condition.all.map((c) => renamed(c, block)) };
  return { any: condition.any.map((c) => renamed(c, block)) };
}

/**
 * Show-if logic beyond the consent question's, so every kind of condition is evaluated: from the second
 * block on, questions depend on the block before (and on their own block). With EVERY_TYPE_ANSWERS, "story"
 * shows in odd blocks and is hidden in even ones; everything else shows.
 */
function extraCondition(base: string, block: number): Condition | undefined {
  if (block === 0) return undefined;
  const before = (q: string) => id(q, block - 1);
  switch (base) {
    case 'pets':
      return { all: [{ answered: before('name') }, { equals: { question: before('contact'), value: 'yes' } }] };
    case 'story':
      return { includes: { question: before('pets'), value: block % 2 ? 'cat' : 'fish' } };
    case 'district':
      return {
        any: [{ equals: { question: id('satisfaction', block), value: 4 } }, { answered: id('budget', block) }],
      };
    default:
      return undefined;
  }
}

function copy(question: Question, block: number): Question {
  const showIf = question.showIf ? renamed(question.showIf, block) : extraCondition(question.id, block);
  return { ...question, id: id(question.id, block), ...(showIf ? { showIf } : {}) };
}

const draft: FormDefinition = {
  ...EVERY_TYPE_FORM,
  id: 'sixty-questions',
  version: 1,
  title: { en: 'Sixty questions' },
  description: { en: 'Every question type, again and again, with show-if logic: a benchmark form.' },
  questions: Array.from({ length: QUESTIONS }, (_, i) => {
    const question = BLOCK[i % BLOCK.length] as Question;
    return copy(question, Math.floor(i / BLOCK.length));
  }),
};

const checked = checkFormDefinition(draft);
if (!checked.ok) throw new Error(`The 60-question bench form is not a valid form:\n${checked.errors.join('\n')}`);

/** 60 questions cycling through every question type of EVERY_TYPE_FORM, with show-if logic. */
export const SIXTY_FORM: FormDefinition = checked.form;

/** Valid answers to every question SIXTY_FORM shows for them (none to hidden ones). */
export const SIXTY_ANSWERS: Answers = pruneHidden(
  SIXTY_FORM,
  Object.fromEntries(
    SIXTY_FORM.questions.flatMap((q) => {
      const answer = EVERY_TYPE_ANSWERS[q.id.replace(/-\d+$/, '')];
      return answer === undefined ? [] : [[q.id, answer]];
    }),
  ),
);

const problem = checkAnswers(SIXTY_FORM, SIXTY_ANSWERS);
if (problem) throw new Error(`The 60-question bench answers are not valid: ${problem}`);
