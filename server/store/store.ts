import type { FormDefinition } from '../../src/core/form.ts';
import type { SubmittedResponse } from '../../src/core/response.ts';
import type { SyncStatus } from '../../src/core/sync-protocol.ts';

/** A response as the endpoint keeps it. */
export interface StoredResponse extends SubmittedResponse {
  receivedAt: string;
}

/** A validated response with the hash of its canonical content, ready to store. */
export interface ResponseToStore {
  response: SubmittedResponse;
  contentHash: string;
}

/**
 * Where the endpoint keeps forms and responses. SQLite is the default; other stores (PostgreSQL)
 * implement the same contract.
 */
export interface Store {
  publishForm(form: FormDefinition, now?: Date): void;
  listPublishedForms(): FormDefinition[];
  findForm(formId: string, version: number): FormDefinition | undefined;
  /** Stores each response exactly once, keyed on its id; returns one status per input, in order. */
  storeResponses(batch: ResponseToStore[], now?: Date): Extract<SyncStatus, 'stored' | 'duplicate' | 'conflict'>[];
  /** Responses to a form, oldest first, read in pages so an export never holds them all. */
  responsesForForm(formId: string, pageSize?: number): Iterable<StoredResponse[]>;
  countResponses(formId?: string): number;
  isReady(): boolean;
  close(): void;
}
