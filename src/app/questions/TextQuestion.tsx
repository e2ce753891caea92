import type { Question } from '../../core/form.ts';
import { t } from '../../i18n/i18n.ts';
import type { QuestionProps } from './QuestionField.tsx';
import { fieldId } from './QuestionField.tsx';
import { describedBy, HintAndError, QuestionLabel } from './QuestionText.tsx';

type TextQuestionType = Extract<Question, { type: 'text' }>;

/** Free text with a character count (the GOV.UK pattern: the count is announced politely, not on every key). */
export function TextQuestion({
  question,
  answer,
  error,
  language,
  fallbackLanguage,
  onAnswer,
}: QuestionProps<TextQuestionType>) {
  const value = typeof answer === 'string' ? answer : '';
  const left = question.maxLength - value.length;
  const countId = `${question.id}-count`;
  return (
    <div class={`question${error ? ' question--error' : ''}`}>
      <label class="question__legend" for={fieldId(question.id)}>
        <QuestionLabel question={question} language={language} fallback={fallbackLanguage} />
      </label>
      <HintAndError question={question} error={error} language={language} fallback={fallbackLanguage} />
      <textarea
        id={fieldId(question.id)}
        name={question.id}
        class="textarea"
        rows={5}
        value={value}
        aria-describedby={[describedBy(question, error), countId].filter(Boolean).join(' ')}
        onInput={(e) => onAnswer(e.currentTarget.value === '' ? undefined : e.currentTarget.value)}
      />
      <div id={countId} class={`count${left < 0 ? ' count--over' : ''}`} aria-live="polite">
        {left >= 0 ? t('form.charactersLeft', { count: left }) : t('form.charactersOver', { count: -left })}
      </div>
    </div>
  );
}
