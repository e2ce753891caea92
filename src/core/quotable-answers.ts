import type { FormDefinition } from './form.ts';
import type { Answers } from './response.ts';

/** One free-text answer its writer agreed may be quoted. */
export interface QuotableAnswer {
  questionId: string;
  text: string;
}

/**
 * The free-text answers of one response that may be offered as quotes: its text and longtext answers and
 * the words of an "Other, please specify", but only when the form names a quote-consent question
 * (`quoteConsent`) and this response answered it `true`. Anything else (no consent, consent not asked,
 * blank words) gives nothing, so a quote can never come from someone who did not agree.
 */
export function quotableAnswers(
  form: Pick<FormDefinition, 'questions' | 'quoteConsent'>,
  answers: Answers,
): QuotableAnswer[] {
  if (form.quoteConsent === undefined || answers[form.quoteConsent] !== true) return [];
  const found: QuotableAnswer[] = [];
  for (const question of form.questions) {
    const answer = answers[question.id];
    let text: string | undefined;
    if ((question.type === 'text' || question.type === 'longtext') && typeof answer === 'string') text = answer;
    else if (question.type === 'single' && typeof answer === 'object' && answer !== null && 'other' in answer)
      text = answer.other;
    if (text !== undefined && text.trim() !== '') found.push({ questionId: question.id, text });
  }
  return found;
}
