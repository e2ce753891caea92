import type { FormDefinition } from '../form.ts';
import { readSurvey } from './read-survey.ts';
import { readChoices, reportUnreadColumns } from './xlsform-choices.ts';
import { languageCode } from './xlsform-languages.ts';
import { type ReportLine, type Sheets, Table, toCode } from './xlsform-sheets.ts';

/** The privacy notice as far as the settings sheet gives it. */
type PrivacyDraft = Partial<FormDefinition['privacy']>;

/**
 * A form as an XLSForm gives it: the questions and default language always, the rest when the settings sheet
 * has it. An ODK or KoboToolbox form has no privacy notice, description or organisation, so the officer adds
 * them before publishing (the publishing checks say what is missing).
 */
export type ImportedForm = Omit<
  FormDefinition,
  'id' | 'version' | 'title' | 'description' | 'organisation' | 'estimatedMinutes' | 'privacy'
> &
  Partial<Pick<FormDefinition, 'id' | 'version' | 'title' | 'description' | 'organisation' | 'estimatedMinutes'>> & {
    privacy?: PrivacyDraft;
  };

export interface XlsFormImport {
  /** Absent when the report has an error: the sheets are malformed and nothing was built. */
  form?: ImportedForm;
  /** Every problem and everything not carried over, in sheet and row order. */
  report: ReportLine[];
}

const SETTINGS = new Set([
  'form_id',
  'form_title',
  'version',
  'default_language',
  // Chorus's own settings (README.md).
  'description',
  'organisation',
  'estimated_minutes',
  'closes_on',
  'privacy_controller',
  'privacy_purpose',
  'privacy_retention',
  'privacy_rights',
  'quote_consent',
]);
const PRIVACY_FIELDS = ['controller', 'purpose', 'retention', 'rights'] as const;
const TEXT_COLUMNS = new Set([
  'label',
  'hint',
  'body',
  'statement',
  'other_label',
  'low_label',
  'high_label',
  'suffix',
]);

/**
 * Reads an XLSForm (https://xlsform.org) given as its sheets' rows of cell text: `survey`, `choices` and
 * `settings`. Pure: the endpoint reads the .xlsx file (server/forms/read-xlsx.ts) and passes the cells here.
 * What maps, and what is reported, is listed in README.md.
 */
export function importXlsForm(sheets: Sheets): XlsFormImport {
  const report: ReportLine[] = [];
  const byName = new Map(Object.entries(sheets).map(([name, rows]) => [name.trim().toLowerCase(), { name, rows }]));
  for (const [lower, { name, rows }] of byName) {
    if (
      !['survey', 'choices', 'settings'].includes(lower) &&
      rows.some((row) => row.some((cell) => String(cell).trim()))
    )
      report.push({
        severity: 'warning',
        sheet: name,
        message: `The sheet "${name}" is not read by Chorus; nothing in it was imported.`,
      });
  }
  const survey = byName.get('survey')?.rows;
  if (!survey) {
    report.push({
      severity: 'error',
      sheet: 'survey',
      message: 'The workbook has no "survey" sheet, which lists the questions. Is this an XLSForm?',
    });
    return { report };
  }
  const settingsRows = byName.get('settings')?.rows;
  const settings = new Table('settings', settingsRows ?? []);
  const values = settings.rows[0]?.cells ?? [];
  const settingsRow = settings.rows[0]?.number ?? 2;
  const line = (column: string, message: string) =>
    report.push({ severity: 'warning', sheet: 'settings', row: settingsRow, column, message });

  const defaultLanguage = chooseDefaultLanguage(
    settings.cell(values, 'default_language'),
    survey,
    byName.get('choices')?.rows,
    line,
  );
  const lists = readChoices(byName.get('choices')?.rows, defaultLanguage, report);
  const questions = readSurvey(survey, defaultLanguage, lists, report);
  for (const [listName, list] of lists ?? []) {
    if (!list.used)
      report.push({
        severity: 'warning',
        sheet: 'choices',
        row: list.row,
        column: 'list_name',
        message: `No question uses the list "${listName}"; it was not imported.`,
      });
  }

  reportUnreadColumns(settings, SETTINGS, (row, column, severity, message) =>
    report.push({ severity, sheet: 'settings', row, column, message }),
  );
  const form: ImportedForm = { defaultLanguage, questions };
  const text = (column: string) => settings.texts(values, column, defaultLanguage);
  const formId = settings.cell(values, 'form_id');
  if (formId) {
    form.id = toCode(formId);
    if (form.id !== formId)
      line('form_id', `The form id "${formId}" is stored as "${form.id}": Chorus ids are lower case with hyphens.`);
  } else line('form_id', 'The settings give no form_id; give the form an id before publishing.');
  const title = text('form_title');
  if (title) form.title = title;
  else line('form_title', 'The settings give no form_title; give the form a title before publishing.');
  const version = settings.cell(values, 'version');
  if (/^\d+$/.test(version) && Number(version) >= 1) form.version = Number(version);
  else if (version)
    line(
      'version',
      `The version "${version}" is not a whole number; Chorus numbers versions 1, 2, 3... Set one before publishing.`,
    );
  else line('version', 'The settings give no version; it is set when the form is published.');
  const description = text('description');
  if (description) form.description = description;
  const organisation = text('organisation');
  if (organisation) form.organisation = organisation;
  const minutes = settings.cell(values, 'estimated_minutes');
  if (/^\d+$/.test(minutes)) form.estimatedMinutes = Number(minutes);
  else if (minutes) line('estimated_minutes', `"${minutes}" is not a whole number of minutes.`);
  const closesOn = settings.cell(values, 'closes_on');
  if (/^\d{4}-\d{2}-\d{2}$/.test(closesOn)) form.closesOn = closesOn;
  else if (closesOn) line('closes_on', `"${closesOn}" is not a date written YYYY-MM-DD; no closing date was set.`);
  const privacy: PrivacyDraft = {};
  for (const field of PRIVACY_FIELDS) {
    const words = text(`privacy_${field}`);
    if (words) privacy[field] = words;
  }
  if (Object.keys(privacy).length > 0) form.privacy = privacy;
  const quoteConsent = settings.cell(values, 'quote_consent');
  if (quoteConsent) form.quoteConsent = quoteConsent;

  const order = (l: ReportLine) => ['settings', 'survey', 'choices'].indexOf(l.sheet);
  const sorted = report
    .map((l, i) => ({ l, i }))
    .sort((a, b) => order(a.l) - order(b.l) || (a.l.row ?? 0) - (b.l.row ?? 0) || a.i - b.i)
    .map(({ l }) => l);
  return sorted.some((l) => l.severity === 'error') ? { report: sorted } : { form, report: sorted };
}

/**
 * The language of columns written without one (`label`): the settings' default_language, else English when
 * such columns exist, else the first language the labels are in.
 */
function chooseDefaultLanguage(
  setting: string,
  survey: string[][],
  choices: string[][] | undefined,
  line: (column: string, message: string) => void,
): string {
  if (setting) {
    const code = languageCode(setting);
    if (code) return code;
    line(
      'default_language',
      `"${setting}" names no language Chorus knows; write it like "English (en)". English is assumed.`,
    );
    return 'en';
  }
  const columns = [
    ...new Table('survey', survey.slice(0, 1)).columns,
    ...new Table('choices', (choices ?? []).slice(0, 1)).columns,
  ];
  const textColumns = columns.filter((c) => TEXT_COLUMNS.has(c.base));
  if (textColumns.length === 0 || textColumns.some((c) => c.language === undefined)) {
    if (textColumns.some((c) => c.language))
      line(
        'default_language',
        'The settings give no default_language; columns without a language (like "label") are read as English (en).',
      );
    return 'en';
  }
  const first = textColumns.find((c) => c.language)?.language as string;
  line(
    'default_language',
    `The settings give no default_language; the first language of the labels, "${first}", is the form's default.`,
  );
  return first;
}
