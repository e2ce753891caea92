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
  const note = (value: unknown) => {
    for (const [, id] of JSON.stringify(value).matchAll(IMAGE_ADDRESS)) used.add(id as string);
  };
  for (const form of await store.listPublishedForms()) note(form);
  for (const draft of await store.drafts.list()) note(draft.form);
  return store.images.removeImages(
    candidates.filter((id) => !used.has(id)),
    before,
  );
}
