import * as v from 'valibot';
import { type FormDefinition, type Question, SCALE_MAX, SCALE_MIN } from './form.ts';

export const CHANNELS = ['kiosk', 'assisted', 'paper', 'self'] as const;
export type Channel = (typeof CHANNELS)[number];

/** "Other, please specify" chosen on a single-choice question, with the person's own words. */
export interface OtherAnswer {
  other: string;
}

/** A points-allocation answer: whole points per choice value, adding up to the question's total. */
export interface PointsAnswer {
  points: Record<string, number>;
}

/**
 * One answer. By question type:
 * single: a choice value, or OtherAnswer · multiple, ranking: choice values (ranking: all of them, in
 * order) · text, longtext: text · number, scale: a number · date: "YYYY-MM-DD" · points: PointsAnswer ·
 * yesno: "yes" or "no" · consent: true · postcode-district: "RG14" (upper case) · info: never answered.
 */
export type Answer = string | number | boolean | string[] | OtherAnswer | PointsAnswer;
export type Answers = Record<string, Answer>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

/** The shape of a submitted response, checked before its answers are checked against its form. */
export const ResponseSchema = v.object({
  id: v.pipe(v.string(), v.regex(UUID, 'The response id must be a UUID made on the device.')),
  formId: v.pipe(v.string(), v.minLength(1)),
  formVersion: v.pipe(v.number(), v.integer(), v.minValue(1)),
  deviceId: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
  channel: v.picklist(CHANNELS, 'The channel must be kiosk, assisted, paper or self.'),
  language: v.pipe(v.string(), v.minLength(2), v.maxLength(20)),
  event: v.optional(v.pipe(v.string(), v.maxLength(200))),
  submittedAt: v.pipe(v.string(), v.isoTimestamp('submittedAt must be an ISO 8601 time.')),
  answers: v.record(
    v.string(),
    v.union([v.string(), v.array(v.string()), v.number()], 'An answer must be text, a list of choices or a number.'),
  ),
});

/** A submitted response: immutable once made. */
export type SubmittedResponse = v.InferOutput<typeof ResponseSchema>;

export type Validation<T> = { ok: true; value: T } | { ok: false; error: string };

/** Checks the response's shape (not yet its answers). */
export function parseResponse(input: unknown): Validation<SubmittedResponse> {
  const result = v.safeParse(ResponseSchema, input);
  if (result.success) return { ok: true, value: result.output };
  const issue = result.issues[0];
  const path = v.getDotPath(issue);
  return { ok: false, error: path ? `${path}: ${issue.message}` : issue.message };
}

/**
 * Checks one answer against its question. Returns an error a person can act on, or null when the
 * answer is acceptable.
 */
export function checkAnswer(question: Question, answer: Answer): string | null {
  const q = question.id;
  switch (question.type) {
    case 'single': {
      if (typeof answer !== 'string') return `Question "${q}" takes one choice.`;
      if (!question.options.some((o) => o.value === answer)) return `Question "${q}" has no choice "${answer}".`;
      return null;
    }
    case 'multiple': {
      if (!Array.isArray(answer)) return `Question "${q}" takes a list of choices.`;
      const unknown = answer.find((a) => !question.options.some((o) => o.value === a));
      if (unknown !== undefined) return `Question "${q}" has no choice "${unknown}".`;
      if (new Set(answer).size !== answer.length) return `Question "${q}" has a choice given twice.`;
      if (question.maxChoices !== undefined && answer.length > question.maxChoices)
        return `Question "${q}" allows at most ${question.maxChoices} choices.`;
      return null;
    }
    case 'scale': {
      if (typeof answer !== 'number' || !Number.isInteger(answer) || answer < SCALE_MIN || answer > SCALE_MAX)
        return `Question "${q}" takes a whole number from ${SCALE_MIN} to ${SCALE_MAX}.`;
      return null;
    }
    case 'text': {
      if (typeof answer !== 'string') return `Question "${q}" takes text.`;
      if (answer.length > question.maxLength) return `Question "${q}" allows at most ${question.maxLength} characters.`;
      return null;
    }
  }
}

/** True when an answer counts as given (an empty list or blank text does not). */
export function isAnswered(answer: Answer | undefined): boolean {
  if (answer === undefined) return false;
  if (typeof answer === 'string') return answer.trim() !== '';
  if (Array.isArray(answer)) return answer.length > 0;
  return true;
}

/** Checks a response's answers against the form version it names. */
export function checkAnswers(form: FormDefinition, answers: Answers): string | null {
  for (const key of Object.keys(answers)) {
    if (!form.questions.some((q) => q.id === key)) return `The form has no question "${key}".`;
  }
  for (const question of form.questions) {
    const answer = answers[question.id];
    if (!isAnswered(answer)) {
      if (question.required) return `Question "${question.id}" is required.`;
      continue;
    }
    const error = checkAnswer(question, answer as Answer);
    if (error) return error;
  }
  return null;
}

/**
 * Full check of one submitted response: its shape, then its answers against exactly the form version it
 * names. `findForm` returns undefined for a form or version the checker does not know.
 */
export function validateResponse(
  input: unknown,
  findForm: (formId: string, version: number) => FormDefinition | undefined,
): Validation<SubmittedResponse> {
  const parsed = parseResponse(input);
  if (!parsed.ok) return parsed;
  const response = parsed.value;
  const form = findForm(response.formId, response.formVersion);
  if (!form) return { ok: false, error: `Form "${response.formId}" version ${response.formVersion} is not published.` };
  const error = checkAnswers(form, response.answers);
  return error ? { ok: false, error } : parsed;
}
