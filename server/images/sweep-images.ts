import type { Store } from '../store/store.ts';

/** How long an unused picture is kept: long enough for the draft it was uploaded for to be saved. */
export const UNUSED_IMAGE_DAYS = 1;

const IMAGE_ADDRESS = /\/api\/images\/([0-9a-f]{64})/g;

/**
 * Removes the pictures that no published version and no draft uses, once they are older than
 * UNUSED_IMAGE_DAYS: a picture replaced or removed in the builder, or one in a draft that was deleted. Every
 * picture of a published version stays, as tablets may still show that version. Returns how many went.
 */
export async function sweepUnusedImages(store: Store, now = new Date()): Promise<number> {
  const before = new Date(now.getTime() - UNUSED_IMAGE_DAYS * 24 * 60 * 60 * 1000).toISOString();
  const candidates = await store.images.imagesUploadedBefore(before);
  if (candidates.length === 0) return 0;
  const used = new Set<string>();
  for (const form of await store.listPublishedForms()) for (const id of imagesIn(form)) used.add(id);
  for (const draft of await store.drafts.list()) for (const id of imagesIn(draft.form)) used.add(id);
  // A draft saved after the list was read renews its pictures' time, so `before` keeps them.
  return store.images.removeImages(
    candidates.filter((id) => !used.has(id)),
    before,
  );
}

/** The pictures a form or draft shows: the ids in its `/api/images/<sha>` addresses. */
export function imagesIn(value: unknown): string[] {
  return [...new Set([...JSON.stringify(value).matchAll(IMAGE_ADDRESS)].map((match) => match[1] as string))];
}

/** Sweeps, and says on the console (never with personal data) when it could not; the caller carries on. */
export async function sweepQuietly(store: Store): Promise<void> {
  try {
    await sweepUnusedImages(store);
  } catch (error) {
    console.error('Unused pictures were not removed this time: %s', error instanceof Error ? error.message : error);
  }
}
