import type { Condition } from '../../src/core/condition.ts';

/**
 * Show-if logic as a line an officer can read, naming questions by id as the columns do:
 * `contact equals "yes"`, `pets includes "cat" and not (name is answered)`.
 */
export function conditionText(condition: Condition): string {
  if ('equals' in condition) return `${condition.equals.question} equals ${literal(condition.equals.value)}`;
  if ('includes' in condition) return `${condition.includes.question} includes ${literal(condition.includes.value)}`;
  if ('answered' in condition) return `${condition.answered} is answered`;
  if ('not' in condition) return `not (${conditionText(condition.not)})`;
  if ('all' in condition) return condition.all.map(operand).join(' and ');
  return condition.any.map(operand).join(' or ');
}

/** Joined conditions are bracketed inside another join, so "and" and "or" never mix unbracketed. */
function operand(condition: Condition): string {
  const text = conditionText(condition);
  const joined = ('all' in condition && condition.all.length > 1) || ('any' in condition && condition.any.length > 1);
  return joined ? `(${text})` : text;
}

function literal(value: string | number | boolean): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}
