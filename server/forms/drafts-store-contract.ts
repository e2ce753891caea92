import { expect, test } from 'vitest';
import { TEST_FORM } from '../../src/core/test-fixtures.ts';
import type { Store } from '../store/store.ts';
import type { FormDraft } from './drafts-store.ts';

const draft = (overrides: Partial<FormDraft> = {}): FormDraft => ({
  formId: 'test-form',
  form: { ...TEST_FORM, version: 2 },
  basedOnVersion: 1,
  updatedAt: '2026-11-30T10:42:00.000Z',
  updatedBy: 'Test officer',
  ...overrides,
});

/** The drafts' part of the store contract (store-contract.ts registers it for SQLite and PostgreSQL). */
export function draftStoreContract(store: () => Store): void {
  test('a draft is created once, saved over, listed newest first, kept after a restart and removed', async () => {
    const { drafts } = store();
    expect(await drafts.find('test-form')).toBeUndefined();
    expect(await drafts.create(draft())).toBe(true);
    expect(await drafts.create(draft({ form: { changed: true } }))).toBe(false);
    expect((await drafts.find('test-form'))?.form).toEqual({ ...TEST_FORM, version: 2 });

    // Not yet a valid form: a draft keeps whatever JSON the builder sends.
    expect(await drafts.save(draft({ form: { title: { en: 'Half' } }, updatedAt: '2026-11-30T10:43:00.000Z' }))).toBe(
      true,
    );
    expect(await drafts.save(draft({ formId: 'nowhere' }))).toBe(false);
    // Saved over only if it is still the draft the saver read: here someone saved it at 10:43 since.
    expect(await drafts.save(draft({ form: { stale: true } }), '2026-11-30T10:42:00.000Z')).toBe(false);
    expect((await drafts.find('test-form'))?.form).toEqual({ title: { en: 'Half' } });
    expect(
      await drafts.save(
        draft({ form: { title: { en: 'Half' } }, updatedAt: '2026-11-30T10:43:00.000Z' }),
        '2026-11-30T10:43:00.000Z',
      ),
    ).toBe(true);
    await drafts.create(draft({ formId: 'new-one', basedOnVersion: null, updatedAt: '2026-11-30T09:00:00.000Z' }));
    expect(await drafts.list()).toEqual([
      draft({ form: { title: { en: 'Half' } }, updatedAt: '2026-11-30T10:43:00.000Z' }),
      draft({ formId: 'new-one', basedOnVersion: null, updatedAt: '2026-11-30T09:00:00.000Z' }),
    ]);

    // Removed only if it is still the draft the remover read.
    expect(await drafts.remove('test-form', '2026-11-30T10:42:00.000Z')).toBe(false);
    expect(await drafts.remove('test-form', '2026-11-30T10:43:00.000Z')).toBe(true);
    await drafts.create(draft());
    expect(await drafts.remove('test-form')).toBe(true);
    expect(await drafts.remove('test-form')).toBe(false);
    expect((await drafts.list()).map((d) => d.formId)).toEqual(['new-one']);
  });
}
