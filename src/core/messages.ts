/**
 * The small, named set of messages between the page and the service worker.
 * The page asks; the worker reports. The outbox itself lives in IndexedDB, which both read.
 */
export type PageToWorker =
  /** Send the outbox now. `resetBackoff` when the browser has just come online. */
  | { type: 'SEND_NOW'; resetBackoff?: boolean }
  /** A staff member accepted the waiting update (workbox-window's messageSkipWaiting sends this). */
  | { type: 'SKIP_WAITING' };

export type WorkerToPage =
  | { type: 'SEND_PROGRESS'; progress: SendProgress }
  | { type: 'SEND_FINISHED'; summary: SendSummary };

/** How far a send round has got, for the progress bar. */
export interface SendProgress {
  /** Acknowledged so far in this round. */
  sent: number;
  /** Waiting when the round started, plus any submitted since. */
  total: number;
  /** In the request now on its way. */
  inFlight: number;
}

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
  /** Failed rounds in a row, this one included; 0 after a success. Drives the backoff. */
  consecutiveFailures: number;
  /** ISO time before which the page's timer should not try again (backoff with jitter); absent after success. */
  retryAfter?: string;
  /** ISO time of the last round that reached the endpoint and finished. */
  lastSuccessAt?: string;
}

export type SendFailure =
  | { code: 'offline' }
  | { code: 'timeout' }
  /** A 5xx, or 429 (the endpoint is busy): try again later. */
  | { code: 'server-error'; status: number }
  | { code: 'refused'; status: number; message: string }
  | { code: 'bad-reply' }
  /** This tablet has no device token (staff have not set it up), or the endpoint does not know it. */
  | { code: 'not-enrolled' }
  /** An officer withdrew this tablet's access: it needs a new set-up code. */
  | { code: 'revoked' };

function typeOf(data: unknown): unknown {
  return typeof data === 'object' && data !== null ? (data as { type?: unknown }).type : undefined;
}

export function isWorkerToPage(data: unknown): data is WorkerToPage {
  const type = typeOf(data);
  return type === 'SEND_FINISHED' || type === 'SEND_PROGRESS';
}

export function isPageToWorker(data: unknown): data is PageToWorker {
  const type = typeOf(data);
  return type === 'SEND_NOW' || type === 'SKIP_WAITING';
}
