import type { TFunction } from 'i18next';
import type { Condition, FormDefinition } from '../../../core/form.ts';
import type { TextPicker } from '../../form/form-text.ts';

/**
 * A show-if condition as a printed routing instruction in the questionnaire's language: "Answer this only if
 * you answered “Yes” to question 11." Questions are named by their printed numbers, answers by their labels.
 */
export function routingWords(
  condition: Condition,
  form: FormDefinition,
  numbers: Map<string, number>,
  t: TFunction,
  pick: TextPicker,
): string {
  const label = (questionId: string, value: string | number | boolean): string => {
    const question = form.questions.find((q) => q.id === questionId);
    if (question && 'options' in question) {
      const option = question.options.find((o) => o.value === value);
      if (option) return pick(option.label).text;
    }
    if (question?.type === 'yesno') return value === 'yes' ? t('form.yes') : t('form.no');
    if (question?.type === 'consent') return t('paper.agreed');
    return String(value);
  };
  const words = (c: Condition): string => {
    if ('equals' in c) {
      const { question, value } = c.equals;
      return t('paper.ifEquals', { answer: label(question, value), number: numbers.get(question) });
    }
    if ('includes' in c) {
      const { question, value } = c.includes;
      return t('paper.ifIncludes', { answer: label(question, value), number: numbers.get(question) });
    }
    if ('answered' in c) return t('paper.ifAnswered', { number: numbers.get(c.answered) });
    if ('all' in c) return c.all.map(words).join(` ${t('paper.and')} `);
    if ('any' in c) return c.any.map(words).join(` ${t('paper.or')} `);
    const inner = c.not;
    if ('equals' in inner) {
      const { question, value } = inner.equals;
      return t('paper.ifNotEquals', { answer: label(question, value), number: numbers.get(question) });
    }
    if ('includes' in inner) {
      const { question, value } = inner.includes;
      return t('paper.ifNotIncludes', { answer: label(question, value), number: numbers.get(question) });
    }
    if ('answered' in inner) return t('paper.ifNotAnswered', { number: numbers.get(inner.answered) });
    return t('paper.ifNot', { condition: words(inner) });
  };
  return t('paper.onlyIf', { condition: words(condition) });
}

/** The printed number of each question that asks something (information blocks are not numbered). */
export function questionNumbers(form: FormDefinition): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const question of form.questions) if (question.type !== 'info') numbers.set(question.id, numbers.size + 1);
  return numbers;
}
