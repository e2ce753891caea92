import type { FormDefinition, Question } from '../../../core/form.ts';
import type { LocalisedText } from '../../../core/text.ts';
import { t } from '../../../i18n/i18n.ts';
import { TextAreaField, TextField } from '../fields.tsx';
import { CheckboxField, NumberField } from './builder-fields.tsx';
import { ImageField } from './ImageField.tsx';
import { OptionsEditor } from './OptionsEditor.tsx';
import { type Fields, patchQuestion } from './patch-question.ts';
import { optionalText, textIn, withLanguage } from './text-value.ts';

/** The settings a question's type has, beyond those every question has. */
export function TypeFields({
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
          <ImageField value={question.image} defaultLanguage={language} onChange={(image) => patch({ image })} />
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
