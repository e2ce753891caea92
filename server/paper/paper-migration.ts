/**
 * Migration 9 for both stores (issue 8, paper returns): the batch a keyed paper sheet came from on each
 * response, the batches, and the entries of double-keyed sheets waiting to agree. Every column is TEXT or
 * INTEGER, so one statement list serves SQLite and PostgreSQL.
 */
export const PAPER_MIGRATION = {
  version: 9,
  name: 'paper batches and double entry',
  sql: `
      ALTER TABLE responses ADD COLUMN paper_batch TEXT;
      CREATE INDEX responses_by_paper_batch ON responses (form_id, paper_batch);
      CREATE TABLE paper_batches (
        id TEXT PRIMARY KEY,
        form_id TEXT NOT NULL,
        form_version INTEGER NOT NULL,
        language TEXT NOT NULL,
        event TEXT NOT NULL,
        note TEXT,
        double_entry INTEGER NOT NULL,
        created_by TEXT,
        created_at TEXT NOT NULL,
        FOREIGN KEY (form_id, form_version) REFERENCES forms (id, version)
      );
      CREATE TABLE paper_entries (
        batch_id TEXT NOT NULL REFERENCES paper_batches (id),
        reference TEXT NOT NULL,
        entry INTEGER NOT NULL,
        answers TEXT NOT NULL,
        keyed_by TEXT,
        keyed_at TEXT NOT NULL,
        PRIMARY KEY (batch_id, reference, entry)
      );
    `,
} as const;
