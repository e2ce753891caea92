import type { ResultsContent, ResultsDraft, ResultsStatus } from '../../src/core/results-page.ts';

/** A stored response's id and the form it answers: what the reference index is made of. */
export interface ResponseReference {
  formId: string;
  id: string;
}

/**
 * Where results pages are kept (migration 7, `results_pages`, one row per form), and the two reads of the
 * responses table that reference lookups need. SQLite: sqliteResultsStore; PostgreSQL: postgresResultsStore.
 * Both pass resultsStoreContract (results-store-contract.ts).
 */
export interface ResultsStore {
  findResults(formId: string): Promise<ResultsDraft | undefined>;
  /** Creates the page as a draft, or changes its content and keeps its status (a published page stays published). */
  saveResults(formId: string, content: ResultsContent, officerId: string | null, now: Date): Promise<ResultsDraft>;
  /** Publishes (publishedAt becomes now) or unpublishes a saved page; undefined when there is none. */
  setResultsStatus(
    formId: string,
    status: ResultsStatus,
    officerId: string | null,
    now: Date,
  ): Promise<ResultsDraft | undefined>;
  /** Every published page, most recently published first. */
  listPublishedResults(): Promise<ResultsDraft[]>;
  /** Every stored response's id and form, oldest first. */
  responseReferences(): Promise<ResponseReference[]>;
  /** The forms of the responses whose id starts with `idPrefix` ("0123abcd-ef", lower case). */
  formsOfResponsesStartingWith(idPrefix: string): Promise<string[]>;
}

/** A row of results_pages, as both stores read it. */
export interface ResultsRow {
  form_id: string;
  content: string;
  status: ResultsStatus;
  published_at: string | null;
  updated_at: string;
  updated_by: string | null;
}

export const RESULTS_COLUMNS = 'form_id, content, status, published_at, updated_at, updated_by';

export function toResultsDraft(row: ResultsRow): ResultsDraft {
  return {
    formId: row.form_id,
    status: row.status,
    content: JSON.parse(row.content) as ResultsContent,
    ...(row.published_at === null ? {} : { publishedAt: row.published_at }),
    updatedAt: row.updated_at,
    ...(row.updated_by === null ? {} : { updatedBy: row.updated_by }),
  };
}

/** Migration 7 for both stores: every column is TEXT, so one statement serves both dialects. */
export const RESULTS_PAGES_SQL = `
      CREATE TABLE results_pages (
        form_id TEXT PRIMARY KEY,
        content TEXT NOT NULL,
        status TEXT NOT NULL,
        published_at TEXT,
        updated_at TEXT NOT NULL,
        updated_by TEXT
      );
    `;
