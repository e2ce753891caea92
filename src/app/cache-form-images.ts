import { FORM_IMAGES_CACHE, formImageSources } from '../core/form-images.ts';
import { db } from '../db/db.ts';

/**
 * Keeps every picture the device's forms show in Cache Storage, fetching those not yet kept, and deletes
 * the pictures no kept form shows any more. A picture that cannot be fetched now is tried again at the
 * next refresh; the information screen still shows its description meanwhile.
 */
export async function cacheFormImages(): Promise<void> {
  if (typeof caches === 'undefined') return;
  const forms = (await db.forms.toArray()).map((stored) => stored.definition);
  const wanted = new Set(formImageSources(forms).map((src) => new URL(src, location.href).href));
  const cache = await caches.open(FORM_IMAGES_CACHE);
  for (const request of await cache.keys()) {
    if (!wanted.has(request.url)) await cache.delete(request);
  }
  await Promise.all(
    [...wanted].map(async (url) => {
      if (await cache.match(url)) return;
      try {
        const reply = await fetch(url);
        if (reply.ok) await cache.put(url, reply);
      } catch {
        // Offline, or the endpoint is away: the next refresh tries again.
      }
    }),
  );
}
