import { useEffect, useState } from 'preact/hooks';
import { t } from '../../../i18n/i18n.ts';

/**
 * Fields the builder needs beside those in ../fields.tsx: a checkbox, a text area and a number box. Each has
 * a visible label tied to its control and an optional hint, as GOV.UK draws them.
 */

interface Frame {
  id: string;
  label: string;
  hint?: string | undefined;
}

export function CheckboxField({
  id,
  label,
  hint,
  checked,
  onChecked,
}: Frame & { checked: boolean; onChecked: (checked: boolean) => void }) {
  return (
    <div class="form-group choice">
      <input
        class="choice__input"
        type="checkbox"
        id={id}
        checked={checked}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(e) => onChecked(e.currentTarget.checked)}
      />
      <div>
        <label class="choice__label" for={id}>
          {label}
        </label>
        {hint && (
          <div id={`${id}-hint`} class="hint choice__hint">
            {hint}
          </div>
        )}
      </div>
    </div>
  );
}

/**
 * A number box that keeps what is typed while it is not yet a number ("-", "1.") and hands on only numbers,
 * or undefined when emptied; says so beside the box when what is typed is not a number.
 */
export function NumberField({
  id,
  label,
  hint,
  value,
  onValue,
  whole = false,
}: Frame & { value: number | undefined; onValue: (value: number | undefined) => void; whole?: boolean }) {
  const [text, setText] = useState(value === undefined ? '' : String(value));
  useEffect(() => {
    if (Number(text) !== value || text.trim() === '') setText(value === undefined ? '' : String(value));
  }, [value]);
  const parsed = text.trim() === '' ? undefined : Number(text);
  const wrong = parsed !== undefined && (Number.isNaN(parsed) || (whole && !Number.isInteger(parsed)));
  const described = [hint ? `${id}-hint` : '', wrong ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div class={`form-group${wrong ? ' form-group--error' : ''}`}>
      <label class="field-label" for={id}>
        {label}
      </label>
      {hint && (
        <div id={`${id}-hint`} class="hint">
          {hint}
        </div>
      )}
      {wrong && (
        <p id={`${id}-error`} class="field-error">
          <span class="visually-hidden">{t('form.errorPrefix')} </span>
          {whole ? t('builder.fields.notWhole') : t('builder.fields.notNumber')}
        </p>
      )}
      <input
        id={id}
        class="input input--short"
        inputMode={whole ? 'numeric' : 'decimal'}
        value={text}
        aria-describedby={described}
        aria-invalid={wrong ? true : undefined}
        onInput={(e) => {
          const next = e.currentTarget.value;
          setText(next);
          const number = next.trim() === '' ? undefined : Number(next);
          if (number === undefined || (!Number.isNaN(number) && (!whole || Number.isInteger(number)))) onValue(number);
        }}
      />
    </div>
  );
}
