import { expect, test } from 'vitest';
import type { ResultsContent } from '../../src/core/results-page.ts';
import { TEST_FORM, testResponse } from '../../src/core/test-fixtures.ts';
import type { Store } from '../store/store.ts';

const CONTENT: ResultsContent = {
  themes: [{ id: 'hours', title: { en: 'Hours' }, said: { en: 'Open later.' }, quotes: [] }],
  outcomes: [],
};

/**
 * The results-page tests every store must pass; storeContract (server/store/store-contract.ts) registers
 * them with its own fresh store, so SQLite and PostgreSQL both run them.
 */
export function resultsStoreContract(current: () => Store): void {
  test('results: a saved page is a draft until published, keeps its status when edited, and can be unpublished', async () => {
    const { results } = current();
    expect(await results.findResults('test-form')).toBeUndefined();
    expect(await results.setResultsStatus('test-form', 'published', null, new Date())).toBeUndefined();
    const saved = await results.saveResults('test-form', CONTENT, 'officer-1', new Date('2026-12-01T09:00:00.000Z'));
    expect(saved).toEqual({
      formId: 'test-form',
      status: 'draft',
      content: CONTENT,
      updatedAt: '2026-12-01T09:00:00.000Z',
      updatedBy: 'officer-1',
    });
    expect(await results.listPublishedResults()).toEqual([]);
    await results.setResultsStatus('test-form', 'published', 'officer-2', new Date('2026-12-02T09:00:00.000Z'));
    const changed = { ...CONTENT, themes: [] };
    await results.saveResults('test-form', changed, null, new Date('2026-12-03T09:00:00.000Z'));
    expect(await results.listPublishedResults()).toEqual([
      {
        formId: 'test-form',
        status: 'published',
        content: changed,
        publishedAt: '2026-12-02T09:00:00.000Z',
        updatedAt: '2026-12-03T09:00:00.000Z',
      },
    ]);
    await results.saveResults('other-form', CONTENT, null, new Date('2026-12-01T09:00:00.000Z'));
    await results.setResultsStatus('other-form', 'published', null, new Date('2026-12-04T09:00:00.000Z'));
    expect((await results.listPublishedResults()).map((page) => page.formId)).toEqual(['other-form', 'test-form']);
    await results.setResultsStatus('test-form', 'draft', null, new Date('2026-12-05T09:00:00.000Z'));
    expect((await results.listPublishedResults()).map((page) => page.formId)).toEqual(['other-form']);
    expect((await results.findResults('test-form'))?.status).toBe('draft');
  });

  test('results: response references list every response with its form; a prefix finds the forms', async () => {
    const store = current();
    await store.publishForm(TEST_FORM);
    const first = testResponse({ id: '0123abcd-ef01-4000-8000-000000000001' });
    const second = testResponse({ id: '0123ABCD-EF99-4000-8000-000000000002' });
    const third = testResponse({ id: 'ffffffff-ff01-4000-8000-000000000003' });
    await store.storeResponses([first, second, third].map((response) => ({ response, contentHash: response.id })));
    expect(await store.results.responseReferences()).toEqual([
      { formId: 'test-form', id: first.id },
      { formId: 'test-form', id: second.id },
      { formId: 'test-form', id: third.id },
    ]);
    expect(await store.results.formsOfResponsesStartingWith('0123abcd-ef')).toEqual(['test-form']);
    expect(await store.results.formsOfResponsesStartingWith('00000000-00')).toEqual([]);
  });
}
