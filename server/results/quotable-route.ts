import type { Context } from 'hono';
import { type FormDefinition, formKey } from '../../src/core/form.ts';
import { quotableAnswers } from '../../src/core/quotable-answers.ts';
import type { ResultsContent } from '../../src/core/results-page.ts';
import { localise } from '../../src/core/text.ts';
import type { Store } from '../store/store.ts';

/** One consented free-text answer as officers pick quotes from it: never the device, event or other answers. */
export interface QuotableItem {
  responseId: string;
  questionId: string;
  question: string;
  text: string;
  submittedAt: string;
}

export interface QuotableList {
  quotes: QuotableItem[];
  total: number;
  offset: number;
  limit: number;
}

const MAX_LIMIT = 100;

/**
 * `GET /api/results/:formId/quotable?q=WORD&offset=0&limit=20`: the free-text answers of that form whose
 * writers agreed to be quoted (src/core/quotable-answers.ts), oldest first, those containing WORD (any case)
 * when given, a page at a time.
 */
export async function quotableList(c: Context, store: Store): Promise<Response> {
  const formId = c.req.param('formId') ?? '';
  const word = (c.req.query('q') ?? '').trim().toLocaleLowerCase();
  const offset = Math.max(0, Number.parseInt(c.req.query('offset') ?? '0', 10) || 0);
  const limit = Math.min(MAX_LIMIT, Math.max(1, Number.parseInt(c.req.query('limit') ?? '20', 10) || 20));
  const forms = new Map<string, FormDefinition | undefined>();
  const quotes: QuotableItem[] = [];
  let total = 0;
  for await (const page of store.findResponses({ formId })) {
    for (const response of page) {
      const key = formKey(response.formId, response.formVersion);
      if (!forms.has(key)) forms.set(key, await store.findForm(response.formId, response.formVersion));
      const form = forms.get(key);
      if (!form) continue;
      for (const answer of quotableAnswers(form, response.answers)) {
        if (word && !answer.text.toLocaleLowerCase().includes(word)) continue;
        total++;
        if (total <= offset || quotes.length >= limit) continue;
        const question = form.questions.find((q) => q.id === answer.questionId);
        quotes.push({
          responseId: response.id,
          questionId: answer.questionId,
          question: question ? localise(question.label, form.defaultLanguage, form.defaultLanguage).text : '',
          text: answer.text,
          submittedAt: response.submittedAt,
        });
      }
    }
  }
  return c.json<QuotableList>({ quotes, total, offset, limit });
}

/**
 * The quotes in `content` that are not, word for word, a consented free-text answer to this form, each as a
 * problem naming where it is ("themes.0.quotes.1: …"). The officer screen only offers consented answers, but
 * the endpoint holds the rule itself: a quote typed or edited by hand, or taken from someone who did not
 * agree, is refused. Quotes already in the saved page were checked when it was saved (and the demo's sample
 * quotes were seeded, not saved here), so only new ones are looked for.
 */
export async function unconsentedQuotes(
  store: Store,
  formId: string,
  content: ResultsContent,
  saved: ResultsContent | undefined,
): Promise<string[]> {
  const key = (q: { responseId: string; questionId: string; text: string }) =>
    `${q.responseId}\u0000${q.questionId}\u0000${q.text}`;
  const known = new Set(saved?.themes.flatMap((theme) => theme.quotes.map(key)) ?? []);
  const wanted = new Map<string, string>();
  content.themes.forEach((theme, t) => {
    theme.quotes.forEach((quote, q) => {
      if (!known.has(key(quote))) wanted.set(key(quote), `themes.${t}.quotes.${q}`);
    });
  });
  if (wanted.size === 0) return [];
  const ids = new Set([...wanted.keys()].map((k) => k.split('\u0000')[0]));
  const forms = new Map<string, FormDefinition | undefined>();
  for await (const page of store.findResponses({ formId })) {
    for (const response of page) {
      if (!ids.has(response.id)) continue;
      const versionKey = formKey(response.formId, response.formVersion);
      if (!forms.has(versionKey)) forms.set(versionKey, await store.findForm(response.formId, response.formVersion));
      const form = forms.get(versionKey);
      if (!form) continue;
      for (const answer of quotableAnswers(form, response.answers))
        wanted.delete(key({ responseId: response.id, ...answer }));
    }
  }
  return [...wanted.values()].map(
    (path) =>
      `${path}: This quote is not, word for word, an answer to this consultation from someone who agreed to be quoted. Choose quotes from the list of answers people agreed may be quoted.`,
  );
}
