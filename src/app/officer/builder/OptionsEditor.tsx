import { useEffect, useRef } from 'preact/hooks';
import type { Choice, FormDefinition, Question } from '../../../core/form.ts';
import { t } from '../../../i18n/i18n.ts';
import { TextField } from '../fields.tsx';
import { CheckboxField } from './builder-fields.tsx';
import { codeFromLabel, uniqueCode } from './codes.ts';
import { patchQuestion } from './patch-question.ts';
import { textIn, withLanguage } from './text-value.ts';

/**
 * A choice question's choices: each a label and a stable code. The code is made from the label (unique in
 * the question) until the officer writes one; a code published in an earlier version is fixed, because
 * exports and conditions already use it.
 */
export function OptionsEditor({
  question,
  index,
  language,
  previous,
}: {
  question: Extract<Question, { options: Choice[] }>;
  index: number;
  language: string;
  previous: FormDefinition | undefined;
}) {
  const options = question.options;
  const focusNext = useRef<string | null>(null);
  useEffect(() => {
    if (focusNext.current) document.getElementById(focusNext.current)?.focus();
    focusNext.current = null;
  });
  const before = previous?.questions.find((q) => q.id === question.id);
  const publishedCodes = new Set(before && 'options' in before ? before.options.map((o) => o.value) : []);
  const id = (j: number, field: string) => `q${index}-options-${j}-${field}`;
  const set = (next: Choice[]) => patchQuestion(index, { options: next });
  const others = (j: number) => options.filter((_, k) => k !== j).map((o) => o.value);

  function setLabel(j: number, value: string) {
    const option = options[j];
    if (!option) return;
    const auto =
      !publishedCodes.has(option.value) &&
      (/^choice-\d+$/.test(option.value) ||
        option.value === uniqueCode(codeFromLabel(textIn(option.label, language)), others(j)));
    set(
      options.map((o, k) =>
        k === j
          ? {
              ...o,
              label: withLanguage(o.label, language, value),
              value: auto ? uniqueCode(codeFromLabel(value), others(j)) : o.value,
            }
          : o,
      ),
    );
  }

  return (
    <fieldset class="builder-fieldset">
      <legend class="field-label">{t('builder.options.legend')}</legend>
      <p class="hint">{t('builder.options.hint')}</p>
      <ol class="builder-options">
        {options.map((option, j) => (
          <li key={j} class="builder-option">
            <TextField
              id={id(j, 'label')}
              label={t('builder.options.label', { position: j + 1 })}
              value={textIn(option.label, language)}
              onValue={(v) => setLabel(j, v)}
            />
            {publishedCodes.has(option.value) ? (
              <p>
                {t('builder.options.code', { position: j + 1 })}: <code>{option.value}</code>
                <span class="hint"> {t('builder.options.codeFixed')}</span>
              </p>
            ) : (
              <TextField
                id={id(j, 'value')}
                label={t('builder.options.code', { position: j + 1 })}
                spellcheck={false}
                value={option.value}
                onValue={(v) => set(options.map((o, k) => (k === j ? { ...o, value: v } : o)))}
              />
            )}
            {question.type === 'multiple' && (
              <CheckboxField
                id={id(j, 'exclusive')}
                label={t('builder.options.exclusive')}
                checked={option.exclusive ?? false}
                onChecked={(on) =>
                  set(
                    options.map((o, k) =>
                      k === j ? (on ? { ...o, exclusive: true } : { value: o.value, label: o.label }) : o,
                    ),
                  )
                }
              />
            )}
            <button
              type="button"
              class="button button--secondary button--small"
              onClick={() => {
                set(options.filter((_, k) => k !== j));
                focusNext.current = `q${index}-add-option`;
              }}
            >
              {t('builder.options.remove', { position: j + 1 })}
            </button>
          </li>
        ))}
      </ol>
      <button
        type="button"
        id={`q${index}-add-option`}
        class="button button--secondary"
        onClick={() => {
          set([
            ...options,
            {
              value: uniqueCode(
                `choice-${options.length + 1}`,
                options.map((o) => o.value),
              ),
              label: { [language]: '' },
            },
          ]);
          focusNext.current = id(options.length, 'label');
        }}
      >
        {t('builder.options.add')}
      </button>
    </fieldset>
  );
}
