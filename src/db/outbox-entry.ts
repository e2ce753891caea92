import type { SubmittedResponse } from '../core/response.ts';
import type { SyncStatus } from '../core/sync-protocol.ts';

/**
 * A submitted response waiting for the endpoint. It leaves the outbox only when the endpoint has
 * acknowledged it as stored or duplicate; a conflict or rejection keeps it here for staff.
 */
export interface OutboxEntry {
  id: string;
  response: SubmittedResponse;
  /** ISO time it was submitted on this device (its clock may be wrong: order by `seq`). */
  queuedAt: string;
  /** Submission order on this device, from a counter; sends go oldest first by this. */
  seq: number;
  state: 'waiting' | 'attention';
  /** Why the endpoint would not take it, for the "Needs attention" list. */
  attention?: { status: SyncStatus; error: string };
  /** Size of the response as sent, to keep batches under the endpoint's body limit. */
  bytes: number;
}
