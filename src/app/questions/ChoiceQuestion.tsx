import type { Question } from '../../core/form.ts';
import { localise } from '../../core/text.ts';
import type { QuestionProps } from './QuestionField.tsx';
import { fieldId } from './QuestionField.tsx';
import { describedBy, HintAndError, QuestionLabel } from './QuestionText.tsx';

type ChoiceQuestionType = Extract<Question, { type: 'single' | 'multiple' }>;

/** Radios for one choice, checkboxes for several: large targets, a fieldset with the question as legend. */
export function ChoiceQuestion({
  question,
  answer,
  error,
  language,
  fallbackLanguage,
  onAnswer,
}: QuestionProps<ChoiceQuestionType>) {
  const multiple = question.type === 'multiple';
  const chosen = Array.isArray(answer) ? answer : typeof answer === 'string' ? [answer] : [];

  function toggle(value: string, checked: boolean) {
    if (!multiple) return onAnswer(value);
    const next = checked ? [...chosen, value] : chosen.filter((v) => v !== value);
    onAnswer(next.length ? next : undefined);
  }

  return (
    <div class={`question${error ? ' question--error' : ''}`}>
      <fieldset aria-describedby={describedBy(question, error)}>
        <legend class="question__legend">
          <QuestionLabel question={question} language={language} fallback={fallbackLanguage} />
        </legend>
        <HintAndError question={question} error={error} language={language} fallback={fallbackLanguage} />
        <div class="choices">
          {question.options.map((option, index) => {
            const id = index === 0 ? fieldId(question.id) : `${fieldId(question.id)}-${option.value}`;
            const label = localise(option.label, language, fallbackLanguage);
            return (
              <div class="choice" key={option.value}>
                <input
                  class="choice__input"
                  type={multiple ? 'checkbox' : 'radio'}
                  id={id}
                  name={question.id}
                  value={option.value}
                  checked={chosen.includes(option.value)}
                  onChange={(e) => toggle(option.value, e.currentTarget.checked)}
                />
                <label class="choice__label" for={id} lang={label.language}>
                  {label.text}
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
