import type Database from 'better-sqlite3';
import type { ResultsContent, ResultsDraft, ResultsStatus } from '../../src/core/results-page.ts';
import {
  RESULTS_COLUMNS,
  type ResponseReference,
  type ResultsRow,
  type ResultsStore,
  toResultsDraft,
} from './results-store.ts';

/** Results pages in the SQLite store (its connection, already migrated). */
export function sqliteResultsStore(db: Database.Database): ResultsStore {
  const find = (formId: string): ResultsDraft | undefined => {
    const row = db
      .prepare<[string], ResultsRow>(`SELECT ${RESULTS_COLUMNS} FROM results_pages WHERE form_id = ?`)
      .get(formId);
    return row && toResultsDraft(row);
  };
  return {
    async findResults(formId) {
      return find(formId);
    },
    async saveResults(formId: string, content: ResultsContent, officerId: string | null, now: Date) {
      db.prepare(
        `INSERT INTO results_pages (form_id, content, status, updated_at, updated_by) VALUES (?, ?, 'draft', ?, ?)
         ON CONFLICT (form_id) DO UPDATE SET content = excluded.content, updated_at = excluded.updated_at,
           updated_by = excluded.updated_by`,
      ).run(formId, JSON.stringify(content), now.toISOString(), officerId);
      return find(formId) as ResultsDraft;
    },
    async setResultsStatus(formId: string, status: ResultsStatus, officerId: string | null, now: Date) {
      const at = now.toISOString();
      db.prepare(
        `UPDATE results_pages SET status = ?, published_at = CASE WHEN ? = 'published' THEN ? ELSE published_at END,
           updated_at = ?, updated_by = ? WHERE form_id = ?`,
      ).run(status, status, at, at, officerId, formId);
      return find(formId);
    },
    async listPublishedResults() {
      return db
        .prepare<[], ResultsRow>(
          `SELECT ${RESULTS_COLUMNS} FROM results_pages WHERE status = 'published' ORDER BY published_at DESC, form_id`,
        )
        .all()
        .map(toResultsDraft);
    },
    async responseReferences() {
      return db
        .prepare<[], { formId: string; id: string }>('SELECT form_id AS formId, id FROM responses ORDER BY seq')
        .all() as ResponseReference[];
    },
    async formsOfResponsesStartingWith(idPrefix: string) {
      return db
        .prepare<[number, string], { form_id: string }>(
          'SELECT DISTINCT form_id FROM responses WHERE lower(substr(id, 1, ?)) = ? ORDER BY form_id',
        )
        .all(idPrefix.length, idPrefix.toLowerCase())
        .map((row) => row.form_id);
    },
  };
}
