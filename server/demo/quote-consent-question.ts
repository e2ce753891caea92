import type { Condition, Question } from '../../src/core/form.ts';

type ConsentQuestion = Extract<Question, { type: 'consent' }>;

/**
 * Asks, explicitly and unticked, whether the council may quote the person's own words, without their name,
 * in its "You said, we did" report. Shown only to someone who wrote something in `freeTextIds`: there is
 * nothing to quote otherwise.
 */
export function quoteConsentQuestion(freeTextIds: [string, ...string[]]): ConsentQuestion {
  const wroteSomething: Condition =
    freeTextIds.length === 1 ? { answered: freeTextIds[0] } : { any: freeTextIds.map((id) => ({ answered: id })) };
  return {
    id: 'quote-consent',
    type: 'consent',
    required: false,
    showIf: wroteSomething,
    label: { en: 'Can we quote your words in our report?' },
    hint: {
      en: 'After the consultation, we publish a "You said, we did" report. It shows what people told us and what we changed. Your answers count the same whether you agree or not.',
    },
    statement: {
      en: 'I agree that the council can quote what I wrote in its "You said, we did" report. The quote will not include my name or anything else that could identify me.',
    },
  };
}
