/**
 * The small, named set of messages between the page and the service worker.
 * The page asks; the worker reports. The outbox itself lives in IndexedDB, which both read.
 */
export type PageToWorker = { type: 'SEND_NOW' };

export type WorkerToPage = { type: 'SEND_FINISHED'; summary: SendSummary };

/** What one send round did, kept on the device so the page can say whether the last send worked. */
export interface SendSummary {
  /** ISO time the round finished. */
  at: string;
  /** Responses the endpoint acknowledged in this round. */
  sent: number;
  /** Responses that need staff attention (conflict or rejected) after this round. */
  needsAttention: number;
  /** Null when the round reached the endpoint and finished; otherwise why it stopped. */
  failure: SendFailure | null;
}

export type SendFailure =
  | { code: 'offline' }
  | { code: 'server-error'; status: number }
  | { code: 'refused'; status: number; message: string }
  | { code: 'bad-reply' };

export function isWorkerToPage(data: unknown): data is WorkerToPage {
  return typeof data === 'object' && data !== null && (data as { type?: unknown }).type === 'SEND_FINISHED';
}

export function isPageToWorker(data: unknown): data is PageToWorker {
  return typeof data === 'object' && data !== null && (data as { type?: unknown }).type === 'SEND_NOW';
}
