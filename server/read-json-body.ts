import type { Context } from 'hono';
import { apiError } from './api-error.ts';

/**
 * The request body parsed as JSON, or the 400 reply to send when it is not JSON. `what` names the body
 * in the error ("The request body", "The file") so the person knows what to fix.
 */
export async function readJsonBody(
  c: Context,
  what: string,
): Promise<{ ok: true; value: unknown } | { ok: false; reply: Response }> {
  try {
    return { ok: true, value: JSON.parse(await c.req.text()) };
  } catch {
    return { ok: false, reply: apiError(c, 400, 'malformed-json', `${what} is not valid JSON. Nothing was stored.`) };
  }
}
