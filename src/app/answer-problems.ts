import type { FormDefinition, Question } from '../core/form.ts';
import { type Answer, type Answers, checkAnswer, isAnswered } from '../core/response.ts';
import { localise } from '../core/text.ts';
import { t } from '../i18n/i18n.ts';

/**
 * What the resident must fix before submitting, by question id, in words for them. The endpoint runs
 * the same shared checks (checkAnswer) and would reject anything that got past these.
 */
export function answerProblems(form: FormDefinition, answers: Answers, language: string): Map<string, string> {
  const problems = new Map<string, string>();
  for (const question of form.questions) {
    const answer = answers[question.id];
    const problem = isAnswered(answer)
      ? problemWith(question, answer as Answer)
      : question.required
        ? t('form.required', { question: localise(question.label, language, form.defaultLanguage).text })
        : null;
    if (problem) problems.set(question.id, problem);
  }
  return problems;
}

function problemWith(question: Question, answer: Answer): string | null {
  if (checkAnswer(question, answer) === null) return null;
  if (question.type === 'multiple' && question.maxChoices !== undefined)
    return t('form.tooMany', { count: question.maxChoices });
  if (question.type === 'text') return t('form.tooLong');
  return t('form.required', { question: '' });
}
