/// <reference lib="webworker" />
import { registerRoute } from 'workbox-routing';
import { FORM_IMAGES_CACHE, FORM_IMAGES_PATH } from '../src/core/form-images.ts';

declare const self: ServiceWorkerGlobalScope;

/**
 * Answers the forms' pictures (`/api/images/<sha>`) from the cache the page fills when it refreshes forms
 * (src/app/cache-form-images.ts), so they show offline; a picture not cached yet is fetched and kept. An
 * address is the hash of its bytes, so a cached picture is never out of date.
 */
export function installFormImages(): void {
  registerRoute(
    ({ url }) => url.origin === self.location.origin && url.pathname.startsWith(FORM_IMAGES_PATH),
    async ({ request }) => {
      const cache = await caches.open(FORM_IMAGES_CACHE);
      const cached = await cache.match(request.url);
      if (cached) return cached;
      const reply = await fetch(request);
      if (reply.ok) await cache.put(request.url, reply.clone());
      return reply;
    },
  );
}
