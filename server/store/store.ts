import type { FormDefinition } from '../../src/core/form.ts';
import type { AssistedBy, Channel, SubmittedResponse } from '../../src/core/response.ts';
import type { SyncStatus } from '../../src/core/sync-protocol.ts';
import type { ChannelsStore } from '../channels/channels-store.ts';
import type { DraftStore } from '../forms/drafts-store.ts';
import type { ImageStore } from '../images/image-store.ts';
import type { OpportunityStore } from '../opportunities/opportunity-store.ts';
import type { PaperStore } from '../paper/paper-store.ts';
import type { ResultsStore } from '../results/results-store.ts';
import type { AccessStore } from './access-records.ts';

/** A response as the endpoint keeps it. */
export interface StoredResponse extends SubmittedResponse {
  receivedAt: string;
  /** The partner organisation its device was enrolled for, stamped by the endpoint on arrival (issue 8). */
  partner?: string;
}

/** A validated response with the hash of its canonical content, ready to store. */
export interface ResponseToStore {
  response: SubmittedResponse;
  contentHash: string;
  /** The partner organisation of the device it came from (never the device's own say); null for none. */
  partner?: string | null;
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
  /** Paper returns (issue 8): keyed from this batch of paper questionnaires. */
  paperBatch?: string;
  /** Issue 8: the partner organisation exactly as stored ("" for responses without one). */
  partner?: string;
  /** Issue 8: assisted responses helped by staff, or by an interpreter. */
  assistedBy?: AssistedBy;
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
  /** Issue 8: by the device's partner organisation; "" for responses from the council's own tablets. */
  byPartner: GroupCount[];
  /** Issue 8: assisted responses that say who helped, by "staff" or "interpreter". */
  byAssistedBy: GroupCount[];
  /** Issue 8: assisted responses that name the language of the conversation, by that language. */
  byConversationLanguage: GroupCount[];
}

/**
 * Where the endpoint keeps forms and responses: SQLite (sqlite-store.ts) by default, PostgreSQL
 * (postgres-store.ts) when DATABASE_URL is set; open-store.ts chooses. Both pass the same tests
 * (store-contract.ts).
 */
export interface Store extends AccessStore {
  /** Pictures for information screens (server/images). */
  readonly images: ImageStore;
  /** "You said, we did" results pages and reference lookups (server/results/). */
  readonly results: ResultsStore;
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
  /** Paper batches and double-entry keyings (issue 8, server/paper/paper-store.ts). */
  readonly paper: PaperStore;
  /** Partner organisations and event reflections (issue 8, server/channels/). */
  readonly channels: ChannelsStore;
  isReady(): Promise<boolean>;
  close(): Promise<void>;
  /** Opportunities to take part and registrations of interest (issue 8). */
  readonly opportunities: OpportunityStore;
}

/** What storing one valid response can come to. */
export type StoreStatus = Extract<SyncStatus, 'stored' | 'duplicate' | 'conflict'>;
