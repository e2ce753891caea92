import type { FormDefinition } from '../../../core/form.ts';
import { t } from '../../../i18n/i18n.ts';
import { questionName } from './QuestionsSection.tsx';

/** Where a text sits, for people: "Question 2 (Do you visit?): choice 1" rather than "questions.1.options.0.label". */
export function whereText(form: FormDefinition, path: string): string {
  const question = /^questions\.(\d+)\.(.*)$/.exec(path);
  if (!question) return t(`builder.where.${path.replaceAll('.', '_')}`, { defaultValue: path });
  const index = Number(question[1]);
  const found = form.questions[index];
  const rest = question[2] ?? '';
  const option = /^options\.(\d+)\.label$/.exec(rest);
  const part = option
    ? t('builder.where.option', { position: Number(option[1]) + 1 })
    : t(`builder.where.q_${rest.replaceAll('.', '_')}`, { defaultValue: rest });
  return t('builder.where.question', {
    position: index + 1,
    name: found ? questionName(found, form.defaultLanguage) : '',
    part,
  });
}
