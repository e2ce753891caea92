import { type Context, Hono } from 'hono';
import type { FormDefinition } from '../../src/core/form.ts';
import { referenceCode } from '../../src/core/reference-code.ts';
import { referenceIdPrefix } from '../../src/core/reference-prefix.ts';
import {
  checkResultsContent,
  publicContent,
  type ReferenceIndex,
  type ResultsDraft,
  type ResultsPage,
  type ResultsStatus,
} from '../../src/core/results-page.ts';
import { apiError } from '../api-error.ts';
import type { Access, AccessEnv } from '../auth/access.ts';
import { readJsonBody } from '../read-json-body.ts';
import type { Store } from '../store/store.ts';
import { countParticipation } from './participation.ts';
import { quotableList, unconsentedQuotes } from './quotable-route.ts';

/** What a reference lookup answers: the consultation, and whether its results are published yet. */
export interface ReferenceLookup {
  forms: { formId: string; title: FormDefinition['title']; defaultLanguage: string; published: boolean }[];
}

/**
 * "You said, we did" (issue 8), under `/api/results`.
 *
 * Public, for tablets and the web: `GET /` every published page with its participation figures;
 * `GET /references` the compact reference index (per form, its responses' codes, space-separated: a code
 * shows only that someone answered that consultation, so any tablet can check one offline);
 * `GET /lookup?code=` the consultation a code belongs to.
 *
 * Officers with the `results` permission (checked here, CSRF included): `GET /:formId/draft`,
 * `PUT /:formId/draft`, `POST /:formId/publish`, `POST /:formId/unpublish`, `GET /:formId/quotable`.
 */
export function resultsRoute(store: Store, access: Access): Hono<AccessEnv> {
  const route = new Hono<AccessEnv>();
  // Every path of two segments is an officer's; the public ones have one.
  route.use('/:formId/:action', access.officer('results'));

  const latestForms = async (): Promise<Map<string, FormDefinition>> => {
    const latest = new Map<string, FormDefinition>();
    for (const form of await store.listPublishedForms()) {
      const known = latest.get(form.id);
      if (!known || known.version < form.version) latest.set(form.id, form);
    }
    return latest;
  };

  route.get('/', async (c) => {
    const forms = await latestForms();
    const pages: ResultsPage[] = [];
    for (const page of await store.results.listPublishedResults()) {
      const form = forms.get(page.formId);
      if (!form) continue;
      pages.push({
        formId: page.formId,
        title: form.title,
        defaultLanguage: form.defaultLanguage,
        content: publicContent(page.content),
        participation: await countParticipation(store, page.formId),
        publishedAt: page.publishedAt ?? page.updatedAt,
        updatedAt: page.updatedAt,
      });
    }
    return c.json({ pages });
  });

  // Only set-up tablets get the index: it lists every response's code, so its length would tell anyone how
  // many answered each consultation, however few (the published figures hide totals under 5).
  route.get('/references', access.device(), async (c) => {
    const codes = new Map<string, string[]>();
    for (const { formId, id } of await store.results.responseReferences()) {
      let code: string;
      try {
        code = referenceCode(id).replace('-', '');
      } catch {
        continue; // Not a UUID, so it never had a reference.
      }
      codes.set(formId, [...(codes.get(formId) ?? []), code]);
    }
    // Sorted, so the list says nothing about the order responses arrived in.
    const index: ReferenceIndex = {
      forms: Object.fromEntries([...codes].map(([id, list]) => [id, list.sort().join(' ')])),
    };
    return c.json(index);
  });

  route.get('/lookup', async (c) => {
    const prefix = referenceIdPrefix(c.req.query('code') ?? '');
    if (!prefix) {
      return apiError(c, 400, 'invalid-reference', 'A reference is 8 letters and numbers, like 7ZK3-Q9M1.');
    }
    const formIds = await store.results.formsOfResponsesStartingWith(prefix);
    if (formIds.length === 0) {
      return apiError(c, 404, 'unknown-reference', 'No response has this reference. Check it and try again.');
    }
    const forms = await latestForms();
    const published = new Set((await store.results.listPublishedResults()).map((page) => page.formId));
    const lookup: ReferenceLookup = {
      forms: formIds.flatMap((formId) => {
        const form = forms.get(formId);
        return form
          ? [{ formId, title: form.title, defaultLanguage: form.defaultLanguage, published: published.has(formId) }]
          : [];
      }),
    };
    return c.json(lookup);
  });

  const knownForm = async (formId: string) => (await latestForms()).has(formId);

  route.get('/:formId/draft', async (c) => {
    const formId = c.req.param('formId');
    if (!(await knownForm(formId))) return unknownForm(c, formId);
    const page = (await store.results.findResults(formId)) ?? null;
    return c.json<{ page: ResultsDraft | null; participation: ResultsPage['participation'] }>({
      page,
      participation: await countParticipation(store, formId),
    });
  });

  route.put('/:formId/draft', async (c) => {
    const formId = c.req.param('formId');
    if (!(await knownForm(formId))) return unknownForm(c, formId);
    const body = await readJsonBody(c, 'The results page');
    if (!body.ok) return body.reply;
    const checked = checkResultsContent(body.value);
    if (!checked.ok) {
      return c.json(
        {
          error: { code: 'invalid-results', message: 'The results page was not saved: fix these first.' },
          errors: checked.errors,
        },
        400,
      );
    }
    const saved = await store.results.findResults(formId);
    const refused = await unconsentedQuotes(store, formId, checked.content, saved?.content);
    if (refused.length > 0) {
      return c.json(
        {
          error: { code: 'quote-not-consented', message: 'The results page was not saved: fix these first.' },
          errors: refused,
        },
        400,
      );
    }
    return c.json(await store.results.saveResults(formId, checked.content, c.get('officer').id, new Date()));
  });

  const setStatus = (status: ResultsStatus) => async (c: Context<AccessEnv>) => {
    const formId = c.req.param('formId') ?? '';
    const page = await store.results.setResultsStatus(formId, status, c.get('officer').id, new Date());
    if (!page) {
      return apiError(c, 404, 'no-results-page', `There is no saved results page for "${formId}": save one first.`);
    }
    return c.json(page);
  };
  route.post('/:formId/publish', setStatus('published'));
  route.post('/:formId/unpublish', setStatus('draft'));

  route.get('/:formId/quotable', (c) => quotableList(c, store));
  return route;
}

function unknownForm(c: Parameters<typeof apiError>[0], formId: string) {
  return apiError(c, 404, 'unknown-form', `There is no published consultation "${formId}".`);
}
