import { Workbox } from 'workbox-window';
import { isWorkerToPage, type PageToWorker, type SendSummary } from './core/messages.ts';

/**
 * The one page module that talks to the service worker: registration, asking it to send, and hearing
 * when a send round finished. The outbox itself is read from IndexedDB, not from messages.
 */
const OUTBOX_SYNC_TAG = 'chorus-outbox';
const listeners = new Set<(summary: SendSummary) => void>();

export function startServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  navigator.serviceWorker.addEventListener('message', (event) => {
    if (isWorkerToPage(event.data)) for (const listener of listeners) listener(event.data.summary);
  });
  if (import.meta.env.PROD) void new Workbox('/sw.js').register();
  // The worker sends on start-up too; asking again here covers a worker that was already running.
  void requestSend();
  window.addEventListener('online', () => void requestSend());
}

/** Asks the worker to send now ("Send now", start-up, `online`). Resolves once the message is posted. */
export async function requestSend(): Promise<boolean> {
  // `vite` (dev) registers no worker, and `ready` would then never settle.
  if (!('serviceWorker' in navigator) || !import.meta.env.PROD) return false;
  const registration = await navigator.serviceWorker.ready;
  const message: PageToWorker = { type: 'SEND_NOW' };
  registration.active?.postMessage(message);
  return registration.active !== null;
}

/**
 * After a submit: asks for Background Sync where the browser has it (it fires once a connection exists,
 * even if the page is closed), and tries to send straight away everywhere.
 */
export async function scheduleSend(): Promise<void> {
  if (!('serviceWorker' in navigator) || !import.meta.env.PROD) return;
  const registration = (await navigator.serviceWorker.ready) as ServiceWorkerRegistration & {
    sync?: { register(tag: string): Promise<void> };
  };
  await registration.sync?.register(OUTBOX_SYNC_TAG).catch(() => undefined);
  await requestSend();
}

export function onSendFinished(listener: (summary: SendSummary) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
