import type { Condition } from './condition.ts';
import type { FormDefinition, Question } from './form.ts';
import { isAnswered } from './is-answered.ts';
import type { Answers } from './response.ts';

/**
 * Show-if logic and screens, shared by the page (what to show, "Question 3 of 8") and the endpoint (an
 * answer to a question that was not shown is refused), so both always agree on what a person saw.
 */

/**
 * True when `condition` holds on `answers`. A blank answer counts as no answer, and an answer of the
 * wrong kind (a list where one value was expected) simply does not match.
 */
export function conditionHolds(condition: Condition, answers: Answers): boolean {
  if ('equals' in condition) {
    const answer = answers[condition.equals.question];
    return isAnswered(answer) && answer === condition.equals.value;
  }
  if ('includes' in condition) {
    const answer = answers[condition.includes.question];
    return Array.isArray(answer) && answer.includes(condition.includes.value);
  }
  if ('answered' in condition) return isAnswered(answers[condition.answered]);
  if ('not' in condition) return !conditionHolds(condition.not, answers);
  if ('all' in condition) return condition.all.every((c) => conditionHolds(c, answers));
  return condition.any.some((c) => conditionHolds(c, answers));
}

/**
 * The questions shown for these answers, in form order. A question's condition sees only the answers to
 * questions shown before it: an answer left behind on a question that later became hidden (the person went
 * back and changed their mind) must not keep anything else showing, and a condition on a later question
 * (refused at publishing) can never hold.
 */
export function visibleQuestions(form: FormDefinition, answers: Answers): Question[] {
  const seen: Answers = {};
  const visible: Question[] = [];
  for (const question of form.questions) {
    if (question.showIf && !conditionHolds(question.showIf, seen)) continue;
    visible.push(question);
    const answer = answers[question.id];
    if (answer !== undefined) seen[question.id] = answer;
  }
  return visible;
}

/**
 * The answers to submit: only those to questions shown, never to information screens. Done on the device
 * before submitting, because the endpoint refuses an answer to a question that was not shown.
 */
export function pruneHidden(form: FormDefinition, answers: Answers): Answers {
  const kept: Answers = {};
  for (const question of visibleQuestions(form, answers)) {
    const answer = answers[question.id];
    if (question.type !== 'info' && answer !== undefined) kept[question.id] = answer;
  }
  return kept;
}

/** One screen of the form: its id is the id of its first question shown. */
export interface Screen {
  id: string;
  questions: Question[];
}

/**
 * The screens shown for these answers, in order. The form's author groups questions into screens with
 * `sameScreenAsPrevious`; each group shows its visible questions, and a group with none is skipped. So a
 * question that follows a hidden one in its group still joins the group, and a question grouped with a
 * hidden question that starts a group begins the screen itself, never joining the screen before.
 */
export function screens(form: FormDefinition, answers: Answers): Screen[] {
  const visible = new Set(visibleQuestions(form, answers));
  const result: Screen[] = [];
  let group: Question[] = [];
  const close = () => {
    const shown = group.filter((q) => visible.has(q));
    const [first] = shown;
    if (first) result.push({ id: first.id, questions: shown });
    group = [];
  };
  for (const question of form.questions) {
    if (!question.sameScreenAsPrevious) close();
    group.push(question);
  }
  close();
  return result;
}

/** The index of the screen holding `questionId`, or -1 when that question is not shown. */
export function screenIndex(shown: Screen[], questionId: string): number {
  return shown.findIndex((screen) => screen.questions.some((q) => q.id === questionId));
}

/**
 * Where a screen stands, for "Question 3 of 8": its number from 1 and the number of screens shown for the
 * answers so far (the total can change as answers open or close later questions). Undefined when the
 * question is not shown.
 */
export function screenProgress(shown: Screen[], questionId: string): { number: number; total: number } | undefined {
  const index = screenIndex(shown, questionId);
  return index === -1 ? undefined : { number: index + 1, total: shown.length };
}
