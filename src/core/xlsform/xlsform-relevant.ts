import type { Condition } from '../condition.ts';
import type { Question } from '../form.ts';
import { type Expression, expressionText, parseExpression } from './xlsform-expression.ts';
import { toCode } from './xlsform-sheets.ts';

/** What a `${name}` in a relevant expression may stand for, as the import found the survey. */
export type NameTarget =
  | { kind: 'question'; question: Question; index: number }
  | { kind: 'not-imported'; row: number }
  | { kind: 'group' };

export type RelevantResult =
  | { ok: true; condition: Condition }
  /** `broken`: the expression names something the form does not have, or a later question: a malformed form. */
  | { ok: false; broken: boolean; reason: string };

class Unmapped {
  constructor(
    readonly reason: string,
    readonly broken = false,
  ) {}
}

/**
 * Reads an XLSForm `relevant` as a Chorus show-if condition on earlier questions: `${q} = 'x'` and `!=`
 * (`= ''` and `!= ''` test whether it is answered), `selected(${q}, 'x')`, `and`, `or`, `not(...)` and
 * parentheses. `index` is the position of the question it belongs to.
 */
export function readRelevant(
  text: string,
  index: number,
  lookup: (name: string) => NameTarget | undefined,
): RelevantResult {
  const parsed = parseExpression(text);
  if (!parsed.ok) return { ok: false, broken: false, reason: parsed.error };
  try {
    return { ok: true, condition: toCondition(parsed.expression, index, lookup) };
  } catch (problem) {
    if (problem instanceof Unmapped) return { ok: false, broken: problem.broken, reason: problem.reason };
    throw problem;
  }
}

function toCondition(e: Expression, index: number, lookup: (name: string) => NameTarget | undefined): Condition {
  const question = (ref: Expression): Question => {
    if (ref.kind !== 'ref') throw new Unmapped(`Chorus compares a \${name} with a value, not "${expressionText(ref)}"`);
    const target = lookup(ref.name);
    if (!target) throw new Unmapped(`there is no question named "${ref.name}" in the survey`, true);
    if (target.kind === 'group') throw new Unmapped(`"${ref.name}" is a group, not a question`, true);
    if (target.kind === 'not-imported')
      throw new Unmapped(`"${ref.name}" (row ${target.row}) was not imported, so nothing can depend on it`);
    if (target.index === index) throw new Unmapped(`"${ref.name}" is the question itself`, true);
    if (target.index > index)
      throw new Unmapped(`"${ref.name}" comes later in the survey; a condition can only use earlier questions`, true);
    return target.question;
  };
  switch (e.kind) {
    case 'parens':
      return toCondition(e.inner, index, lookup);
    case 'and':
      return { all: e.items.map((item) => toCondition(item, index, lookup)) };
    case 'or':
      return { any: e.items.map((item) => toCondition(item, index, lookup)) };
    case 'call': {
      if (e.name === 'not' && e.args.length === 1) return { not: toCondition(e.args[0] as Expression, index, lookup) };
      if (e.name === 'selected' && e.args.length === 2) {
        const target = question(e.args[0] as Expression);
        const value = literal(e.args[1] as Expression);
        if (target.type === 'multiple') return { includes: { question: target.id, value: toCode(String(value)) } };
        if (target.type === 'single') return { equals: { question: target.id, value: toCode(String(value)) } };
        throw new Unmapped(`selected() works on a select question, and "${target.id}" is ${target.type}`);
      }
      throw new Unmapped(`Chorus conditions have no ${e.name}()`);
    }
    case 'compare': {
      if (e.op !== '=' && e.op !== '!=')
        throw new Unmapped(`Chorus conditions test only = and != ("${expressionText(e)}")`);
      const [ref, value] = e.left.kind === 'ref' ? [e.left, e.right] : [e.right, e.left];
      const target = question(ref);
      const raw = literal(value);
      const test: Condition =
        raw === '' ? { answered: target.id } : { equals: { question: target.id, value: answerValue(target, raw) } };
      // "= ''" means not answered; "!= 'x'" means not x.
      return (e.op === '!=') === (raw === '') ? test : { not: test };
    }
    default:
      throw new Unmapped(`"${expressionText(e)}" is not a condition Chorus can read`);
  }
}

function literal(e: Expression): string | number {
  if (e.kind === 'string' || e.kind === 'number') return e.value;
  throw new Unmapped(`Chorus compares with a fixed value, not "${expressionText(e)}"`);
}

/** The answer value as the question stores it: a choice code, a number, "yes", true for an agreement. */
function answerValue(question: Question, raw: string | number): string | number | boolean {
  switch (question.type) {
    case 'number':
    case 'scale': {
      const n = Number(raw);
      if (raw === '' || Number.isNaN(n)) throw new Unmapped(`"${question.id}" is answered with a number, not "${raw}"`);
      return n;
    }
    case 'single':
      if (question.other && String(raw) === 'other')
        throw new Unmapped(`Chorus cannot test for the "Other" answer of "${question.id}"`);
      return toCode(String(raw));
    case 'multiple':
      throw new Unmapped(`"${question.id}" is select_multiple: use selected(\${${question.id}}, '${raw}')`);
    case 'consent':
      if (raw === 'OK') return true;
      throw new Unmapped(`"${question.id}" is an agreement: test it with = 'OK'`);
    default:
      return String(raw);
  }
}

/** A show-if condition as an XLSForm relevant expression, naming questions by id (export uses ids as names). */
export function writeRelevant(condition: Condition): string {
  if ('equals' in condition) {
    const { question, value } = condition.equals;
    return `\${${question}} = ${value === true ? "'OK'" : typeof value === 'number' ? value : quote(String(value))}`;
  }
  if ('includes' in condition)
    return `selected(\${${condition.includes.question}}, ${quote(condition.includes.value)})`;
  if ('answered' in condition) return `\${${condition.answered}} != ''`;
  if ('not' in condition) return `not(${writeRelevant(condition.not)})`;
  const [items, joiner] = 'all' in condition ? [condition.all, ' and '] : [condition.any, ' or '];
  return items
    .map((item) => ('all' in item || 'any' in item ? `(${writeRelevant(item)})` : writeRelevant(item)))
    .join(joiner);
}

function quote(text: string): string {
  return text.includes("'") ? `"${text}"` : `'${text}'`;
}
