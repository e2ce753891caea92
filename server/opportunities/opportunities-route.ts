import { randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import {
  isOpen,
  type Opportunity,
  type OpportunityStatus,
  parseOpportunityFields,
  todayOf,
} from '../../src/core/opportunity.ts';
import { apiError } from '../api-error.ts';
import type { Access, AccessEnv } from '../auth/access.ts';
import { readJsonBody } from '../read-json-body.ts';
import { registrationsCsv } from './registrations-csv.ts';

/** An opportunity as officers list it: with how many residents registered interest. */
export type OpportunitySummary = Opportunity & { registrations: number };

/**
 * `/api/opportunities` (issue 8):
 * - `GET /` (public, for tablets): published opportunities whose end date has not passed. No registrations.
 * - For officers with the `opportunities` permission: `GET /all` (every status, with registration counts),
 *   `GET /:id`, `POST /` (create a draft), `PUT /:id` (change its fields), `POST /:id/publish`,
 *   `POST /:id/close`, `GET /:id/registrations` and `GET /:id/registrations.csv` (personal data).
 */
export function opportunitiesRoute(access: Access, clock: () => Date = () => new Date()): Hono<AccessEnv> {
  const { store } = access;
  const opportunities = store.opportunities;
  const route = new Hono<AccessEnv>();
  const officer = access.officer('opportunities');

  route.get('/', async (c) => {
    const today = todayOf(clock());
    const open = (await opportunities.listOpportunities()).filter((o) => isOpen(o, today));
    return c.json({ opportunities: open });
  });

  route.get('/all', officer, async (c) => {
    const counts = await opportunities.countRegistrations();
    const all = await opportunities.listOpportunities();
    return c.json({
      opportunities: all.map((o): OpportunitySummary => ({ ...o, registrations: counts[o.id] ?? 0 })),
    });
  });

  route.post('/', officer, async (c) => {
    const body = await readJsonBody(c, 'The opportunity');
    if (!body.ok) return body.reply;
    const fields = parseOpportunityFields(body.value);
    if (!fields.ok) return invalid(c, fields.problems);
    const opportunity: Opportunity = {
      ...fields.value,
      id: randomUUID(),
      status: 'draft',
      updatedAt: clock().toISOString(),
    };
    await opportunities.saveOpportunity(opportunity);
    return c.json({ opportunity }, 201);
  });

  route.get('/:id', officer, async (c) => {
    const found = await opportunities.findOpportunity(c.req.param('id'));
    return found ? c.json({ opportunity: found }) : notFound(c);
  });

  route.put('/:id', officer, async (c) => {
    const found = await opportunities.findOpportunity(c.req.param('id'));
    if (!found) return notFound(c);
    const body = await readJsonBody(c, 'The opportunity');
    if (!body.ok) return body.reply;
    const fields = parseOpportunityFields(body.value);
    if (!fields.ok) return invalid(c, fields.problems);
    const opportunity: Opportunity = {
      ...fields.value,
      id: found.id,
      status: found.status,
      updatedAt: clock().toISOString(),
    };
    await opportunities.saveOpportunity(opportunity);
    return c.json({ opportunity });
  });

  const setStatus = (status: OpportunityStatus) =>
    route.post(`/:id/${status === 'published' ? 'publish' : 'close'}`, officer, async (c) => {
      const found = await opportunities.findOpportunity(c.req.param('id'));
      if (!found) return notFound(c);
      const opportunity: Opportunity = { ...found, status, updatedAt: clock().toISOString() };
      await opportunities.saveOpportunity(opportunity);
      return c.json({ opportunity });
    });
  setStatus('published');
  setStatus('closed');

  route.get('/:id/registrations', officer, async (c) => {
    const found = await opportunities.findOpportunity(c.req.param('id'));
    if (!found) return notFound(c);
    return c.json({ registrations: await opportunities.listRegistrations(found.id) });
  });

  route.get('/:id/registrations.csv', officer, async (c) => {
    const found = await opportunities.findOpportunity(c.req.param('id'));
    if (!found) return notFound(c);
    const csv = registrationsCsv(await opportunities.listRegistrations(found.id));
    return c.body(csv, 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="registrations-${found.id}.csv"`,
    });
  });

  return route;
}

function notFound(c: Parameters<typeof apiError>[0]) {
  return apiError(c, 404, 'opportunity-not-found', 'There is no opportunity with this id. It may have been removed.');
}

function invalid(c: Parameters<typeof apiError>[0], problems: { field: string; message: string }[]) {
  return c.json(
    {
      error: {
        code: 'opportunity-invalid',
        message: `The opportunity was not saved: ${problems.length === 1 ? 'one problem needs' : `${problems.length} problems need`} fixing.`,
      },
      problems,
    },
    400,
  );
}
