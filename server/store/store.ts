import type { FormDefinition } from '../../src/core/form.ts';
import type { Channel, SubmittedResponse } from '../../src/core/response.ts';
import type { SyncStatus } from '../../src/core/sync-protocol.ts';
import type { DraftStore } from '../forms/drafts-store.ts';
import type { AccessStore } from './access-records.ts';

/** A response as the endpoint keeps it. */
export interface StoredResponse extends SubmittedResponse {
  receivedAt: string;
}

/** A validated response with the hash of its canonical content, ready to store. */
export interface ResponseToStore {
  response: SubmittedResponse;
  contentHash: string;
}

/** Which responses to read: those to one form, narrowed by every other field given (all must match). */
export interface ResponseFilter {
  formId: string;
  version?: number;
  /** Submitted at or after this instant (ISO 8601, UTC), whatever time zone the device wrote. */
  submittedFrom?: string;
  /** Submitted strictly before this instant (ISO 8601, UTC). */
  submittedBefore?: string;
  /** The event exactly as the device named it. */
  event?: string;
  channel?: Channel;
  language?: string;
}

/** How many responses share one value of a field (channel, language, event or day). */
export interface GroupCount {
  key: string;
  count: number;
}

/**
 * Exact counts of the responses that match a filter, grouped by each field. Exact: only the reach route
 * may hand them out, after suppressing small groups (server/suppress-small-counts.ts).
 */
export interface ReachCounts {
  total: number;
  byChannel: GroupCount[];
  byLanguage: GroupCount[];
  /** A response without an event is counted under "". */
  byEvent: GroupCount[];
  /** Day of submitted_at in UTC, YYYY-MM-DD. */
  byDay: GroupCount[];
}

/**
 * Where the endpoint keeps forms and responses: SQLite (sqlite-store.ts) by default, PostgreSQL
 * (postgres-store.ts) when DATABASE_URL is set; open-store.ts chooses. Both pass the same tests
 * (store-contract.ts).
 */
export interface Store extends AccessStore {
  /** Consultations officers are still writing (issue 9, server/forms/drafts-store.ts). */
  readonly drafts: DraftStore;
  publishForm(form: FormDefinition, now?: Date): Promise<void>;
  listPublishedForms(): Promise<FormDefinition[]>;
  findForm(formId: string, version: number): Promise<FormDefinition | undefined>;
  /**
   * Stores each response exactly once, keyed on its id, in one transaction per batch; returns one status per
   * input, in order.
   */
  storeResponses(batch: ResponseToStore[], now?: Date): Promise<StoreStatus[]>;
  /** Responses to a form, oldest first, read in pages so an export never holds them all. */
  responsesForForm(formId: string, pageSize?: number): AsyncIterable<StoredResponse[]>;
  /** Responses that match the filter, oldest first, read in pages (filtered by the store, not the caller). */
  findResponses(filter: ResponseFilter, pageSize?: number): AsyncIterable<StoredResponse[]>;
  countResponses(formId?: string): Promise<number>;
  /** How many responses match the filter (one COUNT, for an export's progress). */
  countMatching(filter: ResponseFilter): Promise<number>;
  /** Counts the responses that match the filter, grouped by the store (GROUP BY), each group ordered by key. */
  countReach(filter: ResponseFilter): Promise<ReachCounts>;
  isReady(): Promise<boolean>;
  close(): Promise<void>;
}

/** What storing one valid response can come to. */
export type StoreStatus = Extract<SyncStatus, 'stored' | 'duplicate' | 'conflict'>;
