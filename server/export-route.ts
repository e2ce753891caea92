import { Hono } from 'hono';
import type { FormDefinition } from '../src/core/form.ts';
import type { Answer } from '../src/core/response.ts';
import { apiError } from './api-error.ts';
import { csvLine } from './csv.ts';
import type { Store, StoredResponse } from './store/store.ts';

const META_COLUMNS = [
  'response_id',
  'form_version',
  'submitted_at',
  'received_at',
  'device_id',
  'channel',
  'language',
  'event',
] as const;

/**
 * `GET /api/responses.csv?form=ID`: every response to a form, one row each, streamed page by page.
 * Columns: metadata, then one per question (the newest version's order, then any only older versions
 * asked). A multiple-choice answer is its choice codes joined by "; ".
 */
export function exportRoute(store: Store): Hono {
  const route = new Hono();
  route.get('/responses.csv', (c) => {
    const formId = c.req.query('form');
    if (!formId) return apiError(c, 400, 'missing-form', 'Say which form to export: /api/responses.csv?form=FORM_ID');
    const versions = store.listPublishedForms().filter((f) => f.id === formId);
    if (versions.length === 0) return apiError(c, 404, 'unknown-form', `No form "${formId}" is published here.`);
    const questionIds = questionColumns(versions);
    const pages = store.responsesForForm(formId)[Symbol.iterator]();
    const encoder = new TextEncoder();

    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        // The byte-order mark lets Excel read accents and non-Latin scripts as UTF-8.
        controller.enqueue(encoder.encode(`\uFEFF${csvLine([...META_COLUMNS, ...questionIds])}`));
      },
      pull(controller) {
        const next = pages.next();
        if (next.done) {
          controller.close();
          return;
        }
        controller.enqueue(encoder.encode(next.value.map((r) => csvLine(row(r, questionIds))).join('')));
      },
    });
    const filename = `chorus-${formId}-${new Date().toISOString().slice(0, 10)}.csv`;
    return c.body(body, 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${filename}"`,
      'Cache-Control': 'no-store',
    });
  });
  return route;
}

function questionColumns(versions: FormDefinition[]): string[] {
  const newestFirst = [...versions].sort((a, b) => b.version - a.version);
  const ids: string[] = [];
  for (const form of newestFirst) for (const q of form.questions) if (!ids.includes(q.id)) ids.push(q.id);
  return ids;
}

function row(r: StoredResponse, questionIds: string[]): (string | number | null)[] {
  return [
    r.id,
    r.formVersion,
    r.submittedAt,
    r.receivedAt,
    r.deviceId,
    r.channel,
    r.language,
    r.event ?? null,
    ...questionIds.map((id) => answerCell(r.answers[id])),
  ];
}

function answerCell(answer: Answer | undefined): string | number | null {
  if (answer === undefined) return null;
  return Array.isArray(answer) ? answer.join('; ') : answer;
}
