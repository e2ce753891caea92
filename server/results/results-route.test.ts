import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { FormDefinition } from '../../src/core/form.ts';
import { referenceCode } from '../../src/core/reference-code.ts';
import type { SubmittedResponse } from '../../src/core/response.ts';
import { parseResultsPage, type ResultsContent, type ResultsPage } from '../../src/core/results-page.ts';
import { TEST_PRIVACY, testResponse } from '../../src/core/test-fixtures.ts';
import { testApp } from '../test-app.ts';

/** A form whose free text may be quoted only by those who tick "agree". */
const QUOTE_FORM: FormDefinition = {
  id: 'quote-form',
  version: 1,
  defaultLanguage: 'en',
  title: { en: 'Parks', cy: 'Parciau' },
  description: { en: 'About parks.' },
  organisation: { en: 'Test council' },
  estimatedMinutes: 2,
  privacy: TEST_PRIVACY,
  quoteConsent: 'agree',
  questions: [
    { id: 'ideas', type: 'longtext', required: false, maxLength: 500, label: { en: 'Your ideas?' } },
    { id: 'agree', type: 'consent', required: false, label: { en: 'Quote?' }, statement: { en: 'You may quote me.' } },
  ],
};

const CONTENT: ResultsContent = {
  themes: [{ id: 'benches', title: { en: 'Benches' }, said: { en: 'More benches, please.' }, quotes: [] }],
  outcomes: [
    {
      id: 'new-benches',
      action: { en: 'Put ten new benches in the park' },
      owner: { en: 'Parks team' },
      due: '2027-05-01',
      measure: { en: 'Benches installed' },
      status: 'planned',
    },
  ],
};

let app: Awaited<ReturnType<typeof testApp>>;
beforeEach(async () => {
  app = await testApp();
  await app.store.publishForm(QUOTE_FORM);
});
afterEach(() => app.dispose());

const parks = (overrides: Partial<SubmittedResponse>) =>
  testResponse({ formId: 'quote-form', formVersion: 1, answers: {}, ...overrides });

async function send(responses: SubmittedResponse[]): Promise<void> {
  const reply = await app.sync({ deviceId: 'device-1', responses });
  const body = (await reply.json()) as { results: { status: string }[] };
  expect(body.results.map((r) => r.status)).toEqual(responses.map(() => 'stored'));
}

const put = (content: unknown, role: 'officer' | 'outreach' = 'officer') =>
  app.asOfficer(
    '/api/results/quote-form/draft',
    { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(content) },
    role,
  );

describe('officer routes', () => {
  test('need the results permission, a session and, to change anything, the CSRF token', async () => {
    expect((await app.request('/api/results/quote-form/draft')).status).toBe(401);
    expect((await app.asOfficer('/api/results/quote-form/draft', {}, 'outreach')).status).toBe(403);
    expect((await put(CONTENT, 'outreach')).status).toBe(403);
    expect((await app.asOfficer('/api/results/quote-form/draft', {}, 'administrator')).status).toBe(200);
    const { Cookie } = await app.signIn('officer');
    const withoutToken = await app.request('/api/results/quote-form/draft', {
      method: 'PUT',
      headers: { Cookie: Cookie ?? '', 'Content-Type': 'application/json' },
      body: JSON.stringify(CONTENT),
    });
    expect(withoutToken.status).toBe(403);
    expect(((await withoutToken.json()) as { error: { code: string } }).error.code).toBe('csrf');
  });

  test('save a draft, publish it, then unpublish it; the public list shows only a published page', async () => {
    expect(await (await app.asOfficer('/api/results/quote-form/draft')).json()).toMatchObject({ page: null });
    expect((await app.asOfficer('/api/results/quote-form/publish', { method: 'POST' })).status).toBe(404);
    const saved = await put(CONTENT);
    expect(saved.status).toBe(200);
    expect(await saved.json()).toMatchObject({ formId: 'quote-form', status: 'draft', content: CONTENT });
    expect(await (await app.request('/api/results')).json()).toEqual({ pages: [] });

    const published = await app.asOfficer('/api/results/quote-form/publish', { method: 'POST' });
    expect(await published.json()).toMatchObject({ status: 'published', publishedAt: expect.any(String) });
    const { pages } = (await (await app.request('/api/results')).json()) as { pages: ResultsPage[] };
    expect(pages).toEqual([
      expect.objectContaining({
        formId: 'quote-form',
        title: QUOTE_FORM.title,
        defaultLanguage: 'en',
        content: CONTENT,
      }),
    ]);
    // What the endpoint publishes is what tablets accept, unchanged.
    expect(pages.map(parseResultsPage)).toEqual(pages);

    await app.asOfficer('/api/results/quote-form/unpublish', { method: 'POST' });
    expect(await (await app.request('/api/results')).json()).toEqual({ pages: [] });
  });

  test('an invalid page is refused, saying where, and nothing is saved; an unknown form is 404', async () => {
    const reply = await put({ ...CONTENT, outcomes: [{ ...CONTENT.outcomes[0], status: 'finished' }] });
    expect(reply.status).toBe(400);
    expect(await reply.json()).toMatchObject({
      errors: ['outcomes.0.status: An outcome is planned, in-progress, done or not-done.'],
    });
    expect(await (await app.asOfficer('/api/results/quote-form/draft')).json()).toMatchObject({ page: null });
    expect((await app.asOfficer('/api/results/no-such-form/draft')).status).toBe(404);
  });
});

describe('quotable answers', () => {
  test('only consenting responses, only their free text, searchable and paged', async () => {
    const agreed = parks({ answers: { ideas: 'More trees by the pond', agree: true } });
    const refused = parks({ answers: { ideas: 'SECRET words, do not quote' } });
    const agreedToo = parks({ answers: { ideas: 'A café near the swings', agree: true }, event: 'Fair' });
    await send([agreed, refused, agreedToo]);

    const all = (await (await app.asOfficer('/api/results/quote-form/quotable')).json()) as {
      quotes: Record<string, unknown>[];
      total: number;
    };
    expect(all.total).toBe(2);
    expect(all.quotes).toEqual([
      {
        responseId: agreed.id,
        questionId: 'ideas',
        question: 'Your ideas?',
        text: 'More trees by the pond',
        submittedAt: agreed.submittedAt,
      },
      expect.objectContaining({ responseId: agreedToo.id, text: 'A café near the swings' }),
    ]);
    expect(JSON.stringify(all)).not.toContain('SECRET');
    expect(JSON.stringify(all)).not.toMatch(/device-1|Fair/);

    const searched = await (await app.asOfficer('/api/results/quote-form/quotable?q=CAFÉ')).json();
    expect(searched).toMatchObject({ total: 1, quotes: [{ responseId: agreedToo.id }] });
    const secret = await (await app.asOfficer('/api/results/quote-form/quotable?q=secret')).json();
    expect(secret).toMatchObject({ total: 0, quotes: [] });
    const second = await (await app.asOfficer('/api/results/quote-form/quotable?offset=1&limit=1')).json();
    expect(second).toMatchObject({ total: 2, offset: 1, limit: 1, quotes: [{ responseId: agreedToo.id }] });
    expect((await app.request('/api/results/quote-form/quotable')).status).toBe(401);
  });
});

test('a quote is saved only word for word from someone who agreed; residents never see its response id', async () => {
  const agreed = parks({ answers: { ideas: 'More trees by the pond', agree: true } });
  const refused = parks({ answers: { ideas: 'Keep this to yourselves' } });
  await send([agreed, refused]);
  const withQuotes = (...quotes: ResultsContent['themes'][0]['quotes']) => ({
    ...CONTENT,
    themes: [{ ...CONTENT.themes[0], quotes }],
  });

  // Not from someone who agreed, or not their words exactly: refused, saying which quote, and nothing saved.
  const notAgreed = await put(
    withQuotes({ responseId: refused.id, questionId: 'ideas', text: 'Keep this to yourselves' }),
  );
  expect(notAgreed.status).toBe(400);
  expect(await notAgreed.json()).toMatchObject({
    errors: [expect.stringMatching(/^themes\.0\.quotes\.0: This quote is not/)],
  });
  const edited = await put(withQuotes({ responseId: agreed.id, questionId: 'ideas', text: 'More trees!' }));
  expect(edited.status).toBe(400);
  expect(await (await app.asOfficer('/api/results/quote-form/draft')).json()).toMatchObject({ page: null });

  const quote = { responseId: agreed.id, questionId: 'ideas', text: 'More trees by the pond' };
  expect((await put(withQuotes(quote))).status).toBe(200);
  await app.asOfficer('/api/results/quote-form/publish', { method: 'POST' });
  const { pages } = (await (await app.request('/api/results')).json()) as { pages: ResultsPage[] };
  expect(pages[0]?.content.themes[0]?.quotes).toEqual([{ questionId: 'ideas', text: 'More trees by the pond' }]);
  expect(JSON.stringify(pages)).not.toContain(agreed.id);
});

describe('participation figures', () => {
  test('suppress groups of 1 to 4, and one more where subtraction would give a small group back', async () => {
    await send([
      ...Array.from({ length: 6 }, () => parks({ channel: 'kiosk', event: 'Library' })),
      ...Array.from({ length: 5 }, () => parks({ channel: 'assisted', event: 'Library' })),
      parks({ channel: 'paper', event: 'Market' }),
    ]);
    await put(CONTENT);
    await app.asOfficer('/api/results/quote-form/publish', { method: 'POST' });
    const { pages } = (await (await app.request('/api/results')).json()) as { pages: ResultsPage[] };
    expect(pages[0]?.participation).toEqual({
      total: 12,
      byChannel: [
        { key: 'assisted', count: null, suppressed: true, secondary: true },
        { key: 'kiosk', count: 6 },
        { key: 'paper', count: null, suppressed: true },
      ],
      byEvent: [
        { key: 'Library', count: null, suppressed: true, secondary: true },
        { key: 'Market', count: null, suppressed: true },
      ],
    });
  });

  test('a total under 5 is suppressed', async () => {
    await send([parks({})]);
    const { participation } = (await (await app.asOfficer('/api/results/quote-form/draft')).json()) as {
      participation: ResultsPage['participation'];
    };
    expect(participation).toMatchObject({ total: null, totalSuppressed: true });
  });
});

describe('references', () => {
  test('only a set-up tablet gets the index, which lists each form’s codes; lookup finds the consultation and whether results are out', async () => {
    const answer = parks({ id: crypto.randomUUID() });
    const other = testResponse({ id: crypto.randomUUID() });
    await send([answer, other]);
    const refused = await app.request('/api/results/references');
    expect(refused.status).toBe(401);
    expect(await refused.json()).toMatchObject({ error: { code: 'device-not-enrolled' } });
    const asOfficer = await app.asOfficer('/api/results/references');
    expect(asOfficer.status).toBe(401);
    const asTablet = await app.request('/api/results/references', {
      headers: { Authorization: `Bearer ${app.device.token}` },
    });
    const index = (await asTablet.json()) as { forms: Record<string, string> };
    expect(index.forms).toEqual({
      'quote-form': referenceCode(answer.id).replace('-', ''),
      'test-form': referenceCode(other.id).replace('-', ''),
    });

    const typed = referenceCode(answer.id).toLowerCase().replace('-', ' ');
    const found = await app.request(`/api/results/lookup?code=${encodeURIComponent(typed)}`);
    expect(await found.json()).toEqual({
      forms: [{ formId: 'quote-form', title: QUOTE_FORM.title, defaultLanguage: 'en', published: false }],
    });
    await put(CONTENT);
    await app.asOfficer('/api/results/quote-form/publish', { method: 'POST' });
    const again = await app.request(`/api/results/lookup?code=${referenceCode(answer.id)}`);
    expect(await again.json()).toMatchObject({ forms: [{ formId: 'quote-form', published: true }] });
  });

  test('an unknown code is 404 and text that cannot be a code is 400, each saying what to do', async () => {
    const unknown = await app.request('/api/results/lookup?code=ZZZZ-ZZZZ');
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ error: { code: 'unknown-reference' } });
    const bad = await app.request('/api/results/lookup?code=hello');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { code: 'invalid-reference' } });
  });
});
