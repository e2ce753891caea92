import { Hono } from 'hono';
import { apiError } from '../api-error.ts';
import { readJsonBody } from '../read-json-body.ts';
import type { OfficerChange } from '../store/access-records.ts';
import type { Access, AccessEnv } from './access.ts';
import { AccountError, createOfficer, isRole } from './officers.ts';

/**
 * `/api/officers` (administrators): list accounts, add one, change a role or disable and enable one. The
 * last enabled administrator can be neither demoted nor disabled. Disabling signs the officer out at once.
 */
export function officersRoute(access: Access): Hono<AccessEnv> {
  const { store } = access;
  const route = new Hono<AccessEnv>();
  route.use('*', access.officer('accounts'));

  route.get('/', async (c) => c.json({ officers: await store.listOfficers() }));

  route.post('/', async (c) => {
    const body = await readJsonBody(c, 'The account');
    if (!body.ok) return body.reply;
    const fields = (body.value ?? {}) as Record<string, unknown>;
    try {
      const officer = await createOfficer(store, {
        email: String(fields.email ?? ''),
        name: String(fields.name ?? ''),
        role: String(fields.role ?? ''),
        password: String(fields.password ?? ''),
      });
      return c.json({ officer }, 201);
    } catch (error) {
      if (!(error instanceof AccountError)) throw error;
      return c.json(
        { error: { code: error.code, message: error.message, field: error.field } },
        error.code === 'email-taken' ? 409 : 400,
      );
    }
  });

  route.patch('/:id', async (c) => {
    const body = await readJsonBody(c, 'The change');
    if (!body.ok) return body.reply;
    const { role, disabled } = (body.value ?? {}) as { role?: unknown; disabled?: unknown };
    const change: OfficerChange = {};
    if (role !== undefined) {
      if (!isRole(role)) return apiError(c, 400, 'invalid-role', 'Choose a role: administrator, officer or outreach.');
      change.role = role;
    }
    if (disabled !== undefined) {
      if (typeof disabled !== 'boolean') return apiError(c, 400, 'missing-fields', '"disabled" must be true or false.');
      change.disabledAt = disabled ? new Date().toISOString() : null;
    }
    const id = c.req.param('id');
    const updated = await store.updateOfficer(id, change);
    if (updated === undefined) return apiError(c, 404, 'not-found', 'There is no such account.');
    if (updated === 'last-administrator') {
      return apiError(
        c,
        400,
        'last-administrator',
        'This is the last administrator. Make another account an administrator first.',
      );
    }
    if (change.disabledAt) await store.deleteSessionsOf(id);
    return c.json({ officer: updated });
  });

  return route;
}
