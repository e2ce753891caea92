import { Hono } from 'hono';
import type { ReachReport } from '../src/core/reach-report.ts';
import { apiError } from './api-error.ts';
import { isExportRequestError, readExportRequest } from './exports/export-request.ts';
import { baselineRoute } from './reach/baseline-route.ts';
import { equalitySection } from './reach/equality-section.ts';
import type { Store } from './store/store.ts';
import { suppressSmallCounts } from './suppress-small-counts.ts';

/**
 * `GET /api/reach?form=ID`: who was heard, as counts of one form's responses by channel, language, event
 * ("" when none was recorded) and day (UTC), with groups of 1 to 4 suppressed (suppress-small-counts.ts).
 * It takes the same filters as an export (exports/export-request.ts: version, from, to, event, channel,
 * language) and answers `{ form, total, byChannel, byLanguage, byEvent, byDay }`, each group `{ key, count }`
 * or `{ key, count: null, suppressed: true }`.
 *
 * When the form asks the equality monitoring block (src/core/equality/), the answer adds `equality`: per
 * measure and Census category, who answered, safe to show (reach/suppress-equality-counts.ts), beside the
 * area's population share from the baseline named by `&baseline=ID` (reach/baseline-route.ts, under
 * `/api/reach/baselines`); an unknown baseline is 404.
 */
export function reachRoute(store: Store): Hono {
  const route = new Hono();
  route.route('/baselines', baselineRoute(store));
  route.get('/', async (c) => {
    const query = new URL(c.req.url).searchParams;
    const baselineIds = query.getAll('baseline');
    query.delete('baseline');
    if (baselineIds.length > 1) {
      return apiError(c, 400, 'repeated-parameter', `Give "baseline" once; it was given ${baselineIds.length} times.`);
    }
    const request = await readExportRequest(query, store, c.req.path);
    if (isExportRequestError(request)) return apiError(c, request.status, request.code, request.message);
    const baselineId = baselineIds[0] || undefined;
    const baseline = baselineId === undefined ? undefined : await store.findBaseline(baselineId);
    if (baselineId !== undefined && !baseline) {
      return apiError(c, 404, 'unknown-baseline', `There is no population baseline "${baselineId}" here.`);
    }
    const equality = await equalitySection(store, request, baseline);
    return c.json<ReachReport>({
      form: request.formId,
      ...suppressSmallCounts(await store.countReach(request.responseFilter)),
      ...(equality && { equality }),
    });
  });
  return route;
}
