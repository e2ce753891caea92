import { createHash } from 'node:crypto';
import { Hono } from 'hono';
import { checksumOf, parseOutboxFile } from '../src/core/outbox-file.ts';
import type { SyncResult, SyncStatus } from '../src/core/sync-protocol.ts';
import { apiError } from './api-error.ts';
import { receiveRegistrations } from './opportunities/receive-registrations.ts';
import { readJsonBody } from './read-json-body.ts';
import { receiveResponses } from './receive-responses.ts';
import type { Store } from './store/store.ts';

/**
 * What an import answers: how many responses had each outcome (and, when the file has any, how many
 * registrations of interest did), then one result per response in the file, in order, then one per registration.
 */
export interface ImportReply {
  deviceId: string;
  counts: Record<SyncStatus, number>;
  registrationCounts?: Record<SyncStatus, number>;
  results: SyncResult[];
}

/**
 * `POST /api/import`: a file of unsent responses saved on a tablet (see src/core/outbox-file.ts), taken
 * through the same checks and the same exactly-once store as `POST /api/sync`, so importing a file twice, or
 * importing responses the tablet later syncs, stores nothing twice.
 */
export function importRoute(store: Store): Hono {
  const route = new Hono();
  route.post('/', async (c) => {
    const body = await readJsonBody(c, 'The file');
    if (!body.ok) return body.reply;
    const file = parseOutboxFile(body.value);
    if (!file.ok) return apiError(c, 400, 'not-an-export-file', `${file.error} Nothing was stored.`);

    const { deviceId, checksum, responses, registrations } = file.value;
    if (checksum !== (await checksumOf(responses, sha256Hex, registrations))) {
      return apiError(
        c,
        400,
        'checksum-mismatch',
        'The file was changed or damaged after it was saved on the tablet (its checksum does not match its responses). Nothing was stored. Save the file from the tablet again and import that copy.',
      );
    }

    // Stamped as if the tablet had synced them: with the partner its device was enrolled for (issue 8).
    const partner = await store.channels.partnerOfDevice(deviceId);
    const results = await receiveResponses(store, responses, { partner });
    const reply: ImportReply = { deviceId, counts: countStatuses(results), results };
    if (registrations) {
      const registered = await receiveRegistrations(store, registrations);
      reply.registrationCounts = countStatuses(registered);
      results.push(...registered);
    }
    return c.json<ImportReply>(reply);
  });
  return route;
}

function countStatuses(results: SyncResult[]): Record<SyncStatus, number> {
  const counts: Record<SyncStatus, number> = { stored: 0, duplicate: 0, conflict: 0, rejected: 0 };
  for (const result of results) counts[result.status]++;
  return counts;
}

function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
