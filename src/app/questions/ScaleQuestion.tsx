import { type Question, SCALE_MAX, SCALE_MIN } from '../../core/form.ts';
import { localise } from '../../core/text.ts';
import type { QuestionProps } from './QuestionField.tsx';
import { fieldId } from './QuestionField.tsx';
import { describedBy, HintAndError, QuestionLabel } from './QuestionText.tsx';

type ScaleQuestionType = Extract<Question, { type: 'scale' }>;

/** A 1–5 scale as radios, the end points named in words so no one has to guess what 1 means. */
export function ScaleQuestion({
  question,
  answer,
  error,
  language,
  fallbackLanguage,
  onAnswer,
}: QuestionProps<ScaleQuestionType>) {
  const low = localise(question.lowLabel, language, fallbackLanguage).text;
  const high = localise(question.highLabel, language, fallbackLanguage).text;
  const points = Array.from({ length: SCALE_MAX - SCALE_MIN + 1 }, (_, i) => SCALE_MIN + i);
  return (
    <div class={`question${error ? ' question--error' : ''}`}>
      <fieldset aria-describedby={describedBy(question, error)}>
        <legend class="question__legend">
          <QuestionLabel question={question} language={language} fallback={fallbackLanguage} />
        </legend>
        <HintAndError question={question} error={error} language={language} fallback={fallbackLanguage} />
        <div class="choices choices--scale">
          {points.map((point) => {
            const id = point === SCALE_MIN ? fieldId(question.id) : `${fieldId(question.id)}-${point}`;
            const words = point === SCALE_MIN ? low : point === SCALE_MAX ? high : '';
            return (
              <div class="choice" key={point}>
                <input
                  class="choice__input"
                  type="radio"
                  id={id}
                  name={question.id}
                  value={point}
                  checked={answer === point}
                  onChange={() => onAnswer(point)}
                />
                <label class="choice__label" for={id}>
                  {words ? `${point} – ${words}` : String(point)}
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
