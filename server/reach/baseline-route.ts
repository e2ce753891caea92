import { randomUUID } from 'node:crypto';
import { type Context, Hono } from 'hono';
import { apiError } from '../api-error.ts';
import type { AccessEnv } from '../auth/access.ts';
import type { Baseline, BaselineSummary } from '../store/access-records.ts';
import type { Store } from '../store/store.ts';
import { type BaselineProblem, parseBaselineCsv } from './baseline-csv.ts';

/** What uploading a baseline answers with: the baseline as stored, with its row count as the list gives it. */
export interface BaselineReply {
  baseline: Baseline & Pick<BaselineSummary, 'rowCount'>;
}

/** A refused baseline file: the usual error, with every problem and its line. */
export interface BaselineRefusal {
  error: { code: 'invalid-baseline'; message: string; problems: BaselineProblem[] };
}

const MAX_NAME_LENGTH = 120;

/**
 * Population baselines for comparing reach (`/api/reach/baselines`, behind the `reach` permission):
 * - `GET` lists them, newest first: `{ baselines: [{ id, name, uploadedAt, uploadedBy, rowCount }] }`.
 * - `POST` takes a CSV file (baseline-csv.ts), as a multipart form with `file` and `name` fields, or as a
 *   `text/csv` body with `?name=`; answers 201 with the baseline, or 400 `invalid-baseline` listing every
 *   problem by line, and then stores nothing.
 */
export function baselineRoute(store: Store): Hono<AccessEnv> {
  const route = new Hono<AccessEnv>();
  route.get('/', async (c) => c.json({ baselines: await store.listBaselines() }));
  route.post('/', async (c) => {
    const upload = await readUpload(c);
    if ('reply' in upload) return upload.reply;
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(upload.bytes);
    } catch {
      return apiError(
        c,
        400,
        'not-utf8',
        'The file is not UTF-8 text, so some letters would be read wrongly. In Excel, save it as "CSV UTF-8 (Comma delimited)" and upload that. Nothing was stored.',
      );
    }
    const parsed = parseBaselineCsv(text);
    if (!parsed.ok) {
      const count = parsed.problems.length;
      return c.json<BaselineRefusal>(
        {
          error: {
            code: 'invalid-baseline',
            message: `The file has ${count === 1 ? 'a problem' : `${count} problems`}, so nothing was stored. Correct ${count === 1 ? 'it' : 'them'} and upload the file again.`,
            problems: parsed.problems,
          },
        },
        400,
      );
    }
    const baseline: Baseline = {
      id: randomUUID(),
      name: upload.name,
      uploadedAt: new Date().toISOString(),
      // The officer-session middleware in front of /api/reach sets who is signed in (server/app.ts).
      uploadedBy: c.get('officer')?.name ?? null,
      rows: parsed.rows,
    };
    await store.saveBaseline(baseline);
    return c.json<BaselineReply>({ baseline: { ...baseline, rowCount: baseline.rows.length } }, 201);
  });
  return route;
}

type Upload = { bytes: Uint8Array; name: string } | { reply: Response };

async function readUpload(c: Context): Promise<Upload> {
  const type = (c.req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (type === 'multipart/form-data') {
    const form = await c.req.parseBody();
    const file = form.file;
    if (!(file instanceof File)) {
      return { reply: apiError(c, 400, 'missing-file', 'Choose a CSV file to upload (the form field "file").') };
    }
    const given = typeof form.name === 'string' ? form.name : '';
    const name = checkName(c, given.trim() || file.name.replace(/\.csv$/i, '').trim());
    return 'reply' in name ? name : { bytes: new Uint8Array(await file.arrayBuffer()), name: name.name };
  }
  if (type === 'text/csv' || type === 'text/plain' || type === 'application/octet-stream') {
    const name = checkName(c, (c.req.query('name') ?? '').trim());
    return 'reply' in name ? name : { bytes: new Uint8Array(await c.req.arrayBuffer()), name: name.name };
  }
  return {
    reply: apiError(
      c,
      415,
      'unsupported-media-type',
      'Send the baseline as a CSV file: a multipart form with "file" and "name" fields, or a text/csv body with ?name=.',
    ),
  };
}

function checkName(c: Context, name: string): { name: string } | { reply: Response } {
  if (name === '')
    return { reply: apiError(c, 400, 'missing-name', 'Give the baseline a name, such as the area and year.') };
  if (name.length > MAX_NAME_LENGTH) {
    return {
      reply: apiError(c, 400, 'name-too-long', `A baseline's name is at most ${MAX_NAME_LENGTH} characters.`),
    };
  }
  return { name };
}
