import * as v from 'valibot';
import { LocalisedTextSchema } from './text.ts';

/**
 * A published consultation form. A form is identified by `id` and `version`; a published version never
 * changes, and every response names the version it answers.
 */
const ChoiceSchema = v.object({
  value: v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]*$/, 'Choice values are lower-case codes like "adult-care".')),
  label: LocalisedTextSchema,
});

const base = {
  id: v.pipe(v.string(), v.regex(/^[a-z][a-z0-9-]*$/, 'Question ids are lower-case codes like "listening".')),
  label: LocalisedTextSchema,
  hint: v.optional(LocalisedTextSchema),
  required: v.boolean(),
};

export const QuestionSchema = v.variant('type', [
  v.object({ ...base, type: v.literal('single'), options: v.pipe(v.array(ChoiceSchema), v.minLength(2)) }),
  v.object({
    ...base,
    type: v.literal('multiple'),
    options: v.pipe(v.array(ChoiceSchema), v.minLength(2)),
    maxChoices: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  }),
  v.object({
    ...base,
    type: v.literal('scale'),
    /** Labels for the lowest and highest points, e.g. "Not at all well" and "Very well". */
    lowLabel: LocalisedTextSchema,
    highLabel: LocalisedTextSchema,
  }),
  v.object({
    ...base,
    type: v.literal('text'),
    maxLength: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(10_000)),
  }),
]);

export const FormDefinitionSchema = v.pipe(
  v.object({
    id: v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]*$/, 'Form ids are lower-case codes.')),
    version: v.pipe(v.number(), v.integer(), v.minValue(1)),
    defaultLanguage: v.pipe(v.string(), v.minLength(2)),
    title: LocalisedTextSchema,
    description: LocalisedTextSchema,
    /** Who is asking, shown on the start of the form. */
    organisation: LocalisedTextSchema,
    questions: v.pipe(v.array(QuestionSchema), v.minLength(1)),
  }),
  v.check(
    (form) => new Set(form.questions.map((q) => q.id)).size === form.questions.length,
    'Two questions share an id: each question needs its own.',
  ),
);

export type FormDefinition = v.InferOutput<typeof FormDefinitionSchema>;
export type Question = v.InferOutput<typeof QuestionSchema>;
export type QuestionType = Question['type'];

/** The scale every "scale" question uses. */
export const SCALE_MIN = 1;
export const SCALE_MAX = 5;

export type FormCheck = { ok: true; form: FormDefinition } | { ok: false; errors: string[] };

/** Checks an unknown value is a well-formed form definition, naming each problem found. */
export function checkFormDefinition(input: unknown): FormCheck {
  const result = v.safeParse(FormDefinitionSchema, input);
  if (result.success) return { ok: true, form: result.output };
  return {
    ok: false,
    errors: result.issues.map((issue) => {
      const path = v.getDotPath(issue);
      return path ? `${path}: ${issue.message}` : issue.message;
    }),
  };
}

/** The key a form version is stored under, on the device and the endpoint. */
export function formKey(formId: string, version: number): string {
  return `${formId}@${version}`;
}
