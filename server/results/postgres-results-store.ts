import type pg from 'pg';
import type { ResultsContent, ResultsDraft, ResultsStatus } from '../../src/core/results-page.ts';
import { RESULTS_COLUMNS, type ResultsRow, type ResultsStore, toResultsDraft } from './results-store.ts';

/** Results pages in the PostgreSQL store (its pool, already migrated). */
export function postgresResultsStore(pool: pg.Pool): ResultsStore {
  const find = async (formId: string): Promise<ResultsDraft | undefined> => {
    const { rows } = await pool.query<ResultsRow>(`SELECT ${RESULTS_COLUMNS} FROM results_pages WHERE form_id = $1`, [
      formId,
    ]);
    return rows[0] && toResultsDraft(rows[0]);
  };
  return {
    findResults: find,
    async saveResults(formId: string, content: ResultsContent, officerId: string | null, now: Date) {
      await pool.query(
        `INSERT INTO results_pages (form_id, content, status, updated_at, updated_by) VALUES ($1, $2, 'draft', $3, $4)
         ON CONFLICT (form_id) DO UPDATE SET content = excluded.content, updated_at = excluded.updated_at,
           updated_by = excluded.updated_by`,
        [formId, JSON.stringify(content), now.toISOString(), officerId],
      );
      return (await find(formId)) as ResultsDraft;
    },
    async setResultsStatus(formId: string, status: ResultsStatus, officerId: string | null, now: Date) {
      const at = now.toISOString();
      await pool.query(
        `UPDATE results_pages SET status = $1::text,
           published_at = CASE WHEN $1::text = 'published' THEN $2 ELSE published_at END,
           updated_at = $2, updated_by = $3 WHERE form_id = $4`,
        [status, at, officerId, formId],
      );
      return find(formId);
    },
    async listPublishedResults() {
      const { rows } = await pool.query<ResultsRow>(
        `SELECT ${RESULTS_COLUMNS} FROM results_pages WHERE status = 'published'
         ORDER BY published_at COLLATE "C" DESC, form_id COLLATE "C"`,
      );
      return rows.map(toResultsDraft);
    },
    async responseReferences() {
      const { rows } = await pool.query<{ formId: string; id: string }>(
        'SELECT form_id AS "formId", id FROM responses ORDER BY seq',
      );
      return rows;
    },
    async formsOfResponsesStartingWith(idPrefix: string) {
      const { rows } = await pool.query<{ form_id: string }>(
        'SELECT DISTINCT form_id COLLATE "C" AS form_id FROM responses WHERE lower(substr(id, 1, $2)) = $1 ORDER BY 1',
        [idPrefix.toLowerCase(), idPrefix.length],
      );
      return rows.map((row) => row.form_id);
    },
  };
}
