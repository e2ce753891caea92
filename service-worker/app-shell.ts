/// <reference lib="webworker" />

import type { PrecacheEntry } from 'workbox-precaching';
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';

/**
 * Precaches the app shell (the build injects its file list) and answers every page navigation with
 * the cached index.html, so a reload with no connection shows Chorus, not the browser's error page.
 * The API is never answered from this cache.
 */
export function installAppShell(manifest: (string | PrecacheEntry)[]): void {
  precacheAndRoute(manifest);
  cleanupOutdatedCaches();
  registerRoute(new NavigationRoute(createHandlerBoundToURL('index.html'), { denylist: [/^\/api\//] }));
}
