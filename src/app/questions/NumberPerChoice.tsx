import type { Choice } from '../../core/form.ts';
import type { QuestionProps } from './QuestionFrame.tsx';
import { fieldId } from './QuestionFrame.tsx';

/**
 * A whole-number box per choice, each labelled with its choice: the points a resident shares out, or the
 * ranks a keyer copies from a paper sheet. What is typed stays text (the caller decides what it means); the
 * first box carries the question's field id, so the error summary can focus it.
 */
export function NumberPerChoice({
  questionId,
  options,
  pick,
  typed,
  autoComplete,
  onChange,
}: {
  questionId: string;
  options: readonly Choice[];
  pick: QuestionProps['pick'];
  typed: Record<string, string>;
  autoComplete: string | undefined;
  onChange: (value: string, text: string) => void;
}) {
  return (
    <>
      {options.map((option, index) => {
        const id = index === 0 ? fieldId(questionId) : `${fieldId(questionId)}-${option.value}`;
        const label = pick(option.label);
        return (
          <div class="points__row" key={option.value}>
            <label for={id} lang={label.lang}>
              {label.text}
            </label>
            <input
              id={id}
              class="input input--points"
              type="text"
              inputMode="numeric"
              autoComplete={autoComplete}
              value={typed[option.value] ?? ''}
              onInput={(e) => onChange(option.value, e.currentTarget.value)}
            />
          </div>
        );
      })}
    </>
  );
}
