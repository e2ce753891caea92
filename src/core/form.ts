import * as v from 'valibot';
import { type Condition, ConditionSchema } from './condition.ts';
import { LocalisedTextSchema } from './text.ts';

/**
 * A published consultation form: one definition that the page, the service worker and the endpoint all
 * read. A form is identified by `id` and `version`; a published version never changes, and every response
 * names the version it answers. Text is localised (see text.ts, including Easy Read variants).
 *
 * Questions are shown one per screen, in order; a question with `sameScreenAsPrevious` joins the screen
 * before it (for a few short related questions). A question with `showIf` is shown only when its condition
 * on earlier answers holds; a screen is shown when any of its questions is.
 */

const code = (what: string, example: string) =>
  v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]*$/, `${what} are lower-case codes like "${example}".`));

export const ChoiceSchema = v.object({
  value: code('Choice values', 'adult-care'),
  label: LocalisedTextSchema,
  /** "None of these": choosing it clears the other choices, and choosing another clears it. */
  exclusive: v.optional(v.boolean()),
});

const ErrorMessagesSchema = v.object({
  /** Shown when a required question is not answered. */
  required: v.optional(LocalisedTextSchema),
  /** Shown when an answer breaks the question's rules (too long, out of range, not a postcode district...). */
  invalid: v.optional(LocalisedTextSchema),
});

const base = {
  id: v.pipe(v.string(), v.regex(/^[a-z][a-z0-9-]*$/, 'Question ids are lower-case codes like "listening".')),
  label: LocalisedTextSchema,
  hint: v.optional(LocalisedTextSchema),
  required: v.boolean(),
  errors: v.optional(ErrorMessagesSchema),
  showIf: v.optional(ConditionSchema),
  sameScreenAsPrevious: v.optional(v.boolean()),
};

const options = v.pipe(v.array(ChoiceSchema), v.minLength(2, 'A choice question needs at least 2 choices.'));
const whole = v.pipe(v.number('Write a number.'), v.integer('Write a whole number.'));
const isoDate = v.pipe(v.string(), v.isoDate('Dates are written YYYY-MM-DD.'));
/** A whole number from `min` to `max` of `unit`, said so when it is not. */
const between = (min: number, max: number, unit: string) =>
  v.check<number, string>(
    (n) => n >= min && n <= max,
    `Allow from ${min.toLocaleString('en-GB')} to ${max.toLocaleString('en-GB')} ${unit}.`,
  );

export const QuestionSchema = v.variant(
  'type',
  [
    /** Text (and optionally a picture) to read; nothing to answer. */
    v.object({
      ...base,
      type: v.literal('info'),
      required: v.literal(false),
      body: LocalisedTextSchema,
      image: v.optional(v.object({ src: v.pipe(v.string(), v.minLength(1)), alt: LocalisedTextSchema })),
    }),
    /** Radios. With `other`, an "Other, please specify" choice whose answer is { other: "their words" }. */
    v.object({
      ...base,
      type: v.literal('single'),
      options,
      other: v.optional(v.object({ label: LocalisedTextSchema, maxLength: v.optional(whole) })),
    }),
    /** Checkboxes, with an optional minimum and maximum number of choices. */
    v.object({
      ...base,
      type: v.literal('multiple'),
      options,
      minChoices: v.optional(v.pipe(whole, v.minValue(1, 'Ask for at least 1 choice.'))),
      maxChoices: v.optional(v.pipe(whole, v.minValue(1, 'Allow at least 1 choice.'))),
    }),
    /** One line of text. */
    v.object({ ...base, type: v.literal('text'), maxLength: v.pipe(whole, between(1, 500, 'characters')) }),
    /** Several lines of text, with a character count. */
    v.object({ ...base, type: v.literal('longtext'), maxLength: v.pipe(whole, between(1, 10_000, 'characters')) }),
    v.object({
      ...base,
      type: v.literal('number'),
      min: v.optional(v.number()),
      max: v.optional(v.number()),
      wholeNumber: v.optional(v.boolean()),
      /** Shown after the box, e.g. "hours" or "miles". */
      suffix: v.optional(LocalisedTextSchema),
    }),
    /** A date as day, month and year boxes; the answer is "YYYY-MM-DD". */
    v.object({ ...base, type: v.literal('date'), min: v.optional(isoDate), max: v.optional(isoDate) }),
    /** 1 to 5, the ends named in words; `faces` shows a face on each point (Easy Read). */
    v.object({
      ...base,
      type: v.literal('scale'),
      lowLabel: LocalisedTextSchema,
      highLabel: LocalisedTextSchema,
      faces: v.optional(v.boolean()),
    }),
    /** "Put these in order": the answer lists every choice's value, most important first. */
    v.object({ ...base, type: v.literal('ranking'), options }),
    /** "Share N points between these": the answer gives each choice a whole number; they add up to `total`. */
    v.object({ ...base, type: v.literal('points'), options, total: v.pipe(whole, between(1, 1000, 'points')) }),
    /** Yes or no: the answer is "yes" or "no". */
    v.object({ ...base, type: v.literal('yesno') }),
    /** An explicit agreement, unticked at first, its full text shown; the answer is true when given. */
    v.object({ ...base, type: v.literal('consent'), statement: LocalisedTextSchema }),
    /** The first half of a UK postcode ("RG14"), never the full postcode. */
    v.object({ ...base, type: v.literal('postcode-district') }),
  ],
  'Unknown question type.',
);

/** What a kiosk's idle reset does with answers in progress (see FormShapeSchema.kioskReset). */
export const KIOSK_RESETS = ['discard', 'keep-partial'] as const;
export type KioskReset = (typeof KIOSK_RESETS)[number];

const PrivacyNoticeSchema = v.object({
  /** Who collects the answers. */
  controller: LocalisedTextSchema,
  /** Why, and on what lawful basis (usually "public task"). */
  purpose: LocalisedTextSchema,
  /** How long answers are kept. */
  retention: LocalisedTextSchema,
  /** The person's rights and how to use them. */
  rights: LocalisedTextSchema,
});

export const FormShapeSchema = v.object({
  id: code('Form ids', 'shape-services'),
  version: v.pipe(whole, v.minValue(1)),
  defaultLanguage: v.pipe(v.string(), v.minLength(2)),
  title: LocalisedTextSchema,
  description: LocalisedTextSchema,
  /** Who is asking, shown on the start page. */
  organisation: LocalisedTextSchema,
  estimatedMinutes: v.pipe(whole, v.minValue(1, 'Say how long it takes: at least 1 minute.')),
  /** The last day answers are wanted (YYYY-MM-DD), shown on the start page; optional (issue 9). */
  closesOn: v.optional(isoDate),
  privacy: PrivacyNoticeSchema,
  questions: v.pipe(v.array(QuestionSchema), v.minLength(1, 'A form needs at least one question.')),
  /**
   * On a shared kiosk tablet, what an idle reset does with answers in progress: "discard" them (the default,
   * also when left out), or "keep-partial": send the answers so far as a response marked `partial`.
   */
  kioskReset: v.optional(v.picklist(KIOSK_RESETS, 'kioskReset is "discard" or "keep-partial".')),
  /**
   * The id of the consent question that asks "Can we quote your words?": only the free-text answers of a
   * response that gave this consent may be offered to officers as quotes (src/core/quotable-answers.ts).
   */
  quoteConsent: v.optional(v.string()),
});

export type FormDefinition = v.InferOutput<typeof FormShapeSchema>;
export type Question = v.InferOutput<typeof QuestionSchema>;
export type QuestionType = Question['type'];
export type Choice = v.InferOutput<typeof ChoiceSchema>;
export type { Condition };

/** The scale every "scale" question uses. */
export const SCALE_MIN = 1;
export const SCALE_MAX = 5;

// The publishing checks live in form-checks.ts; re-exported so callers keep importing them from here. That
// module reads this one's schemas only when called, which keeps the import cycle safe.
export { checkFormDefinition, type FormCheck } from './form-checks.ts';

/** What a kiosk reset does with this form's answers in progress: "discard" unless the form says otherwise. */
export function kioskResetOf(form: Pick<FormDefinition, 'kioskReset'>): KioskReset {
  return form.kioskReset ?? 'discard';
}

/** The key a form version is stored under, on the device and the endpoint. */
export function formKey(formId: string, version: number): string {
  return `${formId}@${version}`;
}
