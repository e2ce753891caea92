import type { Condition, Question } from './form.ts';

type ConsentQuestion = Extract<Question, { type: 'consent' }>;

/**
 * Asks, explicitly and unticked, whether the council may quote the person's own words, without their name,
 * in its "You said, we did" report. Shown only to someone who wrote something in `freeTextIds`: there is
 * nothing to quote otherwise. With no ids (a ready-made block added before the free-text questions are
 * known, form-blocks.ts) it is always shown, and the officer narrows it in the builder.
 */
export function quoteConsentQuestion(freeTextIds: readonly string[], id = 'quote-consent'): ConsentQuestion {
  const [first, ...rest] = freeTextIds;
  const wroteSomething: Condition | undefined =
    first === undefined
      ? undefined
      : rest.length === 0
        ? { answered: first }
        : { any: freeTextIds.map((textId) => ({ answered: textId })) };
  return {
    id,
    type: 'consent',
    required: false,
    ...(wroteSomething ? { showIf: wroteSomething } : {}),
    label: { en: 'Can we quote your words in our report?' },
    hint: {
      en: 'After the consultation, we publish a "You said, we did" report. It shows what people told us and what we changed. Your answers count the same whether you agree or not.',
    },
    statement: {
      en: 'I agree that the council can quote what I wrote in its "You said, we did" report. The quote will not include my name or anything else that could identify me.',
    },
  };
}
