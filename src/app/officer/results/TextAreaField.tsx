import type { ComponentChildren } from 'preact';
import { t } from '../../../i18n/i18n.ts';

/** A labelled textarea with hint and error, drawn as the officer screens' TextField is (fields.tsx). */
export function TextAreaField({
  id,
  label,
  hint,
  error,
  value,
  onValue,
  rows = 3,
}: {
  id: string;
  label: string;
  hint?: ComponentChildren;
  error?: string | undefined;
  value: string;
  onValue: (value: string) => void;
  rows?: number;
}) {
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div class={`form-group${error ? ' form-group--error' : ''}`}>
      <label class="field-label" for={id}>
        {label}
      </label>
      {hint && (
        <div id={`${id}-hint`} class="hint">
          {hint}
        </div>
      )}
      {error && (
        <p id={`${id}-error`} class="field-error">
          <span class="visually-hidden">{t('form.errorPrefix')} </span>
          {error}
        </p>
      )}
      <textarea
        id={id}
        name={id}
        rows={rows}
        class={`textarea${error ? ' input--error' : ''}`}
        value={value}
        aria-describedby={described}
        aria-invalid={error ? true : undefined}
        onInput={(e) => onValue(e.currentTarget.value)}
      />
    </div>
  );
}
