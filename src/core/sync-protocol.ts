import * as v from 'valibot';

/**
 * The sync contract between a device and the endpoint (see the architecture guide):
 * `POST /api/sync` with a {@link SyncRequest}, answered with a {@link SyncReply} holding one result per
 * response, in the order sent, then one per registration (if any were sent), in the order sent.
 */
export const SYNC_PATH = '/api/sync';

/**
 * How much a device sends in one request: few enough round trips to be quick, small enough to get through
 * a poor connection and to stay well under the endpoint's default 2 MiB body limit.
 */
export const SEND_BATCH = { maxCount: 200, maxBytes: 512 * 1024 } as const;

/** Statuses that mean the endpoint holds the response: the device may now forget it. */
export const SAFE_STATUSES = ['stored', 'duplicate'] as const;
/** Statuses that mean the device must keep the response and show it to staff. */
export const ATTENTION_STATUSES = ['conflict', 'rejected'] as const;

export type SyncStatus = (typeof SAFE_STATUSES)[number] | (typeof ATTENTION_STATUSES)[number];

export interface SyncResult {
  id: string;
  status: SyncStatus;
  error?: string;
}

export interface SyncReply {
  results: SyncResult[];
}

/**
 * The envelope only: each response in it is validated on its own, so one bad one rejects only itself.
 * `registrations` (issue 8: registrations of interest in an opportunity) is optional, so a device that sends
 * only responses is unchanged; their results follow the responses' in the same `results` list, keyed by id.
 */
export const SyncRequestSchema = v.object({
  deviceId: v.pipe(v.string('deviceId must be text.'), v.minLength(1, 'deviceId is empty.'), v.maxLength(100)),
  responses: v.pipe(
    v.array(v.unknown(), 'responses must be a list.'),
    v.maxLength(500, 'Send at most 500 responses a batch.'),
  ),
  registrations: v.optional(
    v.pipe(
      v.array(v.unknown(), 'registrations must be a list.'),
      v.maxLength(500, 'Send at most 500 registrations a batch.'),
    ),
  ),
});

export type SyncRequest = v.InferOutput<typeof SyncRequestSchema>;

export function parseSyncRequest(input: unknown): { ok: true; value: SyncRequest } | { ok: false; error: string } {
  const result = v.safeParse(SyncRequestSchema, input);
  if (result.success) return { ok: true, value: result.output };
  const issue = result.issues[0];
  const path = v.getDotPath(issue);
  return { ok: false, error: path ? `${path}: ${issue.message}` : issue.message };
}

/** True when the endpoint holds the response (stored or duplicate), so the device may forget it. */
export function isSafe(status: SyncStatus): status is (typeof SAFE_STATUSES)[number] {
  return (SAFE_STATUSES as readonly string[]).includes(status);
}

const SyncReplySchema = v.object({
  results: v.array(
    v.object({
      id: v.string(),
      status: v.picklist(['stored', 'duplicate', 'conflict', 'rejected']),
      error: v.optional(v.string()),
    }),
  ),
});

/** Checks what the endpoint answered; a device never acts on a reply it does not understand. */
export function parseSyncReply(input: unknown): SyncReply | null {
  const result = v.safeParse(SyncReplySchema, input);
  return result.success ? result.output : null;
}
