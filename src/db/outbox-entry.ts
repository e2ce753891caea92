import type { Registration } from '../core/registration.ts';
import type { SubmittedResponse } from '../core/response.ts';
import type { SyncStatus } from '../core/sync-protocol.ts';

/**
 * A submitted response, or a registration of interest in an opportunity (issue 8), waiting for the endpoint.
 * Both share one queue (one seq order, one sender, one "Needs attention" list). It leaves the outbox only when
 * the endpoint has acknowledged it as stored or duplicate; a conflict or rejection keeps it here for staff.
 * Entries written before registrations existed hold a response and no `registration`, and still send.
 */
export type OutboxEntry = OutboxEntryState &
  ({ response: SubmittedResponse; registration?: undefined } | { registration: Registration; response?: undefined });

interface OutboxEntryState {
  id: string;
  /** ISO time it was submitted on this device (its clock may be wrong: order by `seq`). */
  queuedAt: string;
  /** Submission order on this device, from a counter; sends go oldest first by this. */
  seq: number;
  state: 'waiting' | 'attention';
  /** Why the endpoint would not take it, for the "Needs attention" list. */
  attention?: { status: SyncStatus; error: string };
  /** Size of the response (or registration) as sent, to keep batches under the endpoint's body limit. */
  bytes: number;
}
