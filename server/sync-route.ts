import { Hono } from 'hono';
import { parseSyncRequest, type SyncReply } from '../src/core/sync-protocol.ts';
import { apiError } from './api-error.ts';
import { readJsonBody } from './read-json-body.ts';
import { receiveResponses } from './receive-responses.ts';
import type { Store } from './store/store.ts';

/**
 * `POST /api/sync`: validates each response on its own against the form version it names, stores the
 * valid ones exactly once, and answers one result per response, in order.
 */
export function syncRoute(store: Store): Hono {
  const route = new Hono();
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

    const reply: SyncReply = { results: await receiveResponses(store, request.value.responses) };
    return c.json(reply);
  });
  return route;
}
