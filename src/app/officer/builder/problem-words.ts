import type { FormDefinition } from '../../../core/form.ts';
import { formTexts } from '../../../core/form-texts.ts';
import { t } from '../../../i18n/i18n.ts';
import { languageLabel } from './languages.ts';
import { questionName } from './QuestionsSection.tsx';
import { whereText } from './where-text.ts';

/**
 * A publishing problem as an officer reads it: where it is in the builder's words, then what is wrong.
 * "privacy.rights.en: This text is empty…" becomes "Privacy: rights, English (en): This text is empty…".
 * The checks' own messages start with a path (the endpoint's API keeps them so); a message whose path the
 * builder cannot name is left as it is.
 */
export function problemWords(form: FormDefinition, message: string): string {
  const match = /^([a-z][A-Za-z0-9.-]*)(?::\s+|\s+)(.+)$/s.exec(message);
  if (!match?.[1] || !match[2]) return message;
  const where = wherePath(form, match[1]);
  if (!where) return message;
  const what = match[2] === 'is blank.' ? t('builder.where.blank') : match[2];
  return `${where}: ${what.charAt(0).toUpperCase()}${what.slice(1)}`;
}

function wherePath(form: FormDefinition, path: string): string | undefined {
  const texts = new Set(formTexts(form).map((text) => text.path));
  if (texts.has(path)) return whereText(form, path);
  const tagged = /^(.+)\.([a-z]{2,3}(?:-[A-Za-z0-9]{1,8})*)$/.exec(path);
  if (tagged?.[1] && tagged[2] && texts.has(tagged[1])) {
    return `${whereText(form, tagged[1])}, ${languageLabel(tagged[2])}`;
  }
  const question = /^questions\.(\d+)(?:\.|$)/.exec(path);
  if (question) {
    const index = Number(question[1]);
    const found = form.questions[index];
    const name = found ? questionName(found, form.defaultLanguage) : '';
    return t('builder.where.questionOnly', { position: index + 1, name });
  }
  return t(`builder.where.${path.replaceAll('.', '_')}`, { defaultValue: '' }) || undefined;
}
