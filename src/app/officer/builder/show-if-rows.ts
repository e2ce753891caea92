import type { Condition } from '../../../core/condition.ts';
import { type Question, SCALE_MAX, SCALE_MIN } from '../../../core/form.ts';

/** What a row of the show-if pickers tests. "oneOf" is "is one of" on a single-choice question. */
export type RowTest = 'answered' | 'equals' | 'oneOf' | 'includes';

/** One row of the pickers: question → test → value (values for "oneOf"). */
export interface ConditionRow {
  question: string;
  test: RowTest;
  values: string[];
}

export interface ConditionRows {
  combine: 'all' | 'any';
  rows: ConditionRow[];
}

/** The tests a question's type supports (see condition-checks.ts for what can hold). */
export function testsFor(question: Question): RowTest[] {
  switch (question.type) {
    case 'info':
      return [];
    case 'single':
      return ['answered', 'equals', 'oneOf'];
    case 'multiple':
      return ['answered', 'includes'];
    case 'ranking':
    case 'points':
      return ['answered'];
    default:
      return ['answered', 'equals'];
  }
}

/** The values a picker offers for a question, or null when the value is typed (numbers, text, dates). */
export function valueChoices(question: Question): { value: string; label: Question['label'] | string }[] | null {
  if ('options' in question) return question.options.map((o) => ({ value: o.value, label: o.label }));
  if (question.type === 'yesno')
    return [
      { value: 'yes', label: 'yes' },
      { value: 'no', label: 'no' },
    ];
  if (question.type === 'consent') return [{ value: 'true', label: 'agreed' }];
  if (question.type === 'scale') {
    const points = [];
    for (let n = SCALE_MIN; n <= SCALE_MAX; n++) points.push({ value: String(n), label: String(n) });
    return points;
  }
  return null;
}

/** The rows a condition is made of, or null when it was written some other way (with "not", nested groups). */
export function toRows(condition: Condition | undefined): ConditionRows | null {
  if (!condition) return { combine: 'all', rows: [] };
  const row = toRow(condition);
  if (row) return { combine: 'all', rows: [row] };
  if (!('all' in condition) && !('any' in condition)) return null;
  const combine = 'all' in condition ? 'all' : 'any';
  const rows = ('all' in condition ? condition.all : condition.any).map(toRow);
  return rows.every((r): r is ConditionRow => r !== null) ? { combine, rows } : null;
}

function toRow(condition: Condition): ConditionRow | null {
  if ('equals' in condition)
    return { question: condition.equals.question, test: 'equals', values: [String(condition.equals.value)] };
  if ('includes' in condition)
    return { question: condition.includes.question, test: 'includes', values: [condition.includes.value] };
  if ('answered' in condition) return { question: condition.answered, test: 'answered', values: [] };
  if ('any' in condition) {
    const leaves = condition.any;
    const first = leaves[0];
    if (
      first &&
      leaves.every(
        (c) =>
          'equals' in c &&
          c.equals.question === ('equals' in first ? first.equals.question : '') &&
          typeof c.equals.value === 'string',
      )
    )
      return {
        question: 'equals' in first ? first.equals.question : '',
        test: 'oneOf',
        values: leaves.map((c) => ('equals' in c ? String(c.equals.value) : '')),
      };
  }
  return null;
}

/**
 * The condition the rows say, with each value in the type its question is answered with (numbers for a
 * number or scale, true for consent); rows not yet complete are left out. Undefined when none is complete.
 */
export function fromRows({ combine, rows }: ConditionRows, questions: Question[]): Condition | undefined {
  const leaves = rows.flatMap((row): Condition[] => {
    const question = questions.find((q) => q.id === row.question);
    if (!question) return [];
    const values = row.values.filter((v) => v.trim() !== '');
    if (row.test === 'answered') return [{ answered: row.question }];
    if (values.length === 0) return [];
    if (row.test === 'includes') return [{ includes: { question: row.question, value: values[0] as string } }];
    const equals = values.map((v) => ({ equals: { question: row.question, value: typed(question, v) } }));
    if (row.test === 'oneOf' && equals.length > 1) return [{ any: equals }];
    return equals.slice(0, 1);
  });
  if (leaves.length === 0) return undefined;
  if (leaves.length === 1) return leaves[0];
  return combine === 'all' ? { all: leaves } : { any: leaves };
}

function typed(question: Question, value: string): string | number | boolean {
  if (question.type === 'consent') return true;
  if (question.type === 'number' || question.type === 'scale') {
    const number = Number(value);
    return Number.isNaN(number) ? value : number;
  }
  return value;
}
