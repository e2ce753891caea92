import type { Question } from '../../core/form.ts';
import { tidyPostcodeDistrict } from '../../core/postcode-district.ts';
import { t } from '../../i18n/i18n.ts';
import { kioskAutocomplete } from '../kiosk/kiosk-mode.ts';
import { describedBy, fieldId, QuestionFrame, type QuestionProps } from './QuestionFrame.tsx';

type TextQuestionType = Extract<Question, { type: 'text' | 'longtext' | 'number' | 'postcode-district' }>;

/**
 * One box: a line of text, several lines with a character count (announced politely), a number, or a
 * postcode district. What was typed is kept as typed until Continue checks it (no validation on blur);
 * numbers are stored as numbers once they read as one, and postcode districts in capitals.
 */
export function TextQuestion(props: QuestionProps<TextQuestionType>) {
  const { question, answer, error, pick, onAnswer } = props;
  const value = answer === undefined ? '' : String(answer);
  const id = fieldId(question.id);

  if (question.type === 'longtext') {
    const left = question.maxLength - value.length;
    const countId = `${question.id}-count`;
    return (
      <QuestionFrame {...props} group={false}>
        <textarea
          id={id}
          name={question.id}
          class="textarea"
          rows={5}
          autoComplete={kioskAutocomplete()}
          value={value}
          aria-describedby={describedBy(question, error, countId)}
          onInput={(e) => onAnswer(e.currentTarget.value === '' ? undefined : e.currentTarget.value)}
        />
        <div id={countId} class={`count${left < 0 ? ' count--over' : ''}`} aria-live="polite">
          {left >= 0 ? t('form.charactersLeft', { count: left }) : t('form.charactersOver', { count: -left })}
        </div>
      </QuestionFrame>
    );
  }

  const isNumber = question.type === 'number';
  const suffix = isNumber && question.suffix ? pick(question.suffix) : undefined;
  return (
    <QuestionFrame {...props} group={false}>
      <div class="input-wrapper">
        <input
          id={id}
          name={question.id}
          class={`input${question.type === 'postcode-district' ? ' input--short' : isNumber ? ' input--number' : ''}`}
          type="text"
          inputMode={isNumber ? 'decimal' : undefined}
          autoComplete={question.type === 'postcode-district' ? 'off' : kioskAutocomplete()}
          spellcheck={question.type === 'text'}
          value={value}
          maxLength={question.type === 'text' ? question.maxLength : undefined}
          aria-describedby={describedBy(question, error)}
          onInput={(e) => onAnswer(toAnswer(question.type, e.currentTarget.value))}
        />
        {suffix && (
          <span class="input-suffix" lang={suffix.lang}>
            {suffix.text}
          </span>
        )}
      </div>
    </QuestionFrame>
  );
}

function toAnswer(type: TextQuestionType['type'], typed: string): string | number | undefined {
  const trimmed = typed.trim();
  if (trimmed === '') return undefined;
  if (type === 'postcode-district') return tidyPostcodeDistrict(typed);
  if (type === 'number') {
    const n = Number(trimmed.replaceAll(',', ''));
    return Number.isFinite(n) && /^-?[\d,]*\.?\d+$/.test(trimmed) ? n : typed;
  }
  return typed;
}
