import type { Question } from '../../core/form.ts';
import { type Answer, isAnswered } from '../../core/response.ts';
import { t, timeLocale } from '../../i18n/i18n.ts';
import type { TextPicker } from './form-text.ts';

/** An answer as "Check your answers" shows it: one line each, in the person's words and the form's labels. */
export function describeAnswer(question: Question, answer: Answer | undefined, pick: TextPicker): string[] {
  if (!isAnswered(answer) || answer === undefined) return [t('check.notAnswered')];
  const label = (value: string) => {
    const options = 'options' in question ? question.options : [];
    const option = options.find((o) => o.value === value);
    return option ? pick(option.label).text : value;
  };
  switch (question.type) {
    case 'single':
      return [
        typeof answer === 'object' && 'other' in answer
          ? t('check.other', { text: answer.other })
          : label(String(answer)),
      ];
    case 'multiple':
      return (answer as string[]).map(label);
    case 'ranking':
      return (answer as string[]).map((value, i) => `${i + 1}. ${label(value)}`);
    case 'points': {
      const points = typeof answer === 'object' && 'points' in answer ? answer.points : {};
      return question.options.map((o) => t('check.points', { label: pick(o.label).text, count: points[o.value] ?? 0 }));
    }
    case 'yesno':
      return [answer === 'yes' ? t('form.yes') : t('form.no')];
    case 'consent':
      return [t('check.agreed')];
    case 'scale':
      return [
        answer === 1
          ? `1 – ${pick(question.lowLabel).text}`
          : answer === 5
            ? `5 – ${pick(question.highLabel).text}`
            : String(answer),
      ];
    case 'number':
      return [
        `${typeof answer === 'number' ? new Intl.NumberFormat(timeLocale()).format(answer) : String(answer)}${question.suffix ? ` ${pick(question.suffix).text}` : ''}`,
      ];
    case 'date': {
      const date = new Date(`${String(answer)}T12:00:00Z`);
      return [
        Number.isNaN(date.getTime()) ? String(answer) : date.toLocaleDateString(timeLocale(), { dateStyle: 'long' }),
      ];
    }
    default:
      return [String(answer)];
  }
}
