import { Hono } from 'hono';
import type { AccessEnv } from './auth/access.ts';
import type { EventCount } from './store/access-records.ts';
import type { Store } from './store/store.ts';
import { suppressGroups } from './suppress-small-counts.ts';

/** One event's line: its count, or null with `suppressed` (and `secondary`) as reach figures have them. */
export type EventLine = Omit<EventCount, 'count'> & {
  count: number | null;
  suppressed?: true;
  secondary?: true;
  /** Issue 8: the partner organisations whose tablets collected at this event (none: the council's own). */
  partners: string[];
};

/**
 * `GET /api/events[?form=ID]`: each event's responses per form, with the first and last response. Counts
 * are suppressed per form exactly as reach groups are (suppress-small-counts.ts: under 5, and one more when
 * a single one would otherwise follow from the form's total).
 */
export function eventsRoute(store: Store): Hono<AccessEnv> {
  const route = new Hono<AccessEnv>();
  route.get('/', async (c) => {
    const formId = c.req.query('form') || undefined;
    const byForm = new Map<string, EventCount[]>();
    for (const event of await store.listEvents(formId)) {
      byForm.set(event.formId, [...(byForm.get(event.formId) ?? []), event]);
    }
    const partners = new Map<string, string[]>();
    for (const { formId: form, event, partner } of await store.channels.eventPartners(formId)) {
      const key = JSON.stringify([form, event]);
      partners.set(key, [...(partners.get(key) ?? []), partner]);
    }
    const events: EventLine[] = [];
    for (const forForm of byForm.values()) {
      const shown = suppressGroups(forForm.map((event) => ({ key: event.event, count: event.count })));
      forForm.forEach((event, i) => {
        const { key: _, ...count } = shown[i] as (typeof shown)[number];
        events.push({ ...event, ...count, partners: partners.get(JSON.stringify([event.formId, event.event])) ?? [] });
      });
    }
    return c.json({ events });
  });
  return route;
}
