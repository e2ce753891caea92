import type { Question } from '../../core/form.ts';
import type { OtherAnswer } from '../../core/response.ts';
import { t } from '../../i18n/i18n.ts';
import { kioskAutocomplete } from '../kiosk/kiosk-mode.ts';
import { fieldId, QuestionFrame, type QuestionProps } from './QuestionFrame.tsx';

type ChoiceQuestionType = Extract<Question, { type: 'single' | 'multiple' | 'yesno' }>;

const OTHER = '__other';

/**
 * Radios (one choice, yes/no) and checkboxes (several): large targets, a fieldset with the question as its
 * legend. "None of these" clears the other boxes and they clear it; "Other" reveals a box for their words.
 */
export function ChoiceQuestion(props: QuestionProps<ChoiceQuestionType>) {
  const { question, answer, pick, onAnswer } = props;
  const multiple = question.type === 'multiple';
  const options =
    question.type === 'yesno'
      ? [
          { value: 'yes', text: t('form.yes'), lang: undefined, exclusive: false },
          { value: 'no', text: t('form.no'), lang: undefined, exclusive: false },
        ]
      : question.options.map((o) => ({ value: o.value, ...pick(o.label), exclusive: o.exclusive ?? false }));
  const other = question.type === 'single' ? question.other : undefined;
  const otherText = isOther(answer) ? answer.other : '';
  const chosen = Array.isArray(answer)
    ? answer
    : typeof answer === 'string'
      ? [answer]
      : isOther(answer)
        ? [OTHER]
        : [];

  function choose(value: string, checked: boolean, exclusive: boolean) {
    if (!multiple) return onAnswer(value === OTHER ? { other: otherText } : value);
    const next = !checked
      ? chosen.filter((v) => v !== value)
      : exclusive
        ? [value]
        : [...chosen.filter((v) => !options.find((o) => o.value === v)?.exclusive), value];
    onAnswer(next.length ? next : undefined);
  }

  return (
    <QuestionFrame {...props} group>
      <div class="choices">
        {options.map((option, index) => {
          const id = index === 0 ? fieldId(question.id) : `${fieldId(question.id)}-${option.value}`;
          return (
            <div key={option.value}>
              {option.exclusive && index > 0 && <p class="choices__divider">{t('form.or')}</p>}
              <div class="choice">
                <input
                  class="choice__input"
                  type={multiple ? 'checkbox' : 'radio'}
                  id={id}
                  name={question.id}
                  value={option.value}
                  checked={chosen.includes(option.value)}
                  onChange={(e) => choose(option.value, e.currentTarget.checked, option.exclusive)}
                />
                <label class="choice__label" for={id} lang={option.lang}>
                  {option.text}
                </label>
              </div>
            </div>
          );
        })}
        {other && (
          <div>
            <div class="choice">
              <input
                class="choice__input"
                type="radio"
                id={`${fieldId(question.id)}-other`}
                name={question.id}
                value={OTHER}
                checked={chosen.includes(OTHER)}
                onChange={() => choose(OTHER, true, false)}
              />
              <label class="choice__label" for={`${fieldId(question.id)}-other`} lang={pick(other.label).lang}>
                {pick(other.label).text}
              </label>
            </div>
            {chosen.includes(OTHER) && (
              <div class="choice__reveal" id={`${question.id}-other-reveal`}>
                <label for={`${fieldId(question.id)}-other-text`}>{t('form.otherSpecify')}</label>
                <input
                  class="input"
                  type="text"
                  id={`${fieldId(question.id)}-other-text`}
                  autoComplete={kioskAutocomplete()}
                  value={otherText}
                  maxLength={other.maxLength ?? 200}
                  onInput={(e) => onAnswer({ other: e.currentTarget.value })}
                />
              </div>
            )}
          </div>
        )}
      </div>
    </QuestionFrame>
  );
}

function isOther(answer: unknown): answer is OtherAnswer {
  return typeof answer === 'object' && answer !== null && 'other' in answer;
}
