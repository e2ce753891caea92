import { expect, test } from 'vitest';
import { importXlsForm } from './import-xlsform.ts';
import type { ReportLine, Sheets } from './xlsform-sheets.ts';

const SETTINGS = [
  ['form_id', 'default_language', 'form_title', 'version'],
  ['f', 'en', 'F', '1'],
];
const CHOICES = [
  ['list_name', 'name', 'label'],
  ['yn', 'yes', 'Yes'],
  ['yn', 'no', 'No'],
];

/** The errors of importing these sheets; a malformed workbook gives no form. */
function errorsOf(sheets: Sheets): Omit<ReportLine, 'severity'>[] {
  const { form, report } = importXlsForm({ settings: SETTINGS, ...sheets });
  expect(form).toBeUndefined();
  return report.filter((line) => line.severity === 'error').map(({ severity, ...line }) => line);
}

test('no survey sheet', () => {
  expect(errorsOf({ Sheet1: [['type', 'name', 'label']] })).toEqual([
    { sheet: 'survey', message: 'The workbook has no "survey" sheet, which lists the questions. Is this an XLSForm?' },
  ]);
});

test('the survey sheet lacks its type, name or label column', () => {
  expect(errorsOf({ survey: [['Type'], ['text']] })).toEqual([
    { sheet: 'survey', row: 1, column: 'name', message: 'The survey sheet has no "name" column.' },
    { sheet: 'survey', row: 1, column: 'label', message: 'The survey sheet has no "label" column.' },
  ]);
  expect(
    errorsOf({
      survey: [
        ['name', 'label::English (en)'],
        ['a', 'A?'],
      ],
    }),
  ).toEqual([{ sheet: 'survey', row: 1, column: 'type', message: 'The survey sheet has no "type" column.' }]);
});

test('the choices sheet lacks a column, a choice its name or label, or a list has a name twice', () => {
  expect(
    errorsOf({
      survey: [
        ['type', 'name', 'label'],
        ['select_one yn', 'a', 'A?'],
      ],
      choices: [
        ['list_name', 'value', 'label'],
        ['yn', 'yes', 'Yes'],
      ],
    }),
  ).toEqual([{ sheet: 'choices', row: 1, column: 'name', message: 'The choices sheet has no "name" column.' }]);
  expect(
    errorsOf({
      survey: [
        ['type', 'name', 'label'],
        ['select_one yn', 'a', 'A?'],
      ],
      choices: [...CHOICES, ['yn', 'yes', 'Yes again'], ['yn', 'maybe', ''], ['', 'x', 'X'], ['yn', '', 'Y']],
    }),
  ).toEqual([
    {
      sheet: 'choices',
      row: 4,
      column: 'name',
      message: 'List "yn" has the choice "yes" twice; each choice needs its own name.',
    },
    { sheet: 'choices', row: 5, column: 'label', message: 'Choice "maybe" in list "yn" has no label.' },
    {
      sheet: 'choices',
      row: 6,
      column: 'list_name',
      message: 'This choice has no list_name, so no question can use it.',
    },
    {
      sheet: 'choices',
      row: 7,
      column: 'name',
      message: 'A choice in list "yn" has no name (the value stored when it is chosen).',
    },
  ]);
});

test('a select without its list, or without a list name', () => {
  expect(
    errorsOf({
      survey: [
        ['type', 'name', 'label'],
        ['select_one colours', 'a', 'A?'],
        ['select_multiple', 'b', 'B?'],
        ['rank sizes', 'c', 'C?'],
      ],
      choices: CHOICES,
    }),
  ).toEqual([
    {
      sheet: 'survey',
      row: 2,
      column: 'type',
      message: 'Question "a" uses the list "colours", which the choices sheet does not have.',
    },
    {
      sheet: 'survey',
      row: 3,
      column: 'type',
      message: '"select_multiple" needs the name of its list of choices, like "select_one colours".',
    },
    {
      sheet: 'survey',
      row: 4,
      column: 'type',
      message: 'Question "c" uses the list "sizes", which the choices sheet does not have.',
    },
  ]);
});

test('duplicate names, rows without a type, name or label, and a points question without its total', () => {
  expect(
    errorsOf({
      survey: [
        ['type', 'name', 'label', 'parameters'],
        ['text', 'a', 'A?', ''],
        ['integer', 'a', 'A again?', ''],
        ['', 'b', 'B?', ''],
        ['text', '', 'C?', ''],
        ['text', 'd', '', ''],
        ['points yn', 'e', 'E?', ''],
      ],
      choices: CHOICES,
    }),
  ).toEqual([
    {
      sheet: 'survey',
      row: 3,
      column: 'name',
      message: 'The name "a" is also used on row 2; each row needs its own name.',
    },
    { sheet: 'survey', row: 4, column: 'type', message: 'Row 4 has no type (name "b").' },
    { sheet: 'survey', row: 5, column: 'name', message: 'The text question on row 5 has no name.' },
    { sheet: 'survey', row: 6, column: 'label', message: 'Question "d" has no label.' },
    { sheet: 'survey', row: 7, column: 'parameters', message: 'Points question "e" needs its total, like "total=10".' },
  ]);
});

test('groups that are not closed, closed twice, or closed as the wrong kind', () => {
  expect(
    errorsOf({
      survey: [
        ['type', 'name', 'label'],
        ['begin group', 'g', ''],
        ['text', 'a', 'A?'],
        ['end repeat', '', ''],
        ['end group', '', ''],
        ['begin group', 'open', ''],
        ['begin group', '', ''],
      ],
    }),
  ).toEqual([
    {
      sheet: 'survey',
      row: 4,
      column: 'type',
      message: '"end repeat" closes group "g" (row 2), which needs "end group".',
    },
    { sheet: 'survey', row: 5, column: 'type', message: '"end group" has no "begin group" before it.' },
    { sheet: 'survey', row: 6, column: 'type', message: 'Group "open" is never closed with "end group".' },
    { sheet: 'survey', row: 7, column: 'name', message: 'This group has no name.' },
    { sheet: 'survey', row: 7, column: 'type', message: 'Group "" is never closed with "end group".' },
  ]);
});

test('broken references: an unknown name, a later question, the question itself, a group', () => {
  expect(
    errorsOf({
      survey: [
        ['type', 'name', 'label', 'relevant'],
        ['text', 'a', 'A?', "${nothing} = 'x'"],
        ['text', 'b', 'B?', "${c} = 'x'"],
        ['text', 'c', 'C?', "${c} != ''"],
        ['begin group', 'g', '', ''],
        ['text', 'd', 'D?', "${g} = 'x'"],
        ['end group', '', '', ''],
      ],
    }),
  ).toEqual([
    {
      sheet: 'survey',
      row: 2,
      column: 'relevant',
      message: 'The relevant of "a" is broken: there is no question named "nothing" in the survey.',
    },
    {
      sheet: 'survey',
      row: 3,
      column: 'relevant',
      message:
        'The relevant of "b" is broken: "c" comes later in the survey; a condition can only use earlier questions.',
    },
    {
      sheet: 'survey',
      row: 4,
      column: 'relevant',
      message: 'The relevant of "c" is broken: "c" is the question itself.',
    },
    {
      sheet: 'survey',
      row: 6,
      column: 'relevant',
      message: 'The relevant of "d" is broken: "g" is a group, not a question.',
    },
  ]);
});
