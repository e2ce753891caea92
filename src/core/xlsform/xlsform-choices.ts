import type { Choice } from '../form.ts';
import { type ReportLine, Table, toCode } from './xlsform-sheets.ts';

const KNOWN = new Set(['list_name', 'name', 'label']);

/** Choices by list name, with the row the list starts on and whether a question used it. */
export type ChoiceLists = Map<string, { choices: Choice[]; row: number; used: boolean }>;

/**
 * The choices sheet as lists of Chorus choices by list name. Names become choice codes ("Very_Good" →
 * "very-good", reported); a choice without a name or label, or a name given twice in one list, is an error.
 */
export function readChoices(
  rows: string[][] | undefined,
  defaultLanguage: string,
  report: ReportLine[],
): ChoiceLists | null {
  const lists: ChoiceLists = new Map();
  if (!rows) return lists;
  const table = new Table('choices', normaliseListName(rows));
  if (table.rows.length === 0) return lists;
  const line = (
    row: number | undefined,
    column: string | undefined,
    severity: ReportLine['severity'],
    message: string,
  ) => report.push({ severity, sheet: 'choices', row, column, message });
  const missing = ['list_name', 'name', 'label'].filter((column) => !table.has(column));
  for (const column of missing) line(1, column, 'error', `The choices sheet has no "${column}" column.`);
  // Without its columns the sheet cannot be read at all: say so once, not once per row and question.
  if (missing.length > 0) return null;
  reportUnreadColumns(table, KNOWN, line);
  for (const { number, cells } of table.rows) {
    const listName = table.cell(cells, 'list_name');
    const name = table.cell(cells, 'name');
    const label = table.texts(cells, 'label', defaultLanguage);
    if (!listName) {
      line(number, 'list_name', 'error', 'This choice has no list_name, so no question can use it.');
      continue;
    }
    if (!name) {
      line(number, 'name', 'error', `A choice in list "${listName}" has no name (the value stored when it is chosen).`);
      continue;
    }
    if (!label) line(number, 'label', 'error', `Choice "${name}" in list "${listName}" has no label.`);
    const value = toCode(name);
    if (value !== name)
      line(
        number,
        'name',
        'warning',
        `Choice "${name}" is stored as "${value}": Chorus codes are lower case with hyphens.`,
      );
    const list = lists.get(listName) ?? { choices: [], row: number, used: false };
    lists.set(listName, list);
    if (list.choices.some((choice) => choice.value === value)) {
      line(
        number,
        'name',
        'error',
        `List "${listName}" has the choice "${value}" twice; each choice needs its own name.`,
      );
      continue;
    }
    list.choices.push({ value, label: label ?? { [defaultLanguage]: name } });
  }
  return lists;
}

/** "list name" (with a space) is the older spelling of the list_name column. */
function normaliseListName(rows: string[][]): string[][] {
  const [header = [], ...rest] = rows;
  return [header.map((cell) => (cell.trim().toLowerCase() === 'list name' ? 'list_name' : cell)), ...rest];
}

/** One line per column the importer does not read, naming the rows that fill it, so nothing goes unnoticed. */
export function reportUnreadColumns(
  table: Table,
  known: Set<string>,
  line: (row: number, column: string, severity: 'warning', message: string) => void,
): void {
  for (const column of table.columns) {
    if (column.header === '') continue;
    if (column.language === null) {
      line(
        1,
        column.header,
        'warning',
        `"${column.header}": the language has no code; write it like "label::Cymraeg (cy)". This column was not read.`,
      );
      continue;
    }
    if (known.has(column.base)) continue;
    const filled = table.rows.filter((row) => (row.cells[column.index] ?? '') !== '').map((row) => row.number);
    if (filled.length === 0) continue;
    line(
      filled[0] as number,
      column.header,
      'warning',
      `Chorus does not read the column "${column.header}"; it is filled on row${filled.length > 1 ? 's' : ''} ${filled.join(', ')} and was not imported.`,
    );
  }
}
