import type { FormDefinition, Question } from '../form.ts';
import type { LocalisedText } from '../text.ts';
import { writeConstraint } from './xlsform-constraint.ts';
import { languageName } from './xlsform-languages.ts';
import { writeRelevant } from './xlsform-relevant.ts';
import type { Sheets } from './xlsform-sheets.ts';

type Row = Record<string, string | LocalisedText | undefined>;

/** Survey columns in the order written; a column is written only when some row fills it. */
const SURVEY_COLUMNS = [
  'type',
  'name',
  'label',
  'hint',
  'required',
  'required_message',
  'constraint',
  'constraint_message',
  'relevant',
  'appearance',
  'parameters',
  'media::image',
  'image_alt',
  'body',
  'statement',
  'other_label',
  'low_label',
  'high_label',
  'suffix',
];
const SETTINGS_COLUMNS = [
  'form_id',
  'form_title',
  'version',
  'default_language',
  'description',
  'organisation',
  'estimated_minutes',
  'closes_on',
  'privacy_controller',
  'privacy_purpose',
  'privacy_retention',
  'privacy_rights',
  'quote_consent',
];

/**
 * A form as an XLSForm's sheets, which import-xlsform.ts reads back to the same definition. Standard
 * XLSForm carries most of it; what XLSForm has no place for goes in Chorus's own columns and types
 * (README.md). Every text column is written once per language, `label::Cymraeg (cy)`, the default first.
 */
export function exportXlsForm(form: FormDefinition): Sheets {
  const survey: Row[] = [];
  const choices: Row[] = [];
  const screens = splitScreens(form.questions);
  const names = new Set(form.questions.map((q) => q.id));
  for (const screen of screens) {
    const group = screen.length > 1 ? freeName(`screen-${screen[0]?.id}`, names) : undefined;
    if (group) survey.push({ type: 'begin group', name: group, appearance: 'field-list' });
    for (const question of screen) {
      survey.push(surveyRow(question));
      if ('options' in question)
        for (const option of question.options)
          choices.push({ list_name: question.id, name: option.value, label: option.label });
    }
    if (group) survey.push({ type: 'end group' });
  }
  const { privacy } = form;
  const settings: Row = {
    form_id: form.id,
    form_title: form.title,
    version: String(form.version),
    default_language: languageName(form.defaultLanguage),
    description: form.description,
    organisation: form.organisation,
    estimated_minutes: String(form.estimatedMinutes),
    closes_on: form.closesOn,
    privacy_controller: privacy.controller,
    privacy_purpose: privacy.purpose,
    privacy_retention: privacy.retention,
    privacy_rights: privacy.rights,
    quote_consent: form.quoteConsent ?? '',
  };
  return {
    survey: toRows(survey, SURVEY_COLUMNS, form.defaultLanguage),
    choices: toRows(choices, ['list_name', 'name', 'label'], form.defaultLanguage),
    settings: toRows([settings], SETTINGS_COLUMNS, form.defaultLanguage),
  };
}

function surveyRow(q: Question): Row {
  const row: Row = {
    name: q.id,
    label: q.label,
    hint: q.hint,
    required: q.required ? 'yes' : undefined,
    required_message: q.errors?.required,
    constraint_message: q.errors?.invalid,
    relevant: q.showIf ? writeRelevant(q.showIf) : undefined,
    constraint: writeConstraint(q) || undefined,
  };
  switch (q.type) {
    case 'info':
      return { ...row, type: 'note', body: q.body, 'media::image': q.image?.src, image_alt: q.image?.alt };
    case 'single':
      return {
        ...row,
        type: `select_one ${q.id}${q.other ? ' or_other' : ''}`,
        other_label: q.other?.label,
        parameters: q.other?.maxLength === undefined ? undefined : `other_max_length=${q.other.maxLength}`,
      };
    case 'multiple':
      return { ...row, type: `select_multiple ${q.id}` };
    case 'text':
      return { ...row, type: 'text' };
    case 'longtext':
      return { ...row, type: 'text', appearance: 'multiline' };
    case 'number':
      return { ...row, type: q.wholeNumber ? 'integer' : 'decimal', suffix: q.suffix };
    case 'date':
      return { ...row, type: 'date' };
    case 'scale':
      return {
        ...row,
        type: 'range',
        parameters: 'start=1 end=5 step=1',
        appearance: q.faces ? 'faces' : undefined,
        low_label: q.lowLabel,
        high_label: q.highLabel,
      };
    case 'ranking':
      return { ...row, type: `rank ${q.id}` };
    case 'points':
      return { ...row, type: `points ${q.id}`, parameters: `total=${q.total}` };
    case 'yesno':
      return { ...row, type: 'yesno' };
    case 'consent':
      return { ...row, type: 'acknowledge', statement: q.statement };
    case 'postcode-district':
      return { ...row, type: 'text', appearance: 'postcode-district' };
  }
}

/** Questions grouped by screen: each run of a question and those with `sameScreenAsPrevious` after it. */
function splitScreens(questions: Question[]): Question[][] {
  const screens: Question[][] = [];
  for (const question of questions) {
    const current = screens.at(-1);
    if (question.sameScreenAsPrevious && current) current.push(question);
    else screens.push([question]);
  }
  return screens;
}

function freeName(wanted: string, taken: Set<string>): string {
  let name = wanted;
  for (let n = 2; taken.has(name); n++) name = `${wanted}-${n}`;
  taken.add(name);
  return name;
}

/** Rows under a header of the columns used: text columns once per language, the default language first. */
function toRows(rows: Row[], columns: string[], defaultLanguage: string): string[][] {
  const header: { column: string; language?: string }[] = [];
  for (const column of columns) {
    const values = rows.map((row) => row[column]).filter((value) => value !== undefined);
    if (values.length === 0) continue;
    if (values.every((value) => typeof value === 'string')) {
      header.push({ column });
      continue;
    }
    const languages = new Set<string>([defaultLanguage]);
    for (const value of values) if (typeof value === 'object') for (const tag of Object.keys(value)) languages.add(tag);
    for (const language of languages) {
      if (values.some((value) => typeof value === 'object' && value[language] !== undefined))
        header.push({ column, language });
    }
  }
  return [
    header.map(({ column, language }) => (language ? `${column}::${languageName(language)}` : column)),
    ...rows.map((row) =>
      header.map(({ column, language }) => {
        const value = row[column];
        if (value === undefined) return '';
        if (typeof value === 'string') return value;
        return language ? (value[language] ?? '') : '';
      }),
    ),
  ];
}
