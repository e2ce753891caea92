import { randomUUID } from 'node:crypto';
import { type Context, Hono } from 'hono';
import * as v from 'valibot';
import type { FormDefinition } from '../../src/core/form.ts';
import { paperResponseId } from '../../src/core/paper-reference.ts';
import {
  compareEntries,
  givenAnswers,
  type SheetProblem,
  sheetProblems,
  skippedRequired,
} from '../../src/core/paper-sheet.ts';
import { normaliseReferenceCode, referenceCode } from '../../src/core/reference-code.ts';
import { AnswerSchema, type Answers, type SubmittedResponse } from '../../src/core/response.ts';
import { textLanguages } from '../../src/core/text.ts';
import { apiError } from '../api-error.ts';
import type { AccessEnv } from '../auth/access.ts';
import { readJsonBody } from '../read-json-body.ts';
import { receiveResponses } from '../receive-responses.ts';
import type { Store } from '../store/store.ts';
import { batchProgress } from './batch-progress.ts';
import type { PaperBatch } from './paper-store.ts';

const NewBatchSchema = v.object({
  formId: v.string(),
  formVersion: v.number(),
  language: v.optional(v.string()),
  event: v.pipe(
    v.string(),
    v.trim(),
    v.minLength(1, 'Enter the event.'),
    v.maxLength(200, 'Event is 200 characters at most.'),
  ),
  note: v.nullish(v.pipe(v.string(), v.trim(), v.maxLength(500, 'The note is 500 characters at most.'))),
  doubleEntry: v.boolean('Say whether each sheet is keyed once or twice.'),
});

const SheetSchema = v.object({
  reference: v.optional(v.string()),
  answers: v.record(v.string(), AnswerSchema),
});

/** What saving a keyed sheet came to. */
export interface SheetReply {
  reference: string;
  /** stored / already-stored: a response now · first-entry: waits for its second keying · agreed: both
   * keyings agree, stored · disagreement: flagged for a reviewer. */
  outcome: 'stored' | 'already-stored' | 'first-entry' | 'agreed' | 'disagreement';
  /** Required questions left blank on the sheet: stored as given, the response marked partial. */
  skippedRequired: string[];
}

/**
 * `/api/paper`: batches of returned paper questionnaires, keyed once or twice per sheet, each sheet becoming a
 * response (channel "paper") through receiveResponses, exactly once by an id made from its printed reference.
 * Guarded by the `import` permission (server/app.ts).
 */
export function paperRoute(store: Store): Hono<AccessEnv> {
  const route = new Hono<AccessEnv>();

  route.get('/batches', async (c) => {
    const batches = await store.paper.listBatches();
    return c.json({ batches: await Promise.all(batches.map(async (b) => ({ ...b, ...(await progressOf(b)) }))) });
  });

  route.post('/batches', async (c) => {
    const body = await readJsonBody(c, 'The request body');
    if (!body.ok) return body.reply;
    const parsed = v.safeParse(NewBatchSchema, body.value);
    if (!parsed.success) return apiError(c, 400, 'invalid-batch', parsed.issues[0].message);
    const { formId, formVersion, event, note, doubleEntry } = parsed.output;
    const form = await store.findForm(formId, formVersion);
    if (!form) return apiError(c, 404, 'unknown-form', `Form "${formId}" version ${formVersion} is not published.`);
    const language = parsed.output.language || form.defaultLanguage;
    if (!textLanguages(form.title).includes(language) && language !== form.defaultLanguage) {
      return apiError(c, 400, 'unknown-language', `Form "${formId}" is not written in "${language}".`);
    }
    const batch: PaperBatch = {
      id: randomUUID(),
      formId,
      formVersion,
      language,
      event,
      note: note || null,
      doubleEntry,
      createdBy: c.get('officer').id,
      createdAt: new Date().toISOString(),
    };
    await store.paper.createBatch(batch);
    return c.json({ batch }, 201);
  });

  route.get('/batches/:id', async (c) => {
    const batch = await store.paper.findBatch(c.req.param('id'));
    if (!batch) return noBatch(c);
    const form = (await store.findForm(batch.formId, batch.formVersion)) as FormDefinition;
    return c.json({ batch, form, ...(await progressOf(batch, form)) });
  });

  route.post('/batches/:id/sheets', async (c) => {
    const batch = await store.paper.findBatch(c.req.param('id'));
    if (!batch) return noBatch(c);
    const form = (await store.findForm(batch.formId, batch.formVersion)) as FormDefinition;
    const sheet = await readSheet(c, form);
    if (!sheet.ok) return sheet.reply;
    const given = sheet.reference.trim();
    const reference = given ? normaliseReferenceCode(given) : referenceCode(randomUUID());
    const problems = [
      ...(reference ? [] : [{ questionId: 'reference', message: referenceProblem(given) }]),
      ...sheet.problems,
    ];
    if (!reference || problems.length) return invalidSheet(c, problems);
    const { answers } = sheet;
    const skipped = skippedRequired(form, answers);
    const reply = (outcome: SheetReply['outcome']) =>
      c.json<SheetReply>({ reference, outcome, skippedRequired: skipped });

    if (!batch.doubleEntry) {
      const status = await storeSheet(batch, reference, answers, skipped.length > 0);
      if (status === 'conflict') return referenceUsed(c, reference);
      return reply(status === 'stored' ? 'stored' : 'already-stored');
    }

    const entry = await store.paper.addEntry({
      batchId: batch.id,
      reference,
      answers,
      keyedBy: c.get('officer').id,
      keyedAt: new Date().toISOString(),
    });
    if (entry === 'both-keyed') {
      return apiError(c, 409, 'both-keyed', `Sheet ${reference} has been keyed twice already. Check the reference.`);
    }
    if (entry === 1) return reply('first-entry');
    const [first] = (await store.paper.listEntries(batch.id)).filter((e) => e.reference === reference);
    if (first && compareEntries(form, first.answers, answers).length > 0) return reply('disagreement');
    const status = await storeSheet(batch, reference, answers, skipped.length > 0);
    if (status === 'conflict') return referenceUsed(c, reference);
    return reply('agreed');
  });

  // A reviewer's answers for a sheet whose two keyings disagree: chosen question by question, or corrected.
  route.post('/batches/:id/sheets/:reference/resolve', async (c) => {
    const batch = await store.paper.findBatch(c.req.param('id'));
    if (!batch) return noBatch(c);
    const reference = normaliseReferenceCode(c.req.param('reference'));
    const entries = (await store.paper.listEntries(batch.id)).filter((e) => e.reference === reference);
    if (!reference || entries.length < 2) {
      return apiError(
        c,
        404,
        'no-disagreement',
        'This sheet has not been keyed twice in this batch, so there is nothing to resolve.',
      );
    }
    const form = (await store.findForm(batch.formId, batch.formVersion)) as FormDefinition;
    const sheet = await readSheet(c, form);
    if (!sheet.ok) return sheet.reply;
    if (sheet.problems.length) return invalidSheet(c, sheet.problems);
    const skipped = skippedRequired(form, sheet.answers);
    const status = await storeSheet(batch, reference, sheet.answers, skipped.length > 0);
    if (status !== 'stored') {
      return apiError(c, 409, 'already-stored', `Sheet ${reference} is stored already; it was kept as it was.`);
    }
    return c.json<SheetReply>({ reference, outcome: 'stored', skippedRequired: skipped });
  });

  async function progressOf(batch: PaperBatch, known?: FormDefinition) {
    const form = known ?? ((await store.findForm(batch.formId, batch.formVersion)) as FormDefinition);
    const stored = new Set<string>();
    for await (const page of store.findResponses({ formId: batch.formId, paperBatch: batch.id })) {
      for (const response of page) stored.add(referenceCode(response.id));
    }
    const entries = batch.doubleEntry ? await store.paper.listEntries(batch.id) : [];
    return batchProgress(form, entries, stored);
  }

  /** Stores one sheet through the same door as every tablet's response. */
  async function storeSheet(batch: PaperBatch, reference: string, answers: Answers, partial: boolean) {
    const response: SubmittedResponse = {
      id: paperResponseId(reference) as string,
      formId: batch.formId,
      formVersion: batch.formVersion,
      deviceId: `paper:${batch.id}`,
      channel: 'paper',
      language: batch.language,
      event: batch.event,
      // When the resident filled the sheet in is unknown; the batch's opening stands for it, and keeps a sheet
      // saved twice the same response (a duplicate, not a conflict).
      submittedAt: batch.createdAt,
      answers,
      ...(partial ? { partial: true as const } : {}),
      paperBatch: batch.id,
    };
    const [result] = await receiveResponses(store, [response], { fromPaper: true });
    if (result?.status === 'rejected') throw new Error(`A checked paper sheet was refused: ${result.error}`);
    return result?.status ?? 'conflict';
  }

  return route;
}

type SheetContext = Context<AccessEnv>;

/** The sheet's body and every problem with its answers (paper-sheet.ts), by question. */
async function readSheet(
  c: SheetContext,
  form: FormDefinition,
): Promise<
  { ok: true; reference: string; answers: Answers; problems: SheetProblem[] } | { ok: false; reply: Response }
> {
  const body = await readJsonBody(c, 'The request body');
  if (!body.ok) return body;
  const parsed = v.safeParse(SheetSchema, body.value);
  if (!parsed.success) return { ok: false, reply: apiError(c, 400, 'invalid-sheet', parsed.issues[0].message) };
  const answers = givenAnswers(parsed.output.answers);
  return { ok: true, reference: parsed.output.reference ?? '', answers, problems: sheetProblems(form, answers) };
}

function invalidSheet(c: SheetContext, problems: SheetProblem[]): Response {
  const message = `The sheet was not saved: ${problems.length === 1 ? 'one answer needs' : `${problems.length} answers need`} correcting.`;
  return c.json({ error: { code: 'invalid-sheet', message, problems } }, 422);
}

function referenceProblem(given: string): string {
  return `"${given}" is not a reference code: it has 8 letters and digits, like 7ZK3-Q9M1. Leave it blank if the sheet has none.`;
}

function noBatch(c: SheetContext): Response {
  return apiError(c, 404, 'unknown-batch', 'There is no such batch of paper returns.');
}

function referenceUsed(c: SheetContext, reference: string): Response {
  return apiError(
    c,
    409,
    'reference-used',
    `A sheet with reference ${reference} is already stored with different answers; the first was kept. Check the reference on the sheet.`,
  );
}
