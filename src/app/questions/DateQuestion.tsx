import { useState } from 'preact/hooks';
import type { Question } from '../../core/form.ts';
import { t } from '../../i18n/i18n.ts';
import { kioskAutocomplete } from '../kiosk/kiosk-mode.ts';
import { fieldId, QuestionFrame, type QuestionProps } from './QuestionFrame.tsx';

type DateQuestionType = Extract<Question, { type: 'date' }>;

/**
 * The GOV.UK date input: day, month and year boxes. The answer is "YYYY-MM-DD" once all three are filled
 * in; until then it is what was typed ("2026-2-"), which Continue reports as not a real date.
 */
export function DateQuestion(props: QuestionProps<DateQuestionType>) {
  const { question, answer, onAnswer } = props;
  const [initialYear = '', initialMonth = '', initialDay = ''] = typeof answer === 'string' ? answer.split('-') : [];
  const [parts, setParts] = useState({
    day: trimZero(initialDay),
    month: trimZero(initialMonth),
    year: initialYear,
  });

  function change(part: 'day' | 'month' | 'year', value: string) {
    const next = { ...parts, [part]: value.trim() };
    setParts(next);
    if (!next.day && !next.month && !next.year) return onAnswer(undefined);
    onAnswer(`${next.year}-${next.month.padStart(2, '0')}-${next.day.padStart(2, '0')}`);
  }

  const fields = [
    ['day', t('form.day'), 2],
    ['month', t('form.month'), 2],
    ['year', t('form.year'), 4],
  ] as const;
  return (
    <QuestionFrame {...props} group>
      <div class="date-input">
        {fields.map(([part, label, width]) => {
          const id = part === 'day' ? fieldId(question.id) : `${fieldId(question.id)}-${part}`;
          return (
            <div class="date-input__item" key={part}>
              <label for={id}>{label}</label>
              <input
                id={id}
                class={`input date-input__${width === 4 ? 'year' : 'part'}`}
                type="text"
                inputMode="numeric"
                autoComplete={kioskAutocomplete()}
                value={parts[part]}
                onInput={(e) => change(part, e.currentTarget.value)}
              />
            </div>
          );
        })}
      </div>
    </QuestionFrame>
  );
}

function trimZero(part: string): string {
  return part.replace(/^0(?=\d)/, '');
}
