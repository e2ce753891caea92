import * as v from 'valibot';
import { showIfProblems } from './condition-checks.ts';
import { equalityBlockProblems } from './equality/equality-checks.ts';
import { type FormDefinition, FormShapeSchema, type Question, QuestionSchema } from './form.ts';
import { formTexts } from './form-texts.ts';

export type FormCheck = { ok: true; form: FormDefinition } | { ok: false; errors: string[] };

/**
 * Checks an unknown value is a form that can be published: first its shape, then the rules a shape cannot
 * express (unique ids, conditions on earlier questions, consistent limits, the default language
 * everywhere). Each error names where the problem is ("questions.3.label ..."), so the author can find it.
 * The page runs the same check on every form it downloads, so a form it cannot show is never offered.
 */
export function checkFormDefinition(input: unknown): FormCheck {
  const result = v.safeParse(FormShapeSchema, input);
  if (!result.success) return { ok: false, errors: result.issues.map(describeIssue) };
  const form = result.output;
  const errors = [
    ...idProblems(form),
    ...form.questions.flatMap(questionProblems),
    ...showIfProblems(form),
    ...languageProblems(form),
    ...equalityBlockProblems(form),
    ...quoteConsentProblems(form),
  ];
  return errors.length > 0 ? { ok: false, errors } : { ok: true, form };
}

function describeIssue(issue: v.BaseIssue<unknown>): string {
  const path = v.getDotPath(issue) ?? '';
  if (issue.type === 'variant' && issue.input !== undefined) {
    // Read here, not at load: form.ts re-exports this module, so QuestionSchema is not ready at load time.
    const types = QuestionSchema.options.map((option) => option.entries.type.literal);
    return `${path}: Unknown question type ${issue.received}. A question's type is one of: ${types.join(', ')}.`;
  }
  if (issue.input === undefined && path) return `${path} is missing.`;
  return path ? `${path}: ${issue.message}` : issue.message;
}

function idProblems(form: FormDefinition): string[] {
  const first = new Map<string, number>();
  const problems: string[] = [];
  form.questions.forEach(({ id }, index) => {
    const earlier = first.get(id);
    if (earlier === undefined) first.set(id, index);
    else
      problems.push(
        `questions.${index}.id: "${id}" is also the id of questions.${earlier}; each question needs its own.`,
      );
  });
  return problems;
}

function questionProblems(question: Question, index: number): string[] {
  const at = `questions.${index}`;
  const q = `question "${question.id}"`;
  const problems: string[] = [];
  if (index === 0 && question.sameScreenAsPrevious)
    problems.push(`${at}.sameScreenAsPrevious: the first question has no screen before it to join.`);
  if ('options' in question) problems.push(...choiceProblems(question, at, q));
  switch (question.type) {
    case 'multiple': {
      const { minChoices: min, maxChoices: max } = question;
      const together = question.options.filter((o) => !o.exclusive).length;
      if (min !== undefined && max !== undefined && min > max)
        problems.push(`${at}.minChoices: ${q} needs at least ${min} choices but allows at most ${max}.`);
      else if (min !== undefined && min > together)
        problems.push(
          `${at}.minChoices: ${q} needs at least ${min} choices but has only ${together} to choose together.`,
        );
      break;
    }
    case 'single':
      if (question.other?.maxLength !== undefined && question.other.maxLength < 1)
        problems.push(`${at}.other.maxLength: ${q} must allow "Other" at least 1 character.`);
      break;
    case 'number':
    case 'date':
      if (question.min !== undefined && question.max !== undefined && question.min > question.max)
        problems.push(`${at}.min: ${q} has min ${question.min} and max ${question.max}, so no answer could fit.`);
      break;
  }
  return problems;
}

function choiceProblems(question: Extract<Question, { options: unknown }>, at: string, q: string): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  let exclusive: string | undefined;
  question.options.forEach((option, i) => {
    if (seen.has(option.value))
      problems.push(`${at}.options.${i}.value: "${option.value}" is given twice in ${q}; each choice needs its own.`);
    seen.add(option.value);
    if (!option.exclusive) return;
    if (question.type !== 'multiple')
      problems.push(
        `${at}.options.${i}.exclusive: only a multiple-choice question has a "None of these" choice, and ${q} is ${question.type}.`,
      );
    else if (exclusive !== undefined)
      problems.push(`${at}.options.${i}.exclusive: ${q} already has "${exclusive}" as its one exclusive choice.`);
    else exclusive = option.value;
  });
  return problems;
}

/** quoteConsent must name a consent question, or a quote could be taken from someone who never agreed. */
function quoteConsentProblems(form: FormDefinition): string[] {
  if (form.quoteConsent === undefined) return [];
  const question = form.questions.find((q) => q.id === form.quoteConsent);
  if (!question) return [`quoteConsent: there is no question "${form.quoteConsent}" in this form.`];
  if (question.type !== 'consent')
    return [`quoteConsent: "${form.quoteConsent}" is a ${question.type} question; it must be a consent question.`];
  return [];
}

/** Every text needs the default language: it is what a person sees when their language is missing. */
function languageProblems(form: FormDefinition): string[] {
  const language = form.defaultLanguage;
  const problems: string[] = [];
  for (const { path, text } of formTexts(form)) {
    if (text[language] === undefined) problems.push(`${path} has no text in ${language}, the form's default language.`);
    for (const [tag, words] of Object.entries(text)) {
      if (words.trim() === '') problems.push(`${path}.${tag} is blank.`);
    }
  }
  return problems;
}
