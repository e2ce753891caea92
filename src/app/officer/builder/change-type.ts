import type { Condition } from '../../../core/condition.ts';
import { showIfProblems } from '../../../core/condition-checks.ts';
import type { Choice, FormDefinition, Question, QuestionType } from '../../../core/form.ts';
import type { LocalisedText } from '../../../core/text.ts';
import { conditionQuestions, newQuestion } from './question-list.ts';
import { testsFor, valueChoices } from './show-if-rows.ts';

/** A setting of the old type that the new type has no place for, and that had something in it. */
export type LostSetting =
  | 'other'
  | 'minChoices'
  | 'maxChoices'
  | 'exclusive'
  | 'total'
  | 'maxLength'
  | 'min'
  | 'max'
  | 'earliest'
  | 'latest'
  | 'wholeNumber'
  | 'suffix'
  | 'lowLabel'
  | 'highLabel'
  | 'faces'
  | 'statement'
  | 'body'
  | 'image'
  | 'errorRequired'
  | 'errorInvalid';

/**
 * What a change of type drops: the choices (how many), or one setting with what was in it: `value` for a
 * number or date, `words` for a text (in the default language, shortened).
 */
export type Lost =
  | { kind: 'choices'; count: number }
  | { kind: 'setting'; setting: LostSetting; value?: string; words?: string };

export interface TypeChange {
  question: Question;
  lost: Lost[];
}

const CHOICE_TYPES: readonly QuestionType[] = ['single', 'multiple', 'ranking', 'points'];

/** True for the types whose answer is one of, several of, or all of a list of choices. */
export function hasChoices(type: QuestionType): boolean {
  return CHOICE_TYPES.includes(type);
}

const written = (text: LocalisedText | undefined) => Object.values(text ?? {}).some((words) => words.trim() !== '');

/** Short enough to name in a sentence. */
function quoted(text: LocalisedText | undefined, language: string): string {
  const words = (text?.[language] ?? Object.values(text ?? {}).find((w) => w.trim() !== '') ?? '').trim();
  return words.length > 60 ? `${words.slice(0, 57)}…` : words;
}

/**
 * The question as a question of type `to`, and what it loses. It keeps its id, label and hint (with every
 * translation), whether it is required (information never is), its show-if condition, whether it shares the
 * screen before, and the message for a missing answer. Choices move between the choice types (a "None of
 * these" mark only exists on several choices; points share 100 unless they already had a total); a short and
 * a long text keep their length limit where it fits. The message for an answer that breaks the rules is about
 * the old type's rules, so it goes, as does every other setting of the old type: the new type's own settings
 * are those a new question of that type starts with. Only settings with something in them count as lost.
 */
export function changeType(question: Question, to: QuestionType, language: string): TypeChange {
  if (question.type === to) return { question, lost: [] };
  const fresh = newQuestion(to, [], language);
  const lost: Lost[] = [];
  const next: Record<string, unknown> = { ...fresh, id: question.id, label: question.label };
  if (question.hint) next.hint = question.hint;
  if (question.showIf) next.showIf = question.showIf;
  if (question.sameScreenAsPrevious) next.sameScreenAsPrevious = true;
  if (to !== 'info') next.required = question.required;

  // Error messages: the one for a missing answer applies to every answered type.
  const required = question.errors?.required;
  const invalid = question.errors?.invalid;
  const lengthOnly = (a: QuestionType, b: QuestionType) =>
    (a === 'text' || a === 'longtext') && (b === 'text' || b === 'longtext');
  const errors: { required?: LocalisedText; invalid?: LocalisedText } = {};
  if (required) {
    if (to === 'info') lost.push(settingLost('errorRequired', required, language));
    else errors.required = required;
  }
  if (invalid) {
    if (lengthOnly(question.type, to)) errors.invalid = invalid;
    else lost.push(settingLost('errorInvalid', invalid, language));
  }
  if (errors.required || errors.invalid) next.errors = errors;

  // Choices.
  if ('options' in question) {
    if (hasChoices(to)) {
      const options: Choice[] = question.options.map((o) =>
        to === 'multiple' || !o.exclusive ? o : { value: o.value, label: o.label },
      );
      if (to !== 'multiple' && question.options.some((o) => o.exclusive))
        lost.push({ kind: 'setting', setting: 'exclusive' });
      next.options = options;
    } else if (question.options.some((o) => written(o.label) || !/^choice-\d+$/.test(o.value)))
      lost.push({ kind: 'choices', count: question.options.length });
  }

  // The old type's own settings.
  const number = (setting: LostSetting, value: number | undefined, kept = false) => {
    if (value !== undefined && !kept) lost.push({ kind: 'setting', setting, value: String(value) });
  };
  const text = (setting: LostSetting, value: LocalisedText | undefined) => {
    if (written(value)) lost.push(settingLost(setting, value as LocalisedText, language));
  };
  const flag = (setting: LostSetting, value: boolean | undefined) => {
    if (value) lost.push({ kind: 'setting', setting });
  };
  switch (question.type) {
    case 'info':
      text('body', question.body);
      if (question.image) lost.push({ kind: 'setting', setting: 'image' });
      break;
    case 'single':
      if (question.other)
        lost.push({ kind: 'setting', setting: 'other', words: quoted(question.other.label, language) });
      break;
    case 'multiple':
      number('minChoices', question.minChoices);
      number('maxChoices', question.maxChoices);
      break;
    case 'points':
      if (to === 'points') break;
      number('total', question.total, question.total === 100);
      break;
    case 'text':
    case 'longtext': {
      const limit = to === 'text' ? 500 : 10_000;
      if (lengthOnly(question.type, to) && question.maxLength <= limit) next.maxLength = question.maxLength;
      else number('maxLength', question.maxLength, question.maxLength === (question.type === 'text' ? 200 : 2000));
      break;
    }
    case 'number':
      number('min', question.min);
      number('max', question.max);
      flag('wholeNumber', question.wholeNumber);
      text('suffix', question.suffix);
      break;
    case 'date':
      if (question.min) lost.push({ kind: 'setting', setting: 'earliest', value: question.min });
      if (question.max) lost.push({ kind: 'setting', setting: 'latest', value: question.max });
      break;
    case 'scale':
      text('lowLabel', question.lowLabel);
      text('highLabel', question.highLabel);
      flag('faces', question.faces);
      break;
    case 'consent':
      text('statement', question.statement);
      break;
  }
  return { question: next as Question, lost };
}

function settingLost(setting: LostSetting, text: LocalisedText, language: string): Lost {
  return { kind: 'setting', setting, words: quoted(text, language) };
}

/** Another question whose show-if condition stops working, and the parts of it that looked at the changed one. */
export interface BrokenCondition {
  index: number;
  id: string;
  tests: Condition[];
}

export interface FormTypeChange extends TypeChange {
  form: FormDefinition;
  broken: BrokenCondition[];
  /** The question was the form's "Can we quote your words?" consent, which only a consent question can be. */
  quoteConsentLost: boolean;
}

/**
 * The form with question `index` changed to type `to`: what the question loses (changeType), and which other
 * questions' conditions the publishing checks (showIfProblems) would refuse after the change but not before.
 * Those conditions are removed from the form returned, as deleting a question removes the conditions on it.
 */
export function changeTypeInForm(form: FormDefinition, index: number, to: QuestionType): FormTypeChange {
  const old = form.questions[index];
  if (!old) return { form, question: old as unknown as Question, lost: [], broken: [], quoteConsentLost: false };
  const change = changeType(old, to, form.defaultLanguage);
  const changed = {
    ...form,
    questions: form.questions.map((q, i) => {
      if (i === index) return change.question;
      const between = [old.type, to].every((type) => type === 'single' || type === 'multiple');
      return q.showIf && between ? { ...q, showIf: choiceTestsFor(q.showIf, old.id, to) } : q;
    }),
  };
  const problemsOf = (f: FormDefinition) => {
    const byQuestion = new Map<number, Set<string>>();
    for (const problem of showIfProblems(f)) {
      const at = Number(/^questions\.(\d+)\.showIf/.exec(problem)?.[1] ?? Number.NaN);
      if (!byQuestion.has(at)) byQuestion.set(at, new Set());
      byQuestion.get(at)?.add(problem);
    }
    return byQuestion;
  };
  const before = problemsOf(form);
  const after = problemsOf(changed);
  const broken: BrokenCondition[] = [];
  changed.questions.forEach((q, i) => {
    if (i === index || !conditionQuestions(q.showIf).includes(old.id)) return;
    // Each simple test makes at most one problem: more problems than before means a test the change broke.
    const refused = (after.get(i)?.size ?? 0) > (before.get(i)?.size ?? 0);
    // The checks let a text equal any words, but a value picked from the old type's choices means nothing now.
    const tests = testsOn(form.questions[i]?.showIf as Condition, old.id);
    if (refused || tests.some((test) => pickedValueGone(test, old, change.question)))
      broken.push({ index: i, id: q.id, tests });
  });
  const quoteConsentLost = form.quoteConsent === old.id && to !== 'consent';
  const result: FormDefinition = {
    ...changed,
    questions: changed.questions.map((q, i) => {
      if (!broken.some((b) => b.index === i)) return q;
      const { showIf: _, ...rest } = q;
      return rest as Question;
    }),
  };
  if (quoteConsentLost) delete result.quoteConsent;
  return { ...change, form: result, broken, quoteConsentLost };
}

/** A test that worked on a value the old type's pickers offered (a choice, yes, a point) the new type does not offer. */
function pickedValueGone(test: Condition, old: Question, changed: Question): boolean {
  const value = 'equals' in test ? test.equals.value : 'includes' in test ? test.includes.value : undefined;
  const worked =
    value !== undefined &&
    testsFor(old).includes('equals' in test ? 'equals' : 'includes') &&
    (valueChoices(old)?.some((choice) => choice.value === String(value)) ?? false);
  if (!worked) return false;
  return !valueChoices(changed)?.some((choice) => choice.value === String(value));
}

/**
 * The condition with its tests on question `id` said the way its new type answers: "is Red" on one choice
 * becomes "includes Red" on several choices, and back. Other tests are as they were.
 */
export function choiceTestsFor(condition: Condition, id: string, to: QuestionType): Condition {
  if ('equals' in condition) {
    const { question, value } = condition.equals;
    return question === id && to === 'multiple' && typeof value === 'string'
      ? { includes: { question, value } }
      : condition;
  }
  if ('includes' in condition)
    return condition.includes.question === id && to === 'single' ? { equals: condition.includes } : condition;
  if ('answered' in condition) return condition;
  if ('not' in condition) return { not: choiceTestsFor(condition.not, id, to) };
  if ('all' in condition) return { all: condition.all.map((c) => choiceTestsFor(c, id, to)) };
  return { any: condition.any.map((c) => choiceTestsFor(c, id, to)) };
}

/** The simple tests in a condition that look at question `id`. */
export function testsOn(condition: Condition, id: string): Condition[] {
  if ('equals' in condition) return condition.equals.question === id ? [condition] : [];
  if ('includes' in condition) return condition.includes.question === id ? [condition] : [];
  if ('answered' in condition) return condition.answered === id ? [condition] : [];
  if ('not' in condition) return testsOn(condition.not, id);
  return ('all' in condition ? condition.all : condition.any).flatMap((c) => testsOn(c, id));
}
