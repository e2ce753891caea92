import type { Condition } from '../../../core/condition.ts';
import type { FormDefinition, Question } from '../../../core/form.ts';
import type { LocalisedText } from '../../../core/text.ts';
import { t } from '../../../i18n/i18n.ts';
import { TextField } from '../fields.tsx';
import { CheckboxField, NumberField, TextAreaField } from './builder-fields.tsx';
import { questionIdFromLabel } from './codes.ts';
import { changeForm } from './draft-session.ts';
import { OptionsEditor } from './OptionsEditor.tsx';
import { ShowIfEditor } from './ShowIfEditor.tsx';
import { optionalText, textIn, withLanguage } from './text-value.ts';

type Fields = Record<string, unknown>;

/** Sets (or, given undefined, removes) fields of the question at `index`. */
export function patchQuestion(index: number, fields: Fields): void {
  changeForm((form) => ({
    ...form,
    questions: form.questions.map((q, i) => (i === index ? (clean({ ...q, ...fields }) as Question) : q)),
  }));
}

function clean(object: Fields): Fields {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined));
}

/** The question ids in a condition, with `from` renamed `to`. */
function renamed(condition: Condition, from: string, to: string): Condition {
  if ('equals' in condition)
    return condition.equals.question === from ? { equals: { ...condition.equals, question: to } } : condition;
  if ('includes' in condition)
    return condition.includes.question === from ? { includes: { ...condition.includes, question: to } } : condition;
  if ('answered' in condition) return condition.answered === from ? { answered: to } : condition;
  if ('not' in condition) return { not: renamed(condition.not, from, to) };
  if ('all' in condition) return { all: condition.all.map((c) => renamed(c, from, to)) };
  return { any: condition.any.map((c) => renamed(c, from, to)) };
}

/**
 * Everything one question has, by its type: label, hint, required, its error messages, its type's own
 * settings, and its show-if condition. Text here is the default language's; other languages are in the
 * translations section. Fields are `q<index>-<path>`, so a publishing problem can lead to them.
 */
export function QuestionEditor({
  form,
  index,
  previous,
}: {
  form: FormDefinition;
  index: number;
  previous: FormDefinition | undefined;
}) {
  const question = form.questions[index];
  if (!question) return null;
  const language = form.defaultLanguage;
  const id = (path: string) => `q${index}-${path}`;
  const others = form.questions.filter((_, i) => i !== index).map((q) => q.id);
  const idFixed = previous?.questions.some((q) => q.id === question.id) ?? false;
  const patch = (fields: Fields) => patchQuestion(index, fields);
  const text = (key: string, value: string, optional = false) => {
    const current = (question as unknown as Record<string, LocalisedText | undefined>)[key];
    patch({ [key]: optional ? optionalText(current, language, value) : withLanguage(current, language, value) });
  };

  function renameQuestion(to: string) {
    const from = question?.id ?? '';
    changeForm((f) => ({
      ...f,
      questions: f.questions.map((q, i) => {
        if (i === index) return { ...q, id: to };
        return q.showIf ? { ...q, showIf: renamed(q.showIf, from, to) } : q;
      }),
    }));
  }

  function setLabel(value: string) {
    // The code follows the label until the officer writes their own (or the code was published).
    const followed =
      !idFixed &&
      (/^question(-\d+)?$/.test(question?.id ?? '') ||
        question?.id === questionIdFromLabel(textIn(question?.label, language), others));
    text('label', value);
    if (followed) renameQuestion(questionIdFromLabel(value, others));
  }

  return (
    <div class="builder-editor">
      {question.type === 'info' ? (
        <TextField
          id={id('label')}
          label={t('builder.question.heading')}
          value={textIn(question.label, language)}
          onValue={setLabel}
        />
      ) : (
        <TextField
          id={id('label')}
          label={t('builder.question.label')}
          value={textIn(question.label, language)}
          onValue={setLabel}
        />
      )}
      {idFixed ? (
        <p>
          {t('builder.question.code')}: <code>{question.id}</code>
          <span class="hint"> {t('builder.question.codeFixed')}</span>
        </p>
      ) : (
        <TextField
          id={id('id')}
          label={t('builder.question.code')}
          hint={t('builder.question.codeHint')}
          spellcheck={false}
          value={question.id}
          onValue={renameQuestion}
        />
      )}
      <TextField
        id={id('hint')}
        label={t('builder.question.hint')}
        value={textIn(question.hint, language)}
        onValue={(v) => text('hint', v, true)}
      />
      {question.type !== 'info' && (
        <CheckboxField
          id={id('required')}
          label={t('builder.question.required')}
          checked={question.required}
          onChecked={(required) => patch({ required })}
        />
      )}
      {index > 0 && (
        <CheckboxField
          id={id('sameScreenAsPrevious')}
          label={t('builder.question.sameScreen')}
          hint={t('builder.question.sameScreenHint')}
          checked={question.sameScreenAsPrevious ?? false}
          onChecked={(same) => patch({ sameScreenAsPrevious: same || undefined })}
        />
      )}
      <TypeFields question={question} index={index} language={language} previous={previous} />
      {question.type !== 'info' && (
        <fieldset class="builder-fieldset">
          <legend class="field-label">{t('builder.question.errorsLegend')}</legend>
          <TextField
            id={id('errors-required')}
            label={t('builder.question.errorRequired')}
            hint={t('builder.question.errorRequiredHint')}
            value={textIn(question.errors?.required, language)}
            onValue={(v) =>
              patch({ errors: errorsWith(question, 'required', optionalText(question.errors?.required, language, v)) })
            }
          />
          <TextField
            id={id('errors-invalid')}
            label={t('builder.question.errorInvalid')}
            hint={t('builder.question.errorInvalidHint')}
            value={textIn(question.errors?.invalid, language)}
            onValue={(v) =>
              patch({ errors: errorsWith(question, 'invalid', optionalText(question.errors?.invalid, language, v)) })
            }
          />
        </fieldset>
      )}
      <ShowIfEditor form={form} index={index} />
    </div>
  );
}

function errorsWith(question: Question, key: 'required' | 'invalid', text: LocalisedText | undefined) {
  const errors = clean({ ...question.errors, [key]: text });
  return Object.keys(errors).length > 0 ? errors : undefined;
}

/** The settings a question's type has, beyond those every question has. */
function TypeFields({
  question,
  index,
  language,
  previous,
}: {
  question: Question;
  index: number;
  language: string;
  previous: FormDefinition | undefined;
}) {
  const id = (path: string) => `q${index}-${path}`;
  const patch = (fields: Fields) => patchQuestion(index, fields);
  const localised = (key: string, value: string) =>
    patch({ [key]: withLanguage((question as unknown as Record<string, LocalisedText>)[key], language, value) });
  const options = 'options' in question && (
    <OptionsEditor question={question} index={index} language={language} previous={previous} />
  );
  switch (question.type) {
    case 'info':
      return (
        <>
          <TextAreaField
            id={id('body')}
            label={t('builder.question.body')}
            value={textIn(question.body, language)}
            onValue={(v) => localised('body', v)}
          />
          {/* ImageField is wired here: <ImageField value={question.image} onChange={(image) => patch({ image })} />.
              Until then the builder offers nothing for pictures (an imported picture is kept as it is). */}
        </>
      );
    case 'single':
      return (
        <>
          {options}
          <CheckboxField
            id={id('other')}
            label={t('builder.question.other')}
            checked={question.other !== undefined}
            onChecked={(on) =>
              patch({ other: on ? { label: { [language]: t('builder.question.otherDefault') } } : undefined })
            }
          />
          {question.other && (
            <TextField
              id={id('other-label')}
              label={t('builder.question.otherLabel')}
              value={textIn(question.other.label, language)}
              onValue={(v) =>
                patch({ other: { ...question.other, label: withLanguage(question.other?.label, language, v) } })
              }
            />
          )}
        </>
      );
    case 'multiple':
      return (
        <>
          {options}
          <NumberField
            id={id('minChoices')}
            whole
            label={t('builder.question.minChoices')}
            value={question.minChoices}
            onValue={(v) => patch({ minChoices: v })}
          />
          <NumberField
            id={id('maxChoices')}
            whole
            label={t('builder.question.maxChoices')}
            value={question.maxChoices}
            onValue={(v) => patch({ maxChoices: v })}
          />
        </>
      );
    case 'ranking':
      return options;
    case 'points':
      return (
        <>
          {options}
          <NumberField
            id={id('total')}
            whole
            label={t('builder.question.total')}
            value={question.total}
            onValue={(v) => patch({ total: v ?? 0 })}
          />
        </>
      );
    case 'text':
    case 'longtext':
      return (
        <NumberField
          id={id('maxLength')}
          whole
          label={t('builder.question.maxLength')}
          value={question.maxLength}
          onValue={(v) => patch({ maxLength: v ?? 0 })}
        />
      );
    case 'number':
      return (
        <>
          <NumberField
            id={id('min')}
            label={t('builder.question.min')}
            value={question.min}
            onValue={(v) => patch({ min: v })}
          />
          <NumberField
            id={id('max')}
            label={t('builder.question.max')}
            value={question.max}
            onValue={(v) => patch({ max: v })}
          />
          <CheckboxField
            id={id('wholeNumber')}
            label={t('builder.question.wholeNumber')}
            checked={question.wholeNumber ?? false}
            onChecked={(on) => patch({ wholeNumber: on || undefined })}
          />
          <TextField
            id={id('suffix')}
            label={t('builder.question.suffix')}
            hint={t('builder.question.suffixHint')}
            value={textIn(question.suffix, language)}
            onValue={(v) => patch({ suffix: optionalText(question.suffix, language, v) })}
          />
        </>
      );
    case 'date':
      return (
        <>
          <TextField
            id={id('min')}
            type="date"
            label={t('builder.question.earliest')}
            value={question.min ?? ''}
            onValue={(v) => patch({ min: v || undefined })}
          />
          <TextField
            id={id('max')}
            type="date"
            label={t('builder.question.latest')}
            value={question.max ?? ''}
            onValue={(v) => patch({ max: v || undefined })}
          />
        </>
      );
    case 'scale':
      return (
        <>
          <TextField
            id={id('lowLabel')}
            label={t('builder.question.lowLabel')}
            value={textIn(question.lowLabel, language)}
            onValue={(v) => localised('lowLabel', v)}
          />
          <TextField
            id={id('highLabel')}
            label={t('builder.question.highLabel')}
            value={textIn(question.highLabel, language)}
            onValue={(v) => localised('highLabel', v)}
          />
          <CheckboxField
            id={id('faces')}
            label={t('builder.question.faces')}
            checked={question.faces ?? false}
            onChecked={(on) => patch({ faces: on || undefined })}
          />
        </>
      );
    case 'consent':
      return (
        <TextAreaField
          id={id('statement')}
          label={t('builder.question.statement')}
          hint={t('builder.question.statementHint')}
          value={textIn(question.statement, language)}
          onValue={(v) => localised('statement', v)}
        />
      );
    default:
      return null;
  }
}
