import type { Condition } from '../../../core/condition.ts';
import type { FormDefinition, Question } from '../../../core/form.ts';
import type { LocalisedText } from '../../../core/text.ts';
import { t } from '../../../i18n/i18n.ts';
import { TextField } from '../fields.tsx';
import { CheckboxField } from './builder-fields.tsx';
import { ChangeType } from './ChangeType.tsx';
import { questionIdFromLabel } from './codes.ts';
import { changeForm } from './draft-session.ts';
import { clean, type Fields, patchQuestion } from './patch-question.ts';
import { TypeFields } from './QuestionTypeFields.tsx';
import { ShowIfEditor } from './ShowIfEditor.tsx';
import { optionalText, textIn, withLanguage } from './text-value.ts';

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
      <ChangeType form={form} index={index} published={idFixed} />
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
