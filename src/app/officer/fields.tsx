import type { ComponentChildren } from 'preact';
import { t } from '../../i18n/i18n.ts';

/**
 * Form fields for the officer screens, as the GOV.UK Design System draws them: a label, a hint, the error
 * beside the field ("Error:" read out first), all tied to the control with aria-describedby. The error
 * summary links to a field by its `id`.
 */

interface FieldFrame {
  id: string;
  label: string;
  hint?: ComponentChildren;
  error?: string | undefined;
}

function describedBy(id: string, hint: unknown, error: string | undefined): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

/** The frame of a field with one control: its label, hint and error above it, marked when in error. */
function LabelledField({ id, label, hint, error, children }: FieldFrame & { children: ComponentChildren }) {
  return (
    <div class={`form-group${error ? ' form-group--error' : ''}`}>
      <label class="field-label" for={id}>
        {label}
      </label>
      <HintAndError id={id} hint={hint} error={error} />
      {children}
    </div>
  );
}

function HintAndError({ id, hint, error }: Pick<FieldFrame, 'id' | 'hint' | 'error'>) {
  return (
    <>
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
    </>
  );
}

/** The few input attributes the officer screens use (Preact's own input type is a union too wide to spread). */
interface InputProps {
  type?: 'text' | 'email' | 'password' | 'date';
  autoComplete?: string;
  spellcheck?: boolean;
  /** The id of a datalist of suggestions. */
  list?: string;
}

export function TextField({
  id,
  label,
  hint,
  error,
  value,
  onValue,
  type = 'text',
  autoComplete,
  spellcheck,
  list,
}: FieldFrame & InputProps & { value: string; onValue: (value: string) => void }) {
  return (
    <LabelledField id={id} label={label} hint={hint} error={error}>
      <input
        // Preact types each input type with its own attributes; one component for all needs the widest.
        type={type as 'text'}
        autoComplete={autoComplete}
        spellcheck={spellcheck}
        list={list}
        id={id}
        name={id}
        class={`input${error ? ' input--error' : ''}`}
        value={value}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
        onInput={(e) => onValue(e.currentTarget.value)}
      />
    </LabelledField>
  );
}

/** Several lines of text, drawn as TextField is; `lang` and `dir` for text in another language than the page's. */
export function TextAreaField({
  id,
  label,
  hint,
  error,
  value,
  onValue,
  rows = 3,
  lang,
  dir,
}: FieldFrame & {
  value: string;
  onValue: (value: string) => void;
  rows?: number;
  lang?: string;
  dir?: 'ltr' | 'rtl';
}) {
  return (
    <LabelledField id={id} label={label} hint={hint} error={error}>
      <textarea
        id={id}
        name={id}
        rows={rows}
        lang={lang}
        dir={dir}
        class={`textarea${error ? ' input--error' : ''}`}
        value={value}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
        onInput={(e) => onValue(e.currentTarget.value)}
      />
    </LabelledField>
  );
}

export interface Option {
  value: string;
  label: string;
  hint?: string;
}

/** Radios in a fieldset; the first radio carries `id`, so the error summary can focus it. */
export function RadiosField({
  id,
  label,
  hint,
  error,
  options,
  value,
  onValue,
}: FieldFrame & { options: Option[]; value: string; onValue: (value: string) => void }) {
  return (
    <div class={`form-group${error ? ' form-group--error' : ''}`}>
      <fieldset aria-describedby={describedBy(id, hint, error)}>
        <legend class="field-label">{label}</legend>
        <HintAndError id={id} hint={hint} error={error} />
        <div class="choices">
          {options.map((option, i) => {
            const optionId = i === 0 ? id : `${id}-${option.value}`;
            return (
              <div class="choice" key={option.value}>
                <input
                  class="choice__input"
                  type="radio"
                  id={optionId}
                  name={id}
                  value={option.value}
                  checked={value === option.value}
                  aria-describedby={option.hint ? `${optionId}-item-hint` : undefined}
                  onChange={() => onValue(option.value)}
                />
                <div>
                  <label class="choice__label" for={optionId}>
                    {option.label}
                  </label>
                  {option.hint && (
                    <div id={`${optionId}-item-hint`} class="hint choice__hint">
                      {option.hint}
                    </div>
                  )}
                </div>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

export function SelectField({
  id,
  label,
  hint,
  error,
  options,
  value,
  onValue,
}: FieldFrame & { options: Option[]; value: string; onValue: (value: string) => void }) {
  return (
    <LabelledField id={id} label={label} hint={hint} error={error}>
      <select
        id={id}
        name={id}
        class={`input${error ? ' input--error' : ''}`}
        value={value}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
        onChange={(e) => onValue(e.currentTarget.value)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </LabelledField>
  );
}
