import { canonicalJson } from './canonical-json.ts';
import { checkAnswer } from './check-answer.ts';
import type { FormDefinition } from './form.ts';
import { isAnswered } from './is-answered.ts';
import { visibleQuestions } from './logic.ts';
import type { Answer, Answers } from './response.ts';

/**
 * Paper returns often skip questions, so a keyed sheet is stored as given: a required question left blank is
 * a warning (the sheet is stored marked `partial`), never a refusal. Everything else is checked exactly as a
 * tablet's answers are (checkAnswer, show-if honoured).
 */

/** One problem with one keyed answer. */
export interface SheetProblem {
  questionId: string;
  message: string;
}

/** Every problem with a keyed sheet, one per question, in form order (empty when it can be stored). */
export function sheetProblems(form: FormDefinition, answers: Answers): SheetProblem[] {
  const problems: SheetProblem[] = [];
  const known = new Set(form.questions.map((q) => q.id));
  for (const id of Object.keys(answers)) {
    if (!known.has(id)) problems.push({ questionId: id, message: `The form has no question "${id}".` });
  }
  const visible = new Set(visibleQuestions(form, answers));
  for (const question of form.questions) {
    const answer = answers[question.id];
    if (!isAnswered(answer)) continue;
    const message = visible.has(question)
      ? checkAnswer(question, answer as Answer)
      : `Question "${question.id}" was not shown, so it cannot be answered.`;
    if (message) problems.push({ questionId: question.id, message });
  }
  return problems;
}

/** The required questions the sheet shows but leaves blank: stored anyway, the response marked partial. */
export function skippedRequired(form: FormDefinition, answers: Answers): string[] {
  return visibleQuestions(form, answers)
    .filter((q) => q.required && !isAnswered(answers[q.id]))
    .map((q) => q.id);
}

/** Only the answers given (blank ones dropped), so two keyings of the same blank compare equal. */
export function givenAnswers(answers: Answers): Answers {
  return Object.fromEntries(Object.entries(answers).filter(([, answer]) => isAnswered(answer)));
}

/** A question on which the two keyings of a sheet differ. */
export interface EntryDisagreement {
  questionId: string;
  first: Answer | undefined;
  second: Answer | undefined;
}

/**
 * Where two keyings of one sheet differ, question by question in form order. Blank and missing are the same;
 * the order ticks were keyed in a "multiple" question does not matter (a ranking's order does).
 */
export function compareEntries(form: FormDefinition, first: Answers, second: Answers): EntryDisagreement[] {
  const ids = [...form.questions.map((q) => q.id)];
  for (const id of [...Object.keys(first), ...Object.keys(second)]) if (!ids.includes(id)) ids.push(id);
  const typeOf = new Map(form.questions.map((q) => [q.id, q.type]));
  const comparable = (id: string, answer: Answer | undefined) => {
    if (!isAnswered(answer)) return 'blank';
    if (typeOf.get(id) === 'multiple' && Array.isArray(answer)) return canonicalJson([...answer].sort());
    return canonicalJson(answer);
  };
  return ids
    .filter((id) => comparable(id, first[id]) !== comparable(id, second[id]))
    .map((id) => ({ questionId: id, first: first[id], second: second[id] }));
}
