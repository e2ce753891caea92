import type { Condition } from '../../../core/condition.ts';
import type { Question, QuestionType } from '../../../core/form.ts';
import type { LocalisedText } from '../../../core/text.ts';
import { questionIdFromLabel, uniqueCode } from './codes.ts';

/** The question ids a condition looks at, each once. */
export function conditionQuestions(condition: Condition | undefined): string[] {
  if (!condition) return [];
  if ('equals' in condition) return [condition.equals.question];
  if ('includes' in condition) return [condition.includes.question];
  if ('answered' in condition) return [condition.answered];
  if ('not' in condition) return conditionQuestions(condition.not);
  return [...new Set(('all' in condition ? condition.all : condition.any).flatMap(conditionQuestions))];
}

export type Move =
  | { ok: true; questions: Question[]; to: number }
  | { ok: false; blockedBy: string; reason: 'depends' | 'needed' };

/**
 * Moves the question at `from` one place up (-1) or down (+1), unless that would put a question before one
 * its show-if condition looks at: a condition can only use earlier answers (condition-checks.ts), so the
 * builder refuses the move and says which question is in the way.
 */
export function moveQuestion(questions: Question[], from: number, step: -1 | 1): Move {
  const to = from + step;
  const moving = questions[from];
  const other = questions[to];
  if (!moving || !other) return { ok: true, questions, to: from };
  const [earlier, later] = step === -1 ? [other, moving] : [moving, other];
  // After the swap `later` comes first, so it may no longer depend on `earlier`.
  if (conditionQuestions(later.showIf).includes(earlier.id))
    return { ok: false, blockedBy: other.id, reason: step === -1 ? 'depends' : 'needed' };
  const moved = [...questions];
  moved[from] = other;
  moved[to] = moving;
  return { ok: true, questions: moved, to };
}

/** A copy of the question after it, with a new id and no condition on the original (which it may precede). */
export function duplicateQuestion(questions: Question[], index: number): Question[] {
  const original = questions[index];
  if (!original) return questions;
  const copy = structuredClone(original);
  copy.id = uniqueCode(
    `${original.id}-copy`,
    questions.map((q) => q.id),
  );
  return [...questions.slice(0, index + 1), copy, ...questions.slice(index + 1)];
}

export const QUESTION_TYPES: readonly QuestionType[] = [
  'single',
  'multiple',
  'yesno',
  'text',
  'longtext',
  'number',
  'date',
  'scale',
  'ranking',
  'points',
  'consent',
  'postcode-district',
  'info',
];

/** A new question of `type` with an empty label in `language` and what its type needs to be valid. */
export function newQuestion(type: QuestionType, taken: string[], language: string): Question {
  const id = questionIdFromLabel('', taken);
  const blank: LocalisedText = { [language]: '' };
  const base = { id, label: blank, required: false };
  const options = [
    { value: 'choice-1', label: { [language]: '' } },
    { value: 'choice-2', label: { [language]: '' } },
  ];
  switch (type) {
    case 'info':
      return { ...base, type, required: false, body: blank };
    case 'single':
    case 'multiple':
    case 'ranking':
      return { ...base, type, options };
    case 'points':
      return { ...base, type, options, total: 100 };
    case 'text':
      return { ...base, type, maxLength: 200 };
    case 'longtext':
      return { ...base, type, maxLength: 2000 };
    case 'scale':
      return { ...base, type, lowLabel: blank, highLabel: blank };
    case 'consent':
      return { ...base, type, statement: blank };
    default:
      return { ...base, type };
  }
}
