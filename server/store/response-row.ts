import type { Assistance, AssistedBy } from '../../src/core/response.ts';
import type { StoredResponse } from './store.ts';

/** A row of the responses table as both stores read it (seq comes from PostgreSQL's BIGSERIAL as text). */
export interface ResponseRow {
  seq: number | string;
  id: string;
  form_id: string;
  form_version: number;
  device_id: string;
  channel: StoredResponse['channel'];
  language: string;
  event: string | null;
  submitted_at: string;
  received_at: string;
  answers: string;
  /** 1 or true for a partial response (SQLite has no booleans). */
  partial: number | boolean;
  /** Paper returns (issue 8): the batch a keyed sheet came from. */
  paper_batch: string | null;
  assisted_by: string | null;
  conversation_language: string | null;
  partner: string | null;
}

export const RESPONSE_COLUMNS =
  'seq, id, form_id, form_version, device_id, channel, language, event, submitted_at, received_at, answers, partial, ' +
  'paper_batch, assisted_by, conversation_language, partner';

/** A row back into the response as it was sent, with the time it arrived. */
export function toStoredResponse(row: ResponseRow): StoredResponse {
  return {
    id: row.id,
    formId: row.form_id,
    formVersion: row.form_version,
    deviceId: row.device_id,
    channel: row.channel,
    language: row.language,
    ...(row.event === null ? {} : { event: row.event }),
    submittedAt: row.submitted_at,
    receivedAt: row.received_at,
    answers: JSON.parse(row.answers),
    ...(row.partial ? { partial: true as const } : {}),
    ...(row.paper_batch === null ? {} : { paperBatch: row.paper_batch }),
    ...(row.assisted_by === null ? {} : { assistance: assistanceOf(row) }),
    ...(row.partner === null ? {} : { partner: row.partner }),
  };
}

function assistanceOf(row: ResponseRow): Assistance {
  return {
    by: row.assisted_by as AssistedBy,
    ...(row.conversation_language === null ? {} : { conversationLanguage: row.conversation_language }),
  };
}
