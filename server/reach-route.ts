import { Hono } from 'hono';
import type { ReachReport } from '../src/core/reach-report.ts';
import { apiError } from './api-error.ts';
import { isExportRequestError, readExportRequest } from './exports/export-request.ts';
import type { Store } from './store/store.ts';
import { suppressSmallCounts } from './suppress-small-counts.ts';

/**
 * `GET /api/reach?form=ID`: who was heard, as counts of one form's responses by channel, language, event
 * ("" when none was recorded) and day (UTC), with groups of 1 to 4 suppressed (suppress-small-counts.ts).
 * It takes the same filters as an export (exports/export-request.ts: version, from, to, event, channel,
 * language) and answers `{ form, total, byChannel, byLanguage, byEvent, byDay }`, each group `{ key, count }`
 * or `{ key, count: null, suppressed: true }`.
 */
export function reachRoute(store: Store): Hono {
  const route = new Hono();
  route.get('/', async (c) => {
    const request = await readExportRequest(new URL(c.req.url).searchParams, store, c.req.path);
    if (isExportRequestError(request)) return apiError(c, request.status, request.code, request.message);
    return c.json<ReachReport>({
      form: request.formId,
      ...suppressSmallCounts(await store.countReach(request.responseFilter)),
    });
  });
  return route;
}
