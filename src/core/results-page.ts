import * as v from 'valibot';
import type { ReachGroup } from './reach-report.ts';
import { type LocalisedText, LocalisedTextSchema } from './text.ts';

/**
 * A "You said, we did" results page for one consultation: what people said (themes written by an officer,
 * each with quotes chosen from consented free-text answers) and what the council will do about it
 * (outcomes, each with an owner, a date, a measure and, later, what was done). The endpoint validates what
 * officers save with these schemas and the officer screen uses the same ones, so both say the same thing.
 * How many took part is not written by anyone: the endpoint counts it (ResultsParticipation).
 */

const isoDate = v.pipe(v.string(), v.isoDate('Dates are written YYYY-MM-DD.'));
const itemId = v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,40}$/, 'Ids are short lower-case codes.'));

export const QuoteSchema = v.object({
  /** The response the words came from, kept for audit; never shown to residents. */
  responseId: v.pipe(v.string(), v.uuid('A quote keeps the id of the response it came from.')),
  questionId: v.pipe(v.string(), v.minLength(1)),
  /** The words exactly as the person wrote them. */
  text: v.pipe(v.string(), v.minLength(1), v.maxLength(10_000)),
});

export const ThemeSchema = v.object({
  id: itemId,
  title: LocalisedTextSchema,
  /** What people said about it, in the officer's words. */
  said: LocalisedTextSchema,
  quotes: v.pipe(v.array(QuoteSchema), v.maxLength(20, 'A theme has at most 20 quotes.')),
});

export const OUTCOME_STATUSES = ['planned', 'in-progress', 'done', 'not-done'] as const;
export type OutcomeStatus = (typeof OUTCOME_STATUSES)[number];

export const OutcomeSchema = v.object({
  id: itemId,
  /** What the council will do. */
  action: LocalisedTextSchema,
  /** Who does it: a team or a role, never a person's name. */
  owner: LocalisedTextSchema,
  due: isoDate,
  /** How we will know it worked. */
  measure: LocalisedTextSchema,
  status: v.picklist(OUTCOME_STATUSES, 'An outcome is planned, in-progress, done or not-done.'),
  /** What was done, and when: added later. */
  update: v.optional(v.object({ text: LocalisedTextSchema, date: isoDate })),
});

export const ResultsContentSchema = v.object({
  themes: v.pipe(v.array(ThemeSchema), v.maxLength(30, 'A results page has at most 30 themes.')),
  outcomes: v.pipe(v.array(OutcomeSchema), v.maxLength(50, 'A results page has at most 50 outcomes.')),
});

export type Quote = v.InferOutput<typeof QuoteSchema>;
export type Theme = v.InferOutput<typeof ThemeSchema>;
export type Outcome = v.InferOutput<typeof OutcomeSchema>;
export type ResultsContent = v.InferOutput<typeof ResultsContentSchema>;

/** How many took part, by channel and by event ("" for none), small groups suppressed as reach figures are. */
export interface ResultsParticipation {
  total: number | null;
  totalSuppressed?: true;
  byChannel: ReachGroup[];
  byEvent: ReachGroup[];
}

/**
 * A quote as residents see it: the words and the question, never the response they came from. A response's
 * id begins with its reference code, so publishing it would tell anyone who knows a code which quote is theirs.
 */
export type PublicQuote = Omit<Quote, 'responseId'>;
export type PublicResultsContent = Omit<ResultsContent, 'themes'> & {
  themes: (Omit<Theme, 'quotes'> & { quotes: PublicQuote[] })[];
};

/** The content with each quote's response id left out, for the public list and the tablets. */
export function publicContent(content: ResultsContent): PublicResultsContent {
  return {
    ...content,
    themes: content.themes.map((theme) => ({
      ...theme,
      quotes: theme.quotes.map(({ questionId, text }) => ({ questionId, text })),
    })),
  };
}

const ReachGroupSchema = v.union([
  v.object({ key: v.string(), count: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
  v.object({ key: v.string(), count: v.null(), suppressed: v.literal(true), secondary: v.optional(v.literal(true)) }),
]);

/** What a tablet accepts as a published page: the public shape, quotes with no response id. */
const ResultsPageSchema = v.object({
  formId: v.pipe(v.string(), v.minLength(1)),
  title: LocalisedTextSchema,
  defaultLanguage: v.pipe(v.string(), v.minLength(1)),
  content: v.object({
    themes: v.array(v.object({ ...ThemeSchema.entries, quotes: v.array(v.omit(QuoteSchema, ['responseId'])) })),
    outcomes: v.array(OutcomeSchema),
  }),
  participation: v.object({
    total: v.nullable(v.number()),
    totalSuppressed: v.optional(v.literal(true)),
    byChannel: v.array(ReachGroupSchema),
    byEvent: v.array(ReachGroupSchema),
  }),
  publishedAt: v.string(),
  updatedAt: v.string(),
});

/** The page if it has the shape a tablet shows, else undefined (the tablet skips it rather than break). */
export function parseResultsPage(input: unknown): ResultsPage | undefined {
  const result = v.safeParse(ResultsPageSchema, input);
  return result.success ? result.output : undefined;
}

/** A published results page as residents see it (`GET /api/results`, and the tablet's copy). */
export interface ResultsPage {
  formId: string;
  /** The consultation's title and default language, from its latest published version. */
  title: LocalisedText;
  defaultLanguage: string;
  content: PublicResultsContent;
  participation: ResultsParticipation;
  publishedAt: string;
  updatedAt: string;
}

export const RESULTS_STATUSES = ['draft', 'published'] as const;
export type ResultsStatus = (typeof RESULTS_STATUSES)[number];

/** A results page as officers edit it. */
export interface ResultsDraft {
  formId: string;
  status: ResultsStatus;
  content: ResultsContent;
  publishedAt?: string;
  updatedAt: string;
  updatedBy?: string;
}

/** The compact reference index (`GET /api/results/references`): per form, its responses' codes, space-separated. */
export interface ReferenceIndex {
  forms: Record<string, string>;
}

export type ResultsContentCheck = { ok: true; content: ResultsContent } | { ok: false; errors: string[] };

/** Checks what an officer saves: its shape, then that no two themes or outcomes share an id. */
export function checkResultsContent(input: unknown): ResultsContentCheck {
  const result = v.safeParse(ResultsContentSchema, input);
  if (!result.success) {
    return {
      ok: false,
      errors: result.issues.map((issue) => {
        const path = v.getDotPath(issue);
        if (issue.input === undefined && path) return `${path} is missing.`;
        return path ? `${path}: ${issue.message}` : issue.message;
      }),
    };
  }
  const errors: string[] = [];
  for (const list of ['themes', 'outcomes'] as const) {
    const seen = new Set<string>();
    result.output[list].forEach(({ id }, i) => {
      if (seen.has(id)) errors.push(`${list}.${i}.id: "${id}" is used twice; each needs its own id.`);
      seen.add(id);
    });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, content: result.output };
}

/** An empty page to start from. */
export const EMPTY_RESULTS: ResultsContent = { themes: [], outcomes: [] };
