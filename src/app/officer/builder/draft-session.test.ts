import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { TEST_FORM } from '../../../core/test-fixtures.ts';
import { changeForm, closeDraft, type FormDraft, keepMine, openDraft, saveNow, saveState } from './draft-session.ts';

// The builder's autosave against an endpoint that keeps one draft and refuses a save based on an older one
// (as server/forms/drafts-route.ts does), answering only when the test lets it.

interface Put {
  basedOn: string;
  answer: () => void;
}
let kept: FormDraft;
let puts: Put[];
let saves: number;

function draft(updatedAt: string, updatedBy: string | null = 'Amina Officer'): FormDraft {
  return { formId: 'test-form', form: TEST_FORM, basedOnVersion: null, updatedAt, updatedBy };
}
const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  kept = draft('T0');
  puts = [];
  saves = 0;
  vi.stubGlobal(
    'fetch',
    vi.fn(async (_path: string, init: RequestInit) => {
      const { form, basedOn } = JSON.parse(String(init.body)) as { form: FormDraft['form']; basedOn: string };
      // Each PUT waits for the test to answer it, so saves can overlap as on a slow connection.
      await new Promise<void>((answer) => puts.push({ basedOn, answer }));
      if (basedOn !== kept.updatedAt) {
        return json({ error: { code: 'draft-changed', message: 'Someone saved it.' }, draft: kept }, 409);
      }
      saves += 1;
      kept = { ...draft(`T${saves}`), form };
      return json({ draft: kept });
    }),
  );
  openDraft.value = { kind: 'open', draft: draft('T0'), published: [] };
});
afterEach(() => {
  closeDraft();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

/** Answers the PUTs waiting, one by one, until `done` settles. */
async function answerUntil<T>(done: Promise<T>): Promise<T> {
  let settled = false;
  void done.finally(() => {
    settled = true;
  });
  while (!settled) {
    await vi.waitFor(() => expect(puts.length > 0 || settled).toBe(true));
    puts.shift()?.answer();
    await Promise.resolve();
  }
  return done;
}

test('saves asked for while one is in flight go one after another, each based on the one before', async () => {
  const all = Promise.all([saveNow(), saveNow(), saveNow()]);
  expect(await answerUntil(all)).toEqual([true, true, true]);
  expect(saves).toBe(3);
  expect(saveState.value).toEqual({ kind: 'saved', at: 'T3' });
});

test('after another officer’s save, nothing more is sent until the officer chooses; then theirs is saved over', async () => {
  kept = draft('T9', 'Ben Officer'); // Ben saved after this builder read T0.
  changeForm((form) => ({ ...form, estimatedMinutes: 7 }));
  const first = saveNow();
  await vi.waitFor(() => expect(puts).toHaveLength(1));
  // Typed while the save that will be refused is on its way: its timer must not send it afterwards.
  changeForm((form) => ({ ...form, estimatedMinutes: 8 }));
  puts.shift()?.answer();
  expect(await first).toBe(false);
  expect(saveState.value).toMatchObject({ kind: 'conflict', theirs: { updatedAt: 'T9', updatedBy: 'Ben Officer' } });

  changeForm((form) => ({ ...form, estimatedMinutes: 9 }));
  await vi.advanceTimersByTimeAsync(5_000);
  expect(await saveNow()).toBe(false);
  expect(puts).toHaveLength(0);
  expect(fetch).toHaveBeenCalledTimes(1);

  expect(await answerUntil(keepMine())).toBe(true);
  expect(kept.form).toMatchObject({ estimatedMinutes: 9 });
  expect(saveState.value).toEqual({ kind: 'saved', at: 'T1' });
});
