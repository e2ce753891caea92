import * as v from 'valibot';
import { checkAnswer } from './check-answer.ts';
import { type FormDefinition, kioskResetOf } from './form.ts';
import { isAnswered } from './is-answered.ts';
import { visibleQuestions } from './logic.ts';

// Kept importable from here, where the page and the endpoint have always found them.
export { checkAnswer, isAnswered };

export const CHANNELS = ['kiosk', 'assisted', 'paper', 'self'] as const;
export type Channel = (typeof CHANNELS)[number];

/** Who helped in an assisted session (issue 8): a member of staff, or an interpreter. */
export const ASSISTED_BY = ['staff', 'interpreter'] as const;
export type AssistedBy = (typeof ASSISTED_BY)[number];

/**
 * How an assisted session was helped: by whom and, if staff noted it, the language the conversation was in
 * (a language tag, such as "pl", or "bfi" for British Sign Language). Only on a response with channel "assisted".
 */
export const AssistanceSchema = v.strictObject({
  by: v.picklist(ASSISTED_BY, 'assistance.by must be staff or interpreter.'),
  conversationLanguage: v.optional(
    v.pipe(
      v.string(),
      v.regex(
        /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/,
        'The conversation language must be a language tag such as pl or bfi.',
      ),
      v.maxLength(20),
    ),
  ),
});
export type Assistance = v.InferOutput<typeof AssistanceSchema>;

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

/**
 * The shape of any answer, whatever its question. Objects are strict, so nothing unchecked is stored beside
 * an answer; which shape fits which question is checkAnswer's job.
 */
export const AnswerSchema = v.union(
  [
    v.string(),
    v.number(),
    v.boolean(),
    v.array(v.string()),
    v.strictObject({ other: v.string() }),
    v.strictObject({ points: v.record(v.string(), v.number()) }),
  ],
  'An answer must be text, a number, true or false, a list of choices, {"other": text} or {"points": {choice: number}}.',
);

/** The shape of a submitted response, checked before its answers are checked against its form. */
export const ResponseSchema = v.pipe(
  v.object({
    id: v.pipe(v.string(), v.regex(UUID, 'The response id must be a UUID made on the device.')),
    formId: v.pipe(v.string(), v.minLength(1)),
    formVersion: v.pipe(v.number(), v.integer(), v.minValue(1)),
    deviceId: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
    channel: v.picklist(CHANNELS, 'The channel must be kiosk, assisted, paper or self.'),
    language: v.pipe(v.string(), v.minLength(2), v.maxLength(20)),
    event: v.optional(v.pipe(v.string(), v.maxLength(200))),
    submittedAt: v.pipe(v.string(), v.isoTimestamp('submittedAt must be an ISO 8601 time.')),
    answers: v.record(v.string(), AnswerSchema),
    /**
     * The answers a person gave before a kiosk tablet reset itself (they walked away), sent because the form
     * asks for them (`kioskReset: "keep-partial"`). Required questions may be unanswered; what is there is
     * checked as usual. Left out on a finished response.
     */
    partial: v.optional(v.literal(true, 'partial is true, or left out on a finished response.')),
    /** Issue 8: who helped in an assisted session; only with channel "assisted". */
    assistance: v.optional(AssistanceSchema),
    // Paper returns (issue 8): the batch of paper questionnaires a keyed sheet came from (channel "paper" only).
    paperBatch: v.optional(
      v.pipe(v.string(), v.regex(/^[A-Za-z0-9-]{1,64}$/, 'paperBatch is the id of a batch of paper returns.')),
    ),
  }),
  v.forward(
    v.check(
      (response) => response.assistance === undefined || response.channel === 'assisted',
      'Only an assisted response (channel "assisted") says who helped.',
    ),
    ['assistance'],
  ),
);

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
 * Checks a response's answers against the form version it names, and returns the first problem in form
 * order, or null. The device drops answers to hidden questions before submitting (pruneHidden), so an
 * answer to a question the person was not shown means the device and the form disagree: it is refused
 * rather than stored as if it had been asked. A blank answer is the same as no answer throughout. A partial
 * response (a kiosk's idle reset) may leave required questions unanswered; everything else is checked the same.
 */
export function checkAnswers(
  form: FormDefinition,
  answers: Answers,
  { partial = false }: { partial?: boolean } = {},
): string | null {
  const known = new Set(form.questions.map((q) => q.id));
  const unknown = Object.keys(answers).find((key) => !known.has(key));
  if (unknown !== undefined) return `The form has no question "${unknown}".`;
  const visible = new Set(visibleQuestions(form, answers));
  for (const question of form.questions) {
    const answer = answers[question.id];
    if (!isAnswered(answer)) {
      if (question.required && !partial && visible.has(question)) return `Question "${question.id}" is required.`;
      continue;
    }
    if (!visible.has(question)) return `Question "${question.id}" was not shown, so it cannot be answered.`;
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
  if (response.paperBatch !== undefined && response.channel !== 'paper') {
    return { ok: false, error: 'paperBatch is given only on a response keyed from paper (channel "paper").' };
  }
  // A paper sheet is stored as the person filled it in, skipped questions and all (see paper-sheet.ts).
  if (response.partial && response.channel !== 'paper' && kioskResetOf(form) !== 'keep-partial') {
    return {
      ok: false,
      error: `Form "${response.formId}" version ${response.formVersion} does not keep partial responses (kioskReset is not "keep-partial").`,
    };
  }
  const error = checkAnswers(form, response.answers, { partial: response.partial });
  return error ? { ok: false, error } : parsed;
}
