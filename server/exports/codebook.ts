import type { FormDefinition, Question } from '../../src/core/form.ts';
import { SCALE_MAX, SCALE_MIN } from '../../src/core/form.ts';
import type { LocalisedText } from '../../src/core/text.ts';
import { localise } from '../../src/core/text.ts';
import { CHANNEL_CODEBOOK_ROWS } from '../channels/channel-codebook.ts';
import { conditionText } from './condition-text.ts';
import type { ExportedQuestion } from './response-cells.ts';

export const CODEBOOK_COLUMNS = [
  'Question id',
  'Question',
  'Type',
  'Required',
  'Options (code = label)',
  'Shown if',
  'Answer in the cell',
  'Asked in versions',
] as const;

/**
 * One row per question column of the export: its text in the form's default language, its type, whether
 * it is required, its choices as "code = label" lines, its show-if logic in words, how its answer is
 * written in a cell, and the versions that ask it. Where versions differ, the newest definition is used.
 * After the questions, the columns Chorus records itself that need explaining (issue 8).
 */
export function codebookRows(versions: FormDefinition[], questions: ExportedQuestion[]): string[][] {
  const newest = versions.reduce((a, b) => (b.version > a.version ? b : a));
  const text = (t: LocalisedText) => localise(t, newest.defaultLanguage, newest.defaultLanguage).text;
  const questionRows = questions.map(({ question, versions: asked }) => [
    question.id,
    text(question.label),
    question.type,
    question.required ? 'yes' : 'no',
    optionLines(question, text).join('\n'),
    question.showIf ? conditionText(question.showIf) : '',
    answerInCell(question, text),
    asked.join(', '),
  ]);
  return [...questionRows, ...CHANNEL_CODEBOOK_ROWS];
}

function optionLines(question: Question, text: (t: LocalisedText) => string): string[] {
  switch (question.type) {
    case 'single':
    case 'multiple':
    case 'ranking':
    case 'points': {
      const lines = question.options.map(
        (o) => `${o.value} = ${text(o.label)}${o.exclusive ? ' (clears the other choices)' : ''}`,
      );
      if (question.type === 'single' && question.other) lines.push(`other: … = ${text(question.other.label)}`);
      return lines;
    }
    case 'scale':
      return [`${SCALE_MIN} = ${text(question.lowLabel)}`, `${SCALE_MAX} = ${text(question.highLabel)}`];
    case 'yesno':
      return ['yes = Yes', 'no = No'];
    case 'consent':
      return [`yes = ${text(question.statement)}`];
    default:
      return [];
  }
}

function answerInCell(question: Question, text: (t: LocalisedText) => string): string {
  switch (question.type) {
    case 'single':
      return question.other ? 'the chosen code, or "other: " and their words' : 'the chosen code';
    case 'multiple':
      return 'the chosen codes, joined by "; "';
    case 'ranking':
      return 'every code, most important first, joined by "; "';
    case 'points':
      return `code=points for each choice given points, joined by "; " (they add up to ${question.total})`;
    case 'number':
      return `a number${range(question.min, question.max)}${question.wholeNumber ? ', whole' : ''}${question.suffix ? ` (${text(question.suffix)})` : ''}`;
    case 'scale':
      return `a number from ${SCALE_MIN} to ${SCALE_MAX}`;
    case 'date':
      return 'a date, YYYY-MM-DD';
    case 'yesno':
      return 'yes or no';
    case 'consent':
      return 'yes when given (it is never refused; empty when not given)';
    case 'postcode-district':
      return 'a postcode district, such as RG14';
    default:
      return 'their words, as written';
  }
}

function range(min: number | undefined, max: number | undefined): string {
  if (min !== undefined && max !== undefined) return ` from ${min} to ${max}`;
  if (min !== undefined) return ` of at least ${min}`;
  if (max !== undefined) return ` of at most ${max}`;
  return '';
}
