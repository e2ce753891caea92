import type { Question } from '../../core/form.ts';
import { localise } from '../../core/text.ts';
import { t } from '../../i18n/i18n.ts';

/** The question's label with "(optional)" where it may be skipped. */
export function QuestionLabel({
  question,
  language,
  fallback,
}: {
  question: Question;
  language: string;
  fallback: string;
}) {
  const label = localise(question.label, language, fallback);
  return (
    <>
      <span lang={label.language}>{label.text}</span>
      {!question.required && <span class="optional"> {t('form.optional')}</span>}
    </>
  );
}

/** Hint and error lines under a label; their ids are what the control's aria-describedby names. */
export function HintAndError({
  question,
  error,
  language,
  fallback,
}: {
  question: Question;
  error: string | undefined;
  language: string;
  fallback: string;
}) {
  const hint = question.hint ? localise(question.hint, language, fallback) : undefined;
  return (
    <>
      {hint && (
        <div id={`${question.id}-hint`} class="hint" lang={hint.language}>
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
}

export function describedBy(question: Question, error: string | undefined): string | undefined {
  const ids = [question.hint ? `${question.id}-hint` : '', error ? `${question.id}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}
