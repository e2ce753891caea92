import type { Page } from 'playwright-core';
import { putRowsInPage, readSettingInPage } from './in-page-idb.ts';

/** Waits until the service worker controls the page, as it must before the app works offline. */
export async function waitForServiceWorkerControl(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (navigator.serviceWorker.controller) return;
    await new Promise((resolve) =>
      navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
    );
  });
}

/** Responses in the device's outbox, read straight from IndexedDB (not through the app's code). */
export async function outboxCount(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('chorus');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const request = db.transaction('outbox').objectStore('outbox').count();
          request.onsuccess = () => {
            resolve(request.result);
            db.close();
          };
          request.onerror = () => reject(request.error);
        };
      }),
  );
}

/** The live status of the outbox: how many responses wait and how the last send went. */
export function outboxStatus(page: Page) {
  return page.getByRole('region', { name: 'Sending' }).getByRole('status');
}

/** Waits until the form says every answer so far is saved on the device. */
export async function waitForDraftSaved(page: Page): Promise<void> {
  await page.getByRole('status').filter({ hasText: 'Your answers so far are saved on this tablet.' }).waitFor();
}

/** The outbox as stored, in submission order, read straight from IndexedDB. */
export async function outboxEntriesRaw(page: Page): Promise<{ id: string; seq: number; state: string }[]> {
  const rows = await page.evaluate(
    () =>
      new Promise<{ id: string; seq: number; state: string }[]>((resolve, reject) => {
        const open = indexedDB.open('chorus');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('outbox').objectStore('outbox').getAll();
          request.onsuccess = () => {
            resolve(
              request.result.map((e: { id: string; seq: number; state: string }) => ({
                id: e.id,
                seq: e.seq,
                state: e.state,
              })),
            );
            open.result.close();
          };
          request.onerror = () => reject(request.error);
        };
      }),
  );
  return rows.sort((a, b) => a.seq - b.seq);
}

/** The draft for a form, read straight from IndexedDB, or null. */
export async function draftRaw(page: Page, formId: string): Promise<{ answers: Record<string, unknown> } | null> {
  return page.evaluate(
    (id) =>
      new Promise<{ answers: Record<string, unknown> } | null>((resolve, reject) => {
        const open = indexedDB.open('chorus');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('drafts').objectStore('drafts').get(id);
          request.onsuccess = () => {
            resolve(request.result ?? null);
            open.result.close();
          };
          request.onerror = () => reject(request.error);
        };
      }),
    formId,
  );
}

/** Puts entries straight into the page's outbox with raw IndexedDB, as the app itself stores them. */
export async function putOutboxEntries(page: Page, entries: unknown[]): Promise<void> {
  await page.evaluate(putRowsInPage, { store: 'outbox', rows: entries });
}

/** Writes a draft straight into IndexedDB, as the app stores it (to start a test mid-form). */
export async function putDraft(page: Page, draft: Record<string, unknown>): Promise<void> {
  if (page.url() === 'about:blank') throw new Error('Open a page of the app first: drafts live in its origin.');
  await page.evaluate(putRowsInPage, { store: 'drafts', rows: [draft] });
}

/** This tablet's device id, read straight from IndexedDB (the app makes it on first start). */
export async function deviceIdRaw(page: Page): Promise<string> {
  const id = await page.evaluate(readSettingInPage, 'deviceId');
  if (typeof id !== 'string') throw new Error('This tablet has no device id yet: open the app first.');
  return id;
}
