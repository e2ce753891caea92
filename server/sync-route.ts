import { createHash } from 'node:crypto';
import { Hono } from 'hono';
import { canonicalJson } from '../src/core/canonical-json.ts';
import { validateResponse } from '../src/core/response.ts';
import { parseSyncRequest, type SyncReply, type SyncResult } from '../src/core/sync-protocol.ts';
import { apiError } from './api-error.ts';
import type { ResponseToStore, Store } from './store/store.ts';

/**
 * `POST /api/sync`: validates each response on its own against the form version it names, stores the
 * valid ones exactly once, and answers one result per response, in order.
 */
export function syncRoute(store: Store): Hono {
  const route = new Hono();
  route.post('/', async (c) => {
    let body: unknown;
    try {
      body = JSON.parse(await c.req.text());
    } catch {
      return apiError(c, 400, 'malformed-json', 'The request body is not valid JSON. Nothing was stored.');
    }
    const request = parseSyncRequest(body);
    if (!request.ok) {
      return apiError(
        c,
        400,
        'malformed-batch',
        `The batch is not in the sync format (${request.error}). Nothing was stored.`,
      );
    }

    const results: (SyncResult | null)[] = [];
    const toStore: { index: number; item: ResponseToStore }[] = [];
    const findForm = (id: string, version: number) => store.findForm(id, version);
    request.value.responses.forEach((raw, index) => {
      const checked = validateResponse(raw, findForm);
      if (!checked.ok) {
        results.push({ id: idOf(raw), status: 'rejected', error: checked.error });
        return;
      }
      results.push(null);
      const contentHash = createHash('sha256').update(canonicalJson(checked.value)).digest('hex');
      toStore.push({ index, item: { response: checked.value, contentHash } });
    });

    const statuses = store.storeResponses(toStore.map((t) => t.item));
    toStore.forEach(({ index, item }, i) => {
      const status = statuses[i] ?? 'conflict';
      results[index] =
        status === 'conflict'
          ? {
              id: item.response.id,
              status,
              error: 'A different response with this id was stored earlier; it was kept.',
            }
          : { id: item.response.id, status };
    });

    const reply: SyncReply = { results: results.filter((r): r is SyncResult => r !== null) };
    return c.json(reply);
  });
  return route;
}

/** The id a rejected response claimed, so the device can match the result to it. */
function idOf(raw: unknown): string {
  const id = typeof raw === 'object' && raw !== null ? (raw as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? id : '';
}
