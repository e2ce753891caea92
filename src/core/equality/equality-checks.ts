import type { FormDefinition } from '../form.ts';
import { EQUALITY_ID_PREFIX, EQUALITY_MEASURE_QUESTIONS, EQUALITY_QUESTION_SPECS } from './equality-spec.ts';

/**
 * Publishing checks for the equality monitoring block: a question whose id starts with "equality-" is
 * counted against the Census categories, so it must be one of the block's questions, optional, of the
 * block's type and with exactly the block's choice values. Its wording and translations are the author's.
 */
export function equalityBlockProblems(form: FormDefinition): string[] {
  const problems: string[] = [];
  const ids = form.questions.map((q) => q.id);
  form.questions.forEach((question, index) => {
    if (!question.id.startsWith(EQUALITY_ID_PREFIX)) return;
    const at = `questions.${index}`;
    const block = EQUALITY_QUESTION_SPECS.find((q) => q.id === question.id);
    if (!block) {
      const known = EQUALITY_QUESTION_SPECS.map((q) => `"${q.id}"`).join(', ');
      problems.push(
        `${at}.id: ids starting "${EQUALITY_ID_PREFIX}" belong to the equality monitoring block, which has ${known}; "${question.id}" is not one of them.`,
      );
      return;
    }
    if (question.type !== block.type) {
      problems.push(`${at}.type: the equality question "${question.id}" must be ${block.type}, not ${question.type}.`);
      return;
    }
    if (question.required)
      problems.push(`${at}.required: equality questions are always optional, so "${question.id}" cannot be required.`);
    if ('options' in question) {
      const expected = block.values;
      const given = question.options.map((o) => o.value);
      if (expected.length !== given.length || expected.some((value) => !given.includes(value)))
        problems.push(
          `${at}.options: the equality question "${question.id}" must offer exactly the Census categories ${expected.join(', ')}; it offers ${given.join(', ')}.`,
        );
    }
  });
  for (const measure of EQUALITY_MEASURE_QUESTIONS) {
    const present = measure.questionIds.filter((id) => ids.includes(id));
    if (present.length > 0 && present.length < measure.questionIds.length) {
      const missing = measure.questionIds.filter((id) => !ids.includes(id));
      problems.push(
        `questions: "${measure.measure}" is read from ${measure.questionIds.map((id) => `"${id}"`).join(' and ')}; add ${missing.map((id) => `"${id}"`).join(' and ')} too.`,
      );
    }
  }
  return problems;
}
