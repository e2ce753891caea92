import type { Condition } from './condition.ts';
import { type FormDefinition, type Question, SCALE_MAX, SCALE_MIN } from './form.ts';

type Test =
  | { kind: 'equals'; value: string | number | boolean }
  | { kind: 'includes'; value: string }
  | { kind: 'answered' };
type Leaf = Test & { question: string };

/**
 * Problems with the forms' show-if conditions, each naming where it is. A condition that can never hold (a
 * value that is not a choice, "includes" on a yes/no question) would hide a question for everyone without
 * anyone noticing, and one on a later question would make what is shown depend on answers not yet given, so
 * both are refused when the form is published rather than discovered in the field.
 */
export function showIfProblems(form: FormDefinition): string[] {
  const position = new Map<string, number>();
  form.questions.forEach((q, i) => {
    if (!position.has(q.id)) position.set(q.id, i);
  });
  const problems: string[] = [];
  form.questions.forEach((question, index) => {
    if (!question.showIf) return;
    for (const leaf of leaves(question.showIf)) {
      const targetIndex = position.get(leaf.question);
      const target = targetIndex === undefined ? undefined : form.questions[targetIndex];
      const but =
        !target || targetIndex === undefined
          ? `the form has no question "${leaf.question}"`
          : targetIndex === index
            ? 'that is the question itself; a condition can only use earlier questions'
            : targetIndex > index
              ? `"${leaf.question}" comes later; a condition can only use earlier questions`
              : testProblem(target, leaf);
      if (but)
        problems.push(
          `questions.${index}.showIf: Question "${question.id}" shows only if ${describe(leaf)}, but ${but}.`,
        );
    }
  });
  return problems;
}

function leaves(condition: Condition): Leaf[] {
  if ('equals' in condition) return [{ kind: 'equals', ...condition.equals }];
  if ('includes' in condition) return [{ kind: 'includes', ...condition.includes }];
  if ('answered' in condition) return [{ kind: 'answered', question: condition.answered }];
  if ('not' in condition) return leaves(condition.not);
  return ('all' in condition ? condition.all : condition.any).flatMap(leaves);
}

function describe(leaf: Leaf): string {
  if (leaf.kind === 'answered') return `"${leaf.question}" is answered`;
  return `"${leaf.question}" ${leaf.kind === 'equals' ? 'is' : 'includes'} ${JSON.stringify(leaf.value)}`;
}

/** Why this test can never hold on the target question's answers, or null when it can. */
function testProblem(target: Question, test: Test): string | null {
  const id = `"${target.id}"`;
  if (target.type === 'info') return `${id} is information and is never answered`;
  if (test.kind === 'answered') return null;
  if (test.kind === 'includes') {
    if (target.type !== 'multiple')
      return `"includes" works only on a multiple-choice question, and ${id} is ${target.type}`;
    return choiceProblem(target, test.value);
  }
  const value = test.value;
  switch (target.type) {
    case 'single':
      return typeof value === 'string' ? choiceProblem(target, value) : `${id} is answered with one of its choices`;
    case 'multiple':
      return `${id} is multiple-choice: use "includes"`;
    case 'ranking':
    case 'points':
      return `a ${target.type} answer is never a single value`;
    case 'yesno':
      return value === 'yes' || value === 'no' ? null : `${id} is answered "yes" or "no"`;
    case 'consent':
      return value === true ? null : `${id} is answered only by agreeing (true)`;
    case 'scale':
      return Number.isInteger(value) && (value as number) >= SCALE_MIN && (value as number) <= SCALE_MAX
        ? null
        : `${id} is answered with a whole number from ${SCALE_MIN} to ${SCALE_MAX}`;
    case 'number':
      return typeof value === 'number' ? null : `${id} is answered with a number`;
    default:
      return typeof value === 'string' ? null : `${id} is answered with text`;
  }
}

function choiceProblem(target: Extract<Question, { options: unknown }>, value: string): string | null {
  const values = target.options.map((o) => o.value);
  return values.includes(value) ? null : `"${value}" is not a choice of "${target.id}" (${values.join(', ')})`;
}
