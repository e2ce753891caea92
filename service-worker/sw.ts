/// <reference lib="webworker" />
import { clientsClaim } from 'workbox-core';
import { isPageToWorker } from '../src/core/messages.ts';
import { installAppShell } from './app-shell.ts';
import { installFormImages } from './form-images.ts';
import { OUTBOX_SYNC_TAG, sendOutbox } from './send-outbox.ts';

declare const self: ServiceWorkerGlobalScope;

// The entry only wires events; what each does lives in the sibling modules.
installAppShell(self.__WB_MANIFEST);
installFormImages();

// A new version installs and then waits: the page offers it to staff once no form is in progress, and
// only their "Update now" (SKIP_WAITING) lets it take over. The very first install controls pages at once.
clientsClaim();

// Background Sync, where the browser has it: the browser wakes the worker once a connection exists.
// Throwing (by rejecting) asks the browser to retry later.
self.addEventListener('sync', (event) => {
  if (event.tag !== OUTBOX_SYNC_TAG) return;
  event.waitUntil(
    sendOutbox().then((summary) => {
      const code = summary.failure?.code;
      if (code === 'offline' || code === 'timeout' || code === 'server-error')
        throw new Error('Not sent yet; the browser will retry.');
    }),
  );
});

self.addEventListener('message', (event) => {
  const message = event.data;
  if (!isPageToWorker(message)) return;
  if (message.type === 'SEND_NOW') event.waitUntil(sendOutbox({ resetBackoff: message.resetBackoff ?? false }));
  if (message.type === 'SKIP_WAITING') void self.skipWaiting();
});

// Start-up: whatever waited while the worker slept is sent now, both when a new worker activates and
// whenever the browser starts this one again (to handle a page load, say).
self.addEventListener('activate', (event) => {
  event.waitUntil(sendOutbox());
});
// A stopped worker is started again for an event, and only the active worker gets fetch events, so its first
// fetch is its start. (Not `self.serviceWorker.state` at the top level: Firefox ESR has no `self.serviceWorker`,
// and a new version waiting for staff must not open, and so perhaps upgrade, the database under old pages.)
let sentOnStart = false;
self.addEventListener('fetch', (event) => {
  if (sentOnStart) return;
  sentOnStart = true;
  event.waitUntil(sendOutbox().catch(() => undefined));
});
