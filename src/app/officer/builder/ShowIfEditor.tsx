import { useEffect, useRef, useState } from 'preact/hooks';
import type { FormDefinition } from '../../../core/form.ts';
import { t } from '../../../i18n/i18n.ts';
import { SelectField, TextField } from '../fields.tsx';
import { CheckboxField } from './builder-fields.tsx';
import { patchQuestion } from './patch-question.ts';
import { questionName } from './QuestionsSection.tsx';
import {
  type ConditionRow,
  type ConditionRows,
  fromRows,
  type RowTest,
  testsFor,
  toRows,
  valueChoices,
} from './show-if-rows.ts';
import { textIn } from './text-value.ts';

/**
 * Show-if, built with pickers only: a question (only those before this one are offered, since a condition
 * can only use answers already given), a test its type supports, and a value from its choices or typed as a
 * number or text. Several rows combine with "all" or "any". Never a typed expression.
 */
export function ShowIfEditor({ form, index }: { form: FormDefinition; index: number }) {
  const question = form.questions[index];
  const language = form.defaultLanguage;
  const [state, setState] = useState<ConditionRows | null>(() => toRows(question?.showIf));
  const focusNext = useRef<string | null>(null);
  useEffect(() => {
    if (focusNext.current) document.getElementById(focusNext.current)?.focus();
    focusNext.current = null;
  });
  if (!question) return null;
  const earlier = form.questions.slice(0, index).filter((q) => testsFor(q).length > 0);
  const id = (r: number, part: string) =>
    r === 0 && part === 'question' ? `q${index}-showIf` : `q${index}-showIf-${r}-${part}`;

  function update(next: ConditionRows) {
    setState(next);
    patchQuestion(index, { showIf: fromRows(next, form.questions.slice(0, index)) });
  }
  const setRow = (r: number, row: ConditionRow) =>
    state && update({ ...state, rows: state.rows.map((old, k) => (k === r ? row : old)) });

  return (
    <fieldset class="builder-fieldset">
      <legend class="field-label">{t('builder.showIf.legend')}</legend>
      {index === 0 || earlier.length === 0 ? (
        <p class="hint">{t('builder.showIf.nothingBefore')}</p>
      ) : (
        <p class="hint">{t('builder.showIf.onlyEarlier')}</p>
      )}
      {state === null && (
        <>
          <p>{t('builder.showIf.writtenElsewhere')}</p>
          <button
            type="button"
            id={`q${index}-showIf`}
            class="button button--secondary"
            onClick={() => update({ combine: 'all', rows: [] })}
          >
            {t('builder.showIf.remove')}
          </button>
        </>
      )}
      {state && state.rows.length > 1 && (
        <SelectField
          id={`q${index}-showIf-combine`}
          label={t('builder.showIf.combine')}
          options={[
            { value: 'all', label: t('builder.showIf.all') },
            { value: 'any', label: t('builder.showIf.any') },
          ]}
          value={state.combine}
          onValue={(v) => update({ ...state, combine: v === 'any' ? 'any' : 'all' })}
        />
      )}
      {state?.rows.map((row, r) => {
        const target = earlier.find((q) => q.id === row.question);
        const tests = target ? testsFor(target) : [];
        const choices = target ? valueChoices(target) : null;
        const choiceLabel = (label: unknown) =>
          typeof label === 'string'
            ? t(`builder.showIf.value_${label}`, { defaultValue: label })
            : textIn(label as Record<string, string>, language);
        return (
          <div class="builder-condition" key={r}>
            <SelectField
              id={id(r, 'question')}
              label={t('builder.showIf.question', { position: r + 1 })}
              options={[
                { value: '', label: t('builder.showIf.chooseQuestion') },
                ...earlier.map((q) => ({ value: q.id, label: questionName(q, language) })),
              ]}
              value={row.question}
              onValue={(v) => {
                const chosen = earlier.find((q) => q.id === v);
                setRow(r, { question: v, test: chosen ? (testsFor(chosen)[1] ?? 'answered') : 'answered', values: [] });
              }}
            />
            {target && (
              <SelectField
                id={id(r, 'test')}
                label={t('builder.showIf.test')}
                options={tests.map((test) => ({ value: test, label: t(`builder.showIf.test_${test}`) }))}
                value={row.test}
                onValue={(v) => setRow(r, { ...row, test: v as RowTest, values: [] })}
              />
            )}
            {target && row.test !== 'answered' && target.type !== 'consent' && choices && row.test !== 'oneOf' && (
              <SelectField
                id={id(r, 'value')}
                label={t('builder.showIf.value')}
                options={[
                  { value: '', label: t('builder.showIf.chooseValue') },
                  ...choices.map((c) => ({ value: c.value, label: choiceLabel(c.label) })),
                ]}
                value={row.values[0] ?? ''}
                onValue={(v) => setRow(r, { ...row, values: [v] })}
              />
            )}
            {target && row.test === 'oneOf' && choices && (
              <fieldset class="builder-fieldset" id={id(r, 'value')} tabIndex={-1}>
                <legend class="field-label">{t('builder.showIf.values')}</legend>
                {choices.map((c) => (
                  <CheckboxField
                    key={c.value}
                    id={`${id(r, 'value')}-${c.value}`}
                    label={choiceLabel(c.label)}
                    checked={row.values.includes(c.value)}
                    onChecked={(on) =>
                      setRow(r, {
                        ...row,
                        values: on ? [...row.values, c.value] : row.values.filter((v) => v !== c.value),
                      })
                    }
                  />
                ))}
              </fieldset>
            )}
            {target && row.test === 'equals' && !choices && (
              <TextField
                id={id(r, 'value')}
                label={t('builder.showIf.typedValue')}
                hint={target.type === 'date' ? t('builder.showIf.dateHint') : undefined}
                value={row.values[0] ?? ''}
                onValue={(v) => setRow(r, { ...row, values: [v] })}
              />
            )}
            <button
              type="button"
              class="button button--secondary button--small"
              onClick={() => {
                update({ ...state, rows: state.rows.filter((_, k) => k !== r) });
                focusNext.current = state.rows.length > 1 ? `q${index}-showIf-add` : `q${index}-showIf`;
              }}
            >
              {t('builder.showIf.removeRow', { position: r + 1 })}
            </button>
          </div>
        );
      })}
      {state && earlier.length > 0 && (
        <button
          type="button"
          id={state.rows.length === 0 ? `q${index}-showIf` : `q${index}-showIf-add`}
          class="button button--secondary"
          onClick={() => {
            update({ ...state, rows: [...state.rows, { question: '', test: 'answered', values: [] }] });
            focusNext.current = id(state.rows.length, 'question');
          }}
        >
          {state.rows.length === 0 ? t('builder.showIf.add') : t('builder.showIf.addAnother')}
        </button>
      )}
    </fieldset>
  );
}
