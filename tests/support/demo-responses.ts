import type { SubmittedResponse } from '../../src/core/response.ts';
import type { OutboxEntry } from '../../src/db/outbox-entry.ts';

const AREAS = ['libraries', 'adult-care', 'children', 'planning', 'environment', 'regulatory'];
const INVOLVEMENT = ['kept-informed', 'short-surveys', 'group-sessions', 'co-design', 'not-now'];

/** Valid responses to the demo consultation, each with a fresh id. */
export function demoResponses(count: number, deviceId = 'test-device'): SubmittedResponse[] {
  return Array.from({ length: count }, (_, i) => ({
    id: crypto.randomUUID(),
    formId: 'shape-services',
    formVersion: 1,
    deviceId,
    channel: 'kiosk',
    language: 'en',
    submittedAt: new Date(Date.UTC(2026, 10, 30, 10, 0, 0, i)).toISOString(),
    answers: {
      areas: [AREAS[i % 6] ?? 'libraries', AREAS[(i + 2) % 6] ?? 'planning'],
      listening: (i % 5) + 1,
      change: 'Hold more sessions in the evening so people who work can come, and tell us what changed.',
      involvement: INVOLVEMENT[i % 5] ?? 'not-now',
    },
  }));
}

let nextSeq = 1_000_000;

/** Outbox entries as the app stores them, numbered after anything the app itself queued. */
export function outboxEntries(responses: SubmittedResponse[]): OutboxEntry[] {
  return responses.map((response) => ({
    id: response.id,
    response,
    queuedAt: response.submittedAt,
    seq: nextSeq++,
    state: 'waiting',
    bytes: Buffer.byteLength(JSON.stringify(response)),
  }));
}
