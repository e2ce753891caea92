import type { ComponentChildren } from 'preact';
import type { Question } from '../../core/form.ts';
import type { Answer } from '../../core/response.ts';
import { t } from '../../i18n/i18n.ts';
import type { TextPicker } from '../form/form-text.ts';

/** What every question control gets. */
export interface QuestionProps<Q extends Question = Question> {
  question: Q;
  answer: Answer | undefined;
  error: string | undefined;
  pick: TextPicker;
  /** The question is the page's heading (one question on the screen). */
  asHeading: boolean;
  onAnswer: (answer: Answer | undefined) => void;
}

/** The id of a question's first control: the error summary links to it. */
export function fieldId(questionId: string): string {
  return `q-${questionId}`;
}

export function describedBy(question: Question, error: string | undefined, ...more: string[]): string | undefined {
  const ids = [question.hint ? `${question.id}-hint` : '', error ? `${question.id}-error` : '', ...more].filter(
    Boolean,
  );
  return ids.length ? ids.join(' ') : undefined;
}

/**
 * A question's frame, as GOV.UK does it: a fieldset whose legend is the question (for groups of controls)
 * or a label (for one box), then the hint, then the error beside the field.
 */
export function QuestionFrame({
  question,
  error,
  pick,
  asHeading,
  group,
  children,
}: Pick<QuestionProps, 'question' | 'error' | 'pick' | 'asHeading'> & { group: boolean; children: ComponentChildren }) {
  const label = pick(question.label);
  const title = (
    <>
      <span lang={label.lang}>{label.text}</span>
      {!question.required && question.type !== 'info' && <span class="optional"> {t('form.optional')}</span>}
    </>
  );
  const heading = asHeading ? <h1 class="question__heading">{title}</h1> : title;
  const hint = question.hint ? pick(question.hint) : undefined;
  const details = (
    <>
      {hint && (
        <div id={`${question.id}-hint`} class="hint" lang={hint.lang}>
          {hint.text}
        </div>
      )}
      {error && (
        <p id={`${question.id}-error`} class="field-error">
          <span class="visually-hidden">{t('form.errorPrefix')} </span>
          {error}
        </p>
      )}
    </>
  );
  return (
    <div class={`question${error ? ' question--error' : ''}`}>
      {group ? (
        <fieldset aria-describedby={describedBy(question, error)}>
          <legend class="question__legend">{heading}</legend>
          {details}
          {children}
        </fieldset>
      ) : (
        <>
          {asHeading ? (
            <h1 class="question__heading">
              <label for={fieldId(question.id)}>{title}</label>
            </h1>
          ) : (
            <label class="question__legend" for={fieldId(question.id)}>
              {title}
            </label>
          )}
          {details}
          {children}
        </>
      )}
    </div>
  );
}
