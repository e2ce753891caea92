import { Hono } from 'hono';
import { parseSyncRequest, type SyncReply } from '../src/core/sync-protocol.ts';
import { apiError } from './api-error.ts';
import type { AccessEnv } from './auth/access.ts';
import { receiveRegistrations } from './opportunities/receive-registrations.ts';
import { readJsonBody } from './read-json-body.ts';
import { receiveResponses } from './receive-responses.ts';
import type { Store } from './store/store.ts';

/**
 * `POST /api/sync` (a device token is checked first, server/auth/access.ts): validates each response on its own against the form version it names, stores the
 * valid ones exactly once, and answers one result per response, in order.
 */
export function syncRoute(store: Store): Hono<AccessEnv> {
  const route = new Hono<AccessEnv>();
  route.post('/', async (c) => {
    const body = await readJsonBody(c, 'The request body');
    if (!body.ok) return body.reply;
    const request = parseSyncRequest(body.value);
    if (!request.ok) {
      return apiError(
        c,
        400,
        'malformed-batch',
        `The batch is not in the sync format (${request.error}). Nothing was stored.`,
      );
    }

    const device = c.get('device');
    if (request.value.deviceId !== device.id) {
      return apiError(
        c,
        403,
        'device-mismatch',
        'The batch names a different tablet from the one this token was given to. Nothing was stored; set this tablet up again.',
      );
    }
    // The partner is the one this token's device was enrolled for: a tablet cannot speak for another.
    const partner = await store.channels.partnerOfDevice(device.id);
    // Registrations of interest (issue 8) are optional: a device that sends none gets the reply it always did.
    const results = await receiveResponses(store, request.value.responses, { partner });
    if (request.value.registrations) results.push(...(await receiveRegistrations(store, request.value.registrations)));
    const reply: SyncReply = { results };
    await store.touchDevice(device.id, new Date());
    return c.json(reply);
  });
  return route;
}
