import { signal } from '@preact/signals';
import { Workbox } from 'workbox-window';
import { isWorkerToPage, type PageToWorker, type SendProgress, type SendSummary } from './core/messages.ts';

/**
 * The one page module that talks to the service worker: registration, updates, asking it to send, and
 * hearing how a send goes. The outbox itself is read from IndexedDB, not from messages.
 */
const OUTBOX_SYNC_TAG = 'chorus-outbox';
const listeners = new Set<(summary: SendSummary) => void>();

/** The send round under way, for the progress bar; null when none is. */
export const sendProgress = signal<SendProgress | null>(null);
/** A new version of Chorus is installed and waiting for staff to accept it. */
export const updateReady = signal(false);

let workbox: Workbox | undefined;

export function startServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  navigator.serviceWorker.addEventListener('message', (event) => {
    const message: unknown = event.data;
    if (!isWorkerToPage(message)) return;
    if (message.type === 'SEND_PROGRESS') sendProgress.value = message.progress;
    if (message.type === 'SEND_FINISHED') {
      sendProgress.value = null;
      for (const listener of listeners) listener(message.summary);
    }
  });
  if (!import.meta.env.PROD) return; // `vite` (dev) serves no worker.
  workbox = new Workbox('/sw.js');
  workbox.addEventListener('waiting', () => {
    updateReady.value = true;
  });
  void workbox.register();
}

/** Asks the worker to send now. Resolves false where no worker can (no support, or dev mode). */
export async function requestSend(options: { resetBackoff?: boolean } = {}): Promise<boolean> {
  // `vite` (dev) registers no worker, and `ready` would then never settle.
  if (!('serviceWorker' in navigator) || !import.meta.env.PROD) return false;
  const registration = await navigator.serviceWorker.ready;
  const message: PageToWorker = { type: 'SEND_NOW', ...options };
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

/** Staff accepted the update: the waiting worker takes over, then the page reloads into the new version. */
export function applyUpdate(): void {
  if (!workbox) return;
  workbox.addEventListener('controlling', () => window.location.reload());
  workbox.messageSkipWaiting();
}
