import type { Question } from '../form.ts';
import { type CompareOp, type Expression, expressionText, parseExpression } from './xlsform-expression.ts';

/** What a constraint can set on a Chorus question; each field is set only by a clause that maps to it. */
export interface ConstraintLimits {
  min?: number | string;
  max?: number | string;
  maxLength?: number;
  minChoices?: number;
  maxChoices?: number;
  /** The value of a "None of these" choice, from `not(selected(., 'none') and count-selected(.) > 1)`. */
  exclusive?: string;
}

export type ConstraintKind = 'number' | 'integer' | 'date' | 'text' | 'multiple' | 'other';

/**
 * Reads an XLSForm `constraint` as the limits a Chorus question has: `. >= 0 and . <= 120` (numbers and
 * dates), `string-length(.) <= 40` (text), `count-selected(.) >= 1 and count-selected(.) <= 3` and the
 * exclusive-choice idiom (select_multiple). Clauses joined by `and` are read one by one; each that does not
 * map comes back in `unread` with the reason, and the others still apply.
 */
export function readConstraint(
  text: string,
  kind: ConstraintKind,
): { limits: ConstraintLimits; unread: string[]; error?: string } {
  const parsed = parseExpression(text);
  if (!parsed.ok) return { limits: {}, unread: [], error: parsed.error };
  const limits: ConstraintLimits = {};
  const unread: string[] = [];
  for (const clause of clauses(parsed.expression)) {
    const why = readClause(clause, kind, limits);
    if (why) unread.push(`"${expressionText(clause)}" (${why})`);
  }
  return { limits, unread };
}

function clauses(e: Expression): Expression[] {
  if (e.kind === 'parens') return clauses(e.inner);
  if (e.kind === 'and') return e.items.flatMap(clauses);
  return [e];
}

const FLIP: Record<CompareOp, CompareOp> = { '=': '=', '!=': '!=', '<': '>', '<=': '>=', '>': '<', '>=': '<=' };

/** Sets what the clause says and returns null, or returns why it cannot. */
function readClause(clause: Expression, kind: ConstraintKind, limits: ConstraintLimits): string | null {
  const exclusive = exclusiveChoice(clause);
  if (exclusive !== undefined) {
    if (kind !== 'multiple') return 'only a select_multiple has a "None of these" choice';
    limits.exclusive = exclusive;
    return null;
  }
  if (clause.kind !== 'compare') return 'Chorus reads only comparisons joined by "and" here';
  // Put the question's side on the left: "0 <= ." is ". >= 0".
  const [subject, op, value] = isLiteral(clause.left)
    ? [clause.right, FLIP[clause.op], clause.left]
    : [clause.left, clause.op, clause.right];
  if (subject.kind === 'self') return selfLimit(op, value, kind, limits);
  if (subject.kind === 'call' && subject.args.length === 1 && subject.args[0]?.kind === 'self') {
    if (subject.name === 'string-length' && kind === 'text') return countLimit(op, value, limits, 'maxLength');
    if (subject.name === 'count-selected' && kind === 'multiple') return countLimit(op, value, limits, 'choices');
  }
  return `Chorus has no limit like this on a ${kind === 'other' ? 'question of this type' : `${kind} question`}`;
}

function selfLimit(op: CompareOp, value: Expression, kind: ConstraintKind, limits: ConstraintLimits): string | null {
  if (kind === 'number' || kind === 'integer') {
    if (value.kind !== 'number') return 'a number is compared only with a number';
    const step = kind === 'integer' ? 1 : undefined;
    return setRange(op, value.value, step, limits);
  }
  if (kind === 'date') {
    const date =
      value.kind === 'string'
        ? value.value
        : value.kind === 'call' && value.name === 'date' && value.args[0]?.kind === 'string'
          ? value.args[0].value
          : undefined;
    if (date === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(date))
      return "Chorus limits dates only to fixed dates like date('2020-01-31')";
    if (op === '>=' || op === '=') limits.min = date;
    if (op === '<=' || op === '=') limits.max = date;
    return op === '>=' || op === '<=' || op === '=' ? null : 'use >= or <= with dates';
  }
  return `Chorus has no limit on the value of a ${kind === 'other' ? 'question of this type' : `${kind} question`}`;
}

/** Whole-number limits; `step` 1 turns "< 5" into "at most 4", which only whole numbers allow. */
function setRange(op: CompareOp, n: number, step: number | undefined, limits: ConstraintLimits): string | null {
  if (op === '!=') return 'Chorus cannot leave out one value';
  if ((op === '<' || op === '>') && step === undefined) return 'Chorus limits decimals only with <= and >=';
  const delta = step ?? 0;
  if (op === '>=' || op === '=') limits.min = n;
  if (op === '>') limits.min = n + delta;
  if (op === '<=' || op === '=') limits.max = n;
  if (op === '<') limits.max = n - delta;
  return null;
}

function countLimit(
  op: CompareOp,
  value: Expression,
  limits: ConstraintLimits,
  what: 'maxLength' | 'choices',
): string | null {
  if (value.kind !== 'number' || !Number.isInteger(value.value)) return 'compare with a whole number';
  const range: ConstraintLimits = {};
  const why = setRange(op, value.value, 1, range);
  if (why) return why;
  if (what === 'maxLength') {
    if (range.min !== undefined) return 'Chorus has no shortest length for text';
    limits.maxLength = range.max as number;
    return null;
  }
  if (range.min !== undefined) limits.minChoices = range.min as number;
  if (range.max !== undefined) limits.maxChoices = range.max as number;
  return null;
}

function isLiteral(e: Expression): boolean {
  return e.kind === 'number' || e.kind === 'string' || (e.kind === 'call' && e.name === 'date');
}

/** `not(selected(., 'none') and count-selected(.) > 1)`: the value that cannot be chosen with others. */
function exclusiveChoice(e: Expression): string | undefined {
  if (e.kind !== 'call' || e.name !== 'not' || e.args.length !== 1) return undefined;
  let inner = e.args[0] as Expression;
  while (inner.kind === 'parens') inner = inner.inner;
  if (inner.kind !== 'and' || inner.items.length !== 2) return undefined;
  const [selected, count] = inner.items as [Expression, Expression];
  const isSelected =
    selected.kind === 'call' &&
    selected.name === 'selected' &&
    selected.args[0]?.kind === 'self' &&
    selected.args[1]?.kind === 'string';
  const isMoreThanOne =
    count.kind === 'compare' &&
    count.op === '>' &&
    count.left.kind === 'call' &&
    count.left.name === 'count-selected' &&
    count.right.kind === 'number' &&
    count.right.value === 1;
  return isSelected && isMoreThanOne ? (selected.args[1] as { value: string }).value : undefined;
}

/** The XLSForm constraint that carries a question's limits, or '' when it has none. */
export function writeConstraint(question: Question): string {
  const parts: string[] = [];
  switch (question.type) {
    case 'text':
    case 'longtext':
      parts.push(`string-length(.) <= ${question.maxLength}`);
      break;
    case 'number':
      if (question.min !== undefined) parts.push(`. >= ${question.min}`);
      if (question.max !== undefined) parts.push(`. <= ${question.max}`);
      break;
    case 'date':
      if (question.min !== undefined) parts.push(`. >= date('${question.min}')`);
      if (question.max !== undefined) parts.push(`. <= date('${question.max}')`);
      break;
    case 'multiple': {
      if (question.minChoices !== undefined) parts.push(`count-selected(.) >= ${question.minChoices}`);
      if (question.maxChoices !== undefined) parts.push(`count-selected(.) <= ${question.maxChoices}`);
      const none = question.options.find((option) => option.exclusive);
      if (none) parts.push(`not(selected(., '${none.value}') and count-selected(.) > 1)`);
      break;
    }
  }
  return parts.join(' and ');
}
