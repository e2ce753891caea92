import type { Condition, Question } from '../form.ts';
import { buildQuestion, type QuestionContext, type QuestionRow } from './survey-question.ts';
import { type ChoiceLists, reportUnreadColumns } from './xlsform-choices.ts';
import { type NameTarget, readRelevant } from './xlsform-relevant.ts';
import { type ReportLine, Table, toCode } from './xlsform-sheets.ts';

/** Survey columns the importer reads (others are reported). */
const SURVEY_COLUMNS = new Set([
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
  'image',
  // Chorus's own columns (README.md): XLSForm has no place for these.
  'body',
  'statement',
  'other_label',
  'low_label',
  'high_label',
  'suffix',
  'image_alt',
]);

/** Types that record something about the device or the session rather than ask: Chorus records none of them. */
const METADATA = new Set([
  'start',
  'end',
  'today',
  'deviceid',
  'subscriberid',
  'simserial',
  'phonenumber',
  'username',
  'email',
  'audit',
  'start-geopoint',
  'background-geopoint',
]);
const QUESTION_TYPES = new Set([
  'note',
  'select_one',
  'select_multiple',
  'rank',
  'points',
  'text',
  'integer',
  'decimal',
  'date',
  'range',
  'yesno',
  'acknowledge',
  'trigger',
]);

interface Group {
  kind: 'group' | 'repeat';
  name: string;
  row: number;
  fieldList: boolean;
  relevant: string;
}

/**
 * The survey sheet as Chorus questions, in order. Groups with the `field-list` appearance become one screen
 * (each question after the first has `sameScreenAsPrevious`); other groups and repeats are flattened, said so
 * in the report. `relevant` (a group's applies to every question in it) becomes `showIf` once every question
 * is known, so references can be checked against what comes before.
 */
export function readSurvey(
  rows: string[][],
  defaultLanguage: string,
  lists: ChoiceLists | null,
  report: ReportLine[],
): Question[] {
  const table = new Table('survey', rows);
  const line = (
    row: number | undefined,
    column: string | undefined,
    severity: ReportLine['severity'],
    message: string,
  ) => report.push({ severity, sheet: 'survey', row, column, message });
  for (const column of ['type', 'name', 'label']) {
    if (!table.has(column)) line(1, column, 'error', `The survey sheet has no "${column}" column.`);
  }
  if (report.some((l) => l.severity === 'error' && l.sheet === 'survey')) return [];
  reportUnreadColumns(table, SURVEY_COLUMNS, line);

  const questions: Question[] = [];
  const names = new Map<string, NameTarget & { row: number }>();
  const ids = new Set<string>();
  const ctx: QuestionContext = {
    table,
    defaultLanguage,
    lists,
    line,
    freeId(wanted) {
      let id = wanted;
      for (let n = 2; ids.has(id); n++) id = `${wanted}-${n}`;
      ids.add(id);
      return id;
    },
  };
  const relevants: { index: number; row: number; name: string; own: string; groups: Group[] }[] = [];
  const groups: Group[] = [];
  let screenStarted = false;

  const claimName = (name: string, row: number, target: NameTarget): boolean => {
    const earlier = names.get(name);
    if (earlier) {
      line(row, 'name', 'error', `The name "${name}" is also used on row ${earlier.row}; each row needs its own name.`);
      return false;
    }
    names.set(name, { ...target, row });
    return true;
  };

  for (const { number, cells } of table.rows) {
    const typeCell = table.cell(cells, 'type');
    const name = table.cell(cells, 'name');
    if (!typeCell) {
      line(number, 'type', 'error', `Row ${number} has no type${name ? ` (name "${name}")` : ''}.`);
      continue;
    }
    const type = normaliseType(typeCell);
    const [kind = ''] = type;
    if (kind === 'begin_group' || kind === 'begin_repeat') {
      const group: Group = {
        kind: kind === 'begin_group' ? 'group' : 'repeat',
        name,
        row: number,
        fieldList: table.cell(cells, 'appearance').split(/\s+/).includes('field-list'),
        relevant: table.cell(cells, 'relevant'),
      };
      if (!name) line(number, 'name', 'error', `This ${group.kind} has no name.`);
      else claimName(name, number, { kind: 'group' });
      if (group.kind === 'repeat')
        line(
          number,
          'type',
          'warning',
          `Repeat "${name}": Chorus asks each question once, so the questions in it are asked once.`,
        );
      if (table.texts(cells, 'label', defaultLanguage))
        line(
          number,
          'label',
          'warning',
          `The label of ${group.kind} "${name}" is not shown: Chorus has no headings for groups (a note can give one).`,
        );
      if (group.fieldList && !groups.some((g) => g.fieldList)) screenStarted = false;
      groups.push(group);
      continue;
    }
    if (kind === 'end_group' || kind === 'end_repeat') {
      const open = groups.pop();
      const closes = kind === 'end_group' ? 'group' : 'repeat';
      if (!open) line(number, 'type', 'error', `"${typeCell}" has no "begin ${closes}" before it.`);
      else if (open.kind !== closes)
        line(
          number,
          'type',
          'error',
          `"${typeCell}" closes ${open.kind} "${open.name}" (row ${open.row}), which needs "end ${open.kind}".`,
        );
      continue;
    }
    if (!name) {
      line(number, 'name', 'error', `The ${typeCell} question on row ${number} has no name.`);
      continue;
    }
    if (METADATA.has(kind) || !QUESTION_TYPES.has(kind)) {
      if (claimName(name, number, { kind: 'not-imported', row: number }))
        line(
          number,
          'type',
          'warning',
          METADATA.has(kind)
            ? `"${name}" (${typeCell}) was not imported: Chorus records no device or session details.`
            : `"${name}" was not imported: Chorus has no question of type "${typeCell}".`,
        );
      continue;
    }
    const wanted = /^[a-z]/.test(toCode(name)) ? toCode(name) : `q-${toCode(name)}`;
    const id = ctx.freeId(wanted);
    if (id !== name)
      line(number, 'name', 'warning', `"${name}" is stored as "${id}": Chorus ids are lower case with hyphens.`);
    const row: QuestionRow = { number, cells, type, name, id };
    const built = buildQuestion(row, ctx);
    if (!built) {
      claimName(name, number, { kind: 'not-imported', row: number });
      continue;
    }
    const index = questions.length;
    for (const question of built) {
      if (groups.some((g) => g.fieldList)) {
        if (screenStarted) question.sameScreenAsPrevious = true;
        screenStarted = true;
      }
      questions.push(question);
    }
    claimName(name, number, { kind: 'question', question: built[0] as Question, index });
    relevants.push({ index, row: number, name, own: table.cell(cells, 'relevant'), groups: [...groups] });
    reportPlaceholders(built[0] as Question, number, line);
  }
  for (const open of groups)
    line(
      open.row,
      'type',
      'error',
      `${open.kind === 'group' ? 'Group' : 'Repeat'} "${open.name}" is never closed with "end ${open.kind}".`,
    );

  const lookup = (name: string) => names.get(name);
  const reportedGroups = new Set<number>();
  for (const { index, row, name, own, groups: within } of relevants) {
    const conditions: Condition[] = [];
    const sources = [
      ...within
        .filter((g) => g.relevant)
        .map((g) => ({ text: g.relevant, row: g.row, what: `${g.kind} "${g.name}"`, group: true })),
      ...(own ? [{ text: own, row, what: `"${name}"`, group: false }] : []),
    ];
    for (const source of sources) {
      const read = readRelevant(source.text, index, lookup);
      if (read.ok) {
        conditions.push(read.condition);
        continue;
      }
      if (source.group && reportedGroups.has(source.row)) continue;
      if (source.group) reportedGroups.add(source.row);
      line(
        source.row,
        'relevant',
        read.broken ? 'error' : 'warning',
        read.broken
          ? `The relevant of ${source.what} is broken: ${read.reason}.`
          : `The relevant of ${source.what} ("${source.text}") was not imported: ${read.reason}. ${source.group ? 'Its questions are' : 'It is'} shown to everyone until a condition is added in Chorus.`,
      );
    }
    const question = questions[index] as Question;
    if (conditions.length === 1) question.showIf = conditions[0];
    else if (conditions.length > 1) question.showIf = { all: conditions };
  }
  return questions;
}

/** The type cell as words, older spellings made current: "select one colours" → ["select_one", "colours"]. */
function normaliseType(cell: string): string[] {
  const text = cell
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/^(begin|end)[ _](group|repeat)$/i, (_, a: string, b: string) => `${a.toLowerCase()}_${b.toLowerCase()}`)
    .replace(/^select[ _]one[ _]from[ _]file\b/i, 'select_one_from_file')
    .replace(/^select[ _](multiple|all[ _]that[ _]apply)[ _]from[ _]file\b/i, 'select_multiple_from_file')
    .replace(/^select[ _]one\b/i, 'select_one')
    .replace(/^select[ _](multiple|all[ _]that[ _]apply)\b/i, 'select_multiple');
  const [kind = '', ...rest] = text.split(' ');
  const lower = kind.toLowerCase();
  return [lower === 'int' ? 'integer' : lower, ...rest];
}

/** XLSForm labels can show answers (`${name}`); Chorus shows text as written, so say where that happens. */
function reportPlaceholders(
  question: Question,
  row: number,
  line: (row: number, column: string, severity: 'warning', message: string) => void,
): void {
  for (const [column, text] of [
    ['label', question.label],
    ['hint', question.hint],
  ] as const) {
    if (text && Object.values(text).some((words) => /\$\{[^}]*\}/.test(words)))
      line(
        row,
        column,
        'warning',
        `The ${column} of "${question.id}" shows an answer with \${...}; Chorus shows the text as written.`,
      );
  }
}
