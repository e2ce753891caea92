import type { FormDefinition } from '../../../core/form.ts';
import type { EntryDisagreement } from '../../../core/paper-sheet.ts';
import { t } from '../../../i18n/i18n.ts';
import { describeAnswer } from '../../form/describe-answer.ts';
import type { TextPicker } from '../../form/form-text.ts';
import { questionNumbers } from './routing-words.ts';

/** What one keying said, as "Check your answers" words it: "Yes"; "Cat, Dog"; "Not answered". */
export function entryWords(
  form: FormDefinition,
  questionId: string,
  answer: EntryDisagreement['first'],
  pick: TextPicker,
): string {
  const question = form.questions.find((q) => q.id === questionId);
  return question ? describeAnswer(question, answer, pick).join(', ') : JSON.stringify(answer ?? null);
}

/** "Question 4: first entry ‘Yes’, second entry ‘No’" */
export function disagreementWords(form: FormDefinition, d: EntryDisagreement, pick: TextPicker): string {
  return t('paperReturns.disagreement', {
    number: questionNumbers(form).get(d.questionId) ?? d.questionId,
    first: entryWords(form, d.questionId, d.first, pick),
    second: entryWords(form, d.questionId, d.second, pick),
  });
}
