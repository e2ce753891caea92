import type { FormDefinition } from '../../../core/form.ts';
import type { EntryDisagreement } from '../../../core/paper-sheet.ts';
import type { Answers } from '../../../core/response.ts';
import { jsonBody, OfficerApiError, officerFetch } from '../officer-api.ts';
import { officerCall } from '../officer-session.ts';

/** A batch of paper returns as `/api/paper` describes it (server/paper/paper-store.ts). */
export interface PaperBatch {
  id: string;
  formId: string;
  formVersion: number;
  language: string;
  event: string;
  note: string | null;
  doubleEntry: boolean;
  createdAt: string;
}

export interface BatchCounts {
  keyedOnce: number;
  agreed: number;
  disagreements: number;
  stored: number;
}

export interface SheetState {
  reference: string;
  state: 'keyed-once' | 'agreed' | 'disagreement' | 'stored';
  disagreements?: EntryDisagreement[];
  firstAnswers?: Answers;
}

export interface BatchDetail {
  batch: PaperBatch;
  form: FormDefinition;
  counts: BatchCounts;
  sheets: SheetState[];
}

export interface SheetReply {
  reference: string;
  outcome: 'stored' | 'already-stored' | 'first-entry' | 'agreed' | 'disagreement';
  skippedRequired: string[];
}

/** What saving a sheet came to: saved, or the endpoint's problems by question ("reference" for the code). */
export type SheetResult = { ok: true; reply: SheetReply } | { ok: false; problems: Map<string, string> };

export const listBatches = () =>
  officerCall<{ batches: (PaperBatch & { counts: BatchCounts })[] }>('/api/paper/batches');

export const loadBatch = (id: string) => officerCall<BatchDetail>(`/api/paper/batches/${encodeURIComponent(id)}`);

export const createBatch = (batch: Omit<PaperBatch, 'id' | 'createdAt'>) =>
  officerCall<{ batch: PaperBatch }>('/api/paper/batches', jsonBody('POST', batch));

/** Saves a keyed sheet, or (with `resolving`) a reviewer's answers for a sheet whose keyings disagree. */
export async function saveSheet(
  batchId: string,
  reference: string,
  answers: Answers,
  resolving = false,
): Promise<SheetResult> {
  const base = `/api/paper/batches/${encodeURIComponent(batchId)}/sheets`;
  const path = resolving ? `${base}/${encodeURIComponent(reference)}/resolve` : base;
  let reply: Response;
  try {
    reply = await officerFetch(path, jsonBody('POST', { reference, answers }));
  } catch {
    throw new OfficerApiError(0, 'offline', 'The endpoint cannot be reached. Check the connection and try again.');
  }
  const body = (await reply.json().catch(() => null)) as
    | (SheetReply & { error?: { code: string; message: string; problems?: { questionId: string; message: string }[] } })
    | null;
  if (reply.ok && body) return { ok: true, reply: body };
  if (reply.status === 422 && body?.error?.problems) {
    return { ok: false, problems: new Map(body.error.problems.map((p) => [p.questionId, p.message])) };
  }
  throw new OfficerApiError(
    reply.status,
    body?.error?.code ?? 'unknown',
    body?.error?.message ?? `The endpoint answered ${reply.status}.`,
  );
}
