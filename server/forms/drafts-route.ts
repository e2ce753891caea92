import { type Context, Hono } from 'hono';
import type { FormDefinition } from '../../src/core/form.ts';
import { apiError } from '../api-error.ts';
import type { Access, AccessEnv } from '../auth/access.ts';
import { imagesIn, sweepQuietly } from '../images/sweep-images.ts';
import type { FormDraft } from './drafts-store.ts';

/** A draft larger than this is refused (413): far more than any consultation needs, small enough to autosave. */
export const DRAFT_LIMIT_BYTES = 256 * 1024;

const FORM_ID = /^[a-z0-9][a-z0-9-]*$/;

/**
 * `/api/forms/drafts`, for officers with the `forms` permission: consultations still being written.
 * - `GET /` lists every draft; `GET /:id` reads one (404 when there is none).
 * - `POST /` starts a new consultation's draft (`{ form }`, its `id` a code no draft or published form has).
 * - `PUT /:id` saves a draft (`{ form, basedOn? }`): any JSON object up to DRAFT_LIMIT_BYTES, checked only when
 *   published. `basedOn` is the `updatedAt` of the draft the builder last read or saved: when someone has saved
 *   it since, nothing is saved and the reply is 409 `draft-changed` with their draft, so no one's work is
 *   overwritten unseen. Without `basedOn`, the last save wins.
 * - `DELETE /:id` removes it (the builder does, once the draft is published with `POST /api/forms`); with
 *   `?basedOn=<updatedAt>`, only if no one saved it since (else 409 `draft-changed`). Then it
 *   removes the pictures no published version or draft uses that were uploaded over a day ago.
 * - `POST /:id/from/:version` starts the next version from published version `version`: a copy of it as
 *   version latest + 1; 409 `draft-exists` when a draft is already open, so the builder offers to open it.
 */
export function draftsRoute(access: Access): Hono<AccessEnv> {
  const { store } = access;
  const route = new Hono<AccessEnv>();
  route.use('*', access.officer('forms'));

  const reply = (c: Context<AccessEnv>, draft: FormDraft, status: 200 | 201 = 200) => c.json({ draft }, status);
  const officerName = (c: Context<AccessEnv>) => c.get('officer')?.name ?? null;
  const notFound = (c: Context, id: string) =>
    apiError(c, 404, 'draft-not-found', `There is no draft of "${id}". It may have been published or deleted.`);
  const exists = (c: Context, draft: FormDraft) =>
    c.json(
      {
        error: {
          code: 'draft-exists',
          message: `A draft of "${draft.formId}" is already open (saved ${draft.updatedAt}${draft.updatedBy ? ` by ${draft.updatedBy}` : ''}). Open it to carry on, or delete it first.`,
        },
        draft,
      },
      409,
    );

  const changed = (c: Context, draft: FormDraft) =>
    c.json(
      {
        error: {
          code: 'draft-changed',
          message: `${draft.updatedBy ?? 'Someone'} saved this draft at ${draft.updatedAt} while you were editing it. Your last changes are not saved yet.`,
        },
        draft,
      },
      409,
    );

  route.get('/', async (c) => c.json({ drafts: await store.drafts.list() }));

  route.get('/:id', async (c) => {
    const draft = await store.drafts.find(c.req.param('id'));
    return draft ? reply(c, draft) : notFound(c, c.req.param('id'));
  });

  route.post('/', async (c) => {
    const body = await readDraftBody(c);
    if ('reply' in body) return body.reply;
    const id = body.form.id;
    if (typeof id !== 'string' || !FORM_ID.test(id))
      return apiError(
        c,
        400,
        'form-id-invalid',
        'A consultation needs a code of lower-case letters, digits and hyphens, like "park-survey".',
      );
    const published = (await store.listPublishedForms()).filter((f) => f.id === id);
    if (published.length > 0)
      return apiError(
        c,
        409,
        'form-published',
        `"${id}" is already a published consultation. Edit it to start its next version, or choose another code.`,
      );
    const draft: FormDraft = {
      formId: id,
      form: body.form,
      basedOnVersion: null,
      updatedAt: new Date().toISOString(),
      updatedBy: officerName(c),
    };
    // Its pictures are in use, so a sweep of unused pictures running now leaves them (touched first).
    await store.images.touchImages(imagesIn(draft.form), draft.updatedAt);
    if (!(await store.drafts.create(draft))) return exists(c, (await store.drafts.find(id)) ?? draft);
    return reply(c, draft, 201);
  });

  route.put('/:id', async (c) => {
    const id = c.req.param('id');
    const body = await readDraftBody(c);
    if ('reply' in body) return body.reply;
    if (body.form.id !== id)
      return apiError(c, 400, 'draft-id-mismatch', `This draft is "${id}"; its form must keep that code.`);
    const before = await store.drafts.find(id);
    if (!before) return notFound(c, id);
    if (body.basedOn !== undefined && body.basedOn !== before.updatedAt) return changed(c, before);
    const draft: FormDraft = {
      ...before,
      form: body.form,
      updatedAt: laterThan(before.updatedAt, new Date()),
      updatedBy: officerName(c),
    };
    // Its pictures are in use (perhaps an older one put back): touched before the save, so a sweep of unused
    // pictures running meanwhile leaves them.
    await store.images.touchImages(imagesIn(draft.form), draft.updatedAt);
    // Saved only over the draft just read: a save in between (another officer's) is not lost. A caller that
    // did not say what it read saves over whatever is there.
    if (!(await store.drafts.save(draft, body.basedOn === undefined ? undefined : before.updatedAt))) {
      const now = await store.drafts.find(id);
      return now ? changed(c, now) : notFound(c, id);
    }
    return reply(c, draft);
  });

  route.delete('/:id', async (c) => {
    const id = c.req.param('id');
    const basedOn = c.req.query('basedOn');
    if (!(await store.drafts.remove(id, basedOn))) {
      const now = await store.drafts.find(id);
      if (!now) return notFound(c, id);
      return c.json(
        {
          error: {
            code: 'draft-changed',
            message: `${now.updatedBy ?? 'Someone'} saved this draft at ${now.updatedAt}, after you opened it, so it was not deleted. Open it again to see their changes.`,
          },
          draft: now,
        },
        409,
      );
    }
    // Published or dropped, the draft may leave pictures nothing uses; the old ones go now.
    await sweepQuietly(store);
    return c.body(null, 204);
  });

  route.post('/:id/from/:version', async (c) => {
    const id = c.req.param('id');
    const version = Number(c.req.param('version'));
    const source = Number.isInteger(version) ? await store.findForm(id, version) : undefined;
    if (!source)
      return apiError(c, 404, 'form-not-found', `No version ${c.req.param('version')} of "${id}" is published.`);
    const latest = Math.max(...(await store.listPublishedForms()).filter((f) => f.id === id).map((f) => f.version));
    const form: FormDefinition = { ...structuredClone(source), version: latest + 1 };
    const draft: FormDraft = {
      formId: id,
      form,
      basedOnVersion: version,
      updatedAt: new Date().toISOString(),
      updatedBy: officerName(c),
    };
    if (!(await store.drafts.create(draft))) return exists(c, (await store.drafts.find(id)) ?? draft);
    return reply(c, draft, 201);
  });

  return route;
}

/** The time of a new save: now, or just after the last save if the clock says otherwise, so each save is told apart. */
function laterThan(last: string, now: Date): string {
  const after = Date.parse(last) + 1;
  return new Date(Number.isNaN(after) ? now.getTime() : Math.max(now.getTime(), after)).toISOString();
}

/** `{ form: {...}, basedOn? }` within DRAFT_LIMIT_BYTES, or the reply that says what is wrong. */
async function readDraftBody(
  c: Context,
): Promise<{ form: Record<string, unknown>; basedOn?: string } | { reply: Response }> {
  const text = await c.req.text();
  if (new TextEncoder().encode(text).byteLength > DRAFT_LIMIT_BYTES)
    return {
      reply: apiError(
        c,
        413,
        'draft-too-large',
        `The draft is larger than ${DRAFT_LIMIT_BYTES / 1024} KiB, so it was not saved. Shorten long texts or split the consultation.`,
      ),
    };
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return { reply: apiError(c, 400, 'malformed-json', 'The draft is not valid JSON. Nothing was saved.') };
  }
  const form = (body as { form?: unknown } | null)?.form;
  if (typeof form !== 'object' || form === null || Array.isArray(form))
    return { reply: apiError(c, 400, 'draft-malformed', 'Send the draft as { "form": { ... } }. Nothing was saved.') };
  const basedOn = (body as { basedOn?: unknown }).basedOn;
  if (basedOn !== undefined && typeof basedOn !== 'string')
    return {
      reply: apiError(
        c,
        400,
        'draft-malformed',
        'basedOn must be the updatedAt of the draft you read, as text. Nothing was saved.',
      ),
    };
  return { form: form as Record<string, unknown>, ...(basedOn === undefined ? {} : { basedOn }) };
}
