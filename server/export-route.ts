import { Hono } from 'hono';
import type { FormDefinition, Question } from '../src/core/form.ts';
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
 * asked); info blocks ask nothing and get no column. Each answer is one cell an officer can read and a
 * spreadsheet can filter, using choice codes (stable across languages and wording changes), not labels:
 * - multiple, ranking: the codes joined by "; " (ranking most important first): `libraries; parks`
 * - single: the code, or `other: their words` for "Other, please specify"
 * - points: `code=points` joined by "; ", in the question's option order: `libraries=4; parks=6`
 * - consent: `yes` (it is only ever given, never refused); yesno, date, postcode district, text: as given
 * - number, scale: a number
 * Text a spreadsheet would run as a formula is neutralised (see csv.ts).
 */
export function exportRoute(store: Store): Hono {
  const route = new Hono();
  route.get('/responses.csv', (c) => {
    const formId = c.req.query('form');
    if (!formId) return apiError(c, 400, 'missing-form', 'Say which form to export: /api/responses.csv?form=FORM_ID');
    const versions = store.listPublishedForms().filter((f) => f.id === formId);
    if (versions.length === 0) return apiError(c, 404, 'unknown-form', `No form "${formId}" is published here.`);
    const questionIds = questionColumns(versions);
    const questionsByVersion = new Map(versions.map((f) => [f.version, new Map(f.questions.map((q) => [q.id, q]))]));
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
        controller.enqueue(
          encoder.encode(
            next.value.map((r) => csvLine(row(r, questionIds, questionsByVersion.get(r.formVersion)))).join(''),
          ),
        );
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
  for (const form of newestFirst) {
    for (const q of form.questions) if (q.type !== 'info' && !ids.includes(q.id)) ids.push(q.id);
  }
  return ids;
}

function row(
  r: StoredResponse,
  questionIds: string[],
  questions: Map<string, Question> | undefined,
): (string | number | null)[] {
  return [
    r.id,
    r.formVersion,
    r.submittedAt,
    r.receivedAt,
    r.deviceId,
    r.channel,
    r.language,
    r.event ?? null,
    ...questionIds.map((id) => answerCell(r.answers[id], questions?.get(id))),
  ];
}

/** One answer as a cell; `question` is the one the response's own form version asked. */
function answerCell(answer: Answer | undefined, question?: Question): string | number | null {
  if (answer === undefined) return null;
  if (typeof answer === 'string' || typeof answer === 'number') return answer;
  if (typeof answer === 'boolean') return answer ? 'yes' : 'no';
  if (Array.isArray(answer)) return answer.join('; ');
  if ('other' in answer) return `other: ${answer.other}`;
  return pointsInOptionOrder(answer.points, question)
    .map(([value, points]) => `${value}=${points}`)
    .join('; ');
}

/** The question's choices first, in its order; any choice it does not list (there should be none) after. */
function pointsInOptionOrder(points: Record<string, number>, question: Question | undefined): [string, number][] {
  const order = question && 'options' in question ? question.options.map((o) => o.value) : [];
  const known = order
    .filter((value) => Object.hasOwn(points, value))
    .map((value): [string, number] => [value, points[value] ?? 0]);
  const unknown = Object.entries(points).filter(([value]) => !order.includes(value));
  return [...known, ...unknown];
}
