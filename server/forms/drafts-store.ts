import type Database from 'better-sqlite3';
import type pg from 'pg';

/**
 * A consultation an officer is still writing (issue 9): one draft per form id, kept on the endpoint so it
 * survives a closed browser and another officer can carry on. A draft need not pass the publishing checks;
 * it becomes a version only when published (POST /api/forms), after which the builder deletes it.
 */
export interface FormDraft {
  formId: string;
  /** The definition as the builder left it: JSON, not necessarily a valid form yet. */
  form: unknown;
  /** The published version this draft was started from, or null for a new consultation. */
  basedOnVersion: number | null;
  updatedAt: string;
  /** The name of the officer who saved it last. */
  updatedBy: string | null;
}

/** Where drafts are kept: the `drafts` property of both stores (SQLite and PostgreSQL). */
export interface DraftStore {
  list(): Promise<FormDraft[]>;
  find(formId: string): Promise<FormDraft | undefined>;
  /** Adds a draft unless one exists for the form id; false when one did (it is left as it was). */
  create(draft: FormDraft): Promise<boolean>;
  /**
   * Replaces an existing draft; false when there is none to replace, or (given `expectedUpdatedAt`) when the
   * draft kept is no longer the one saved at that time, because someone saved it since.
   */
  save(draft: FormDraft, expectedUpdatedAt?: string): Promise<boolean>;
  /** False when there was none, or (given `expectedUpdatedAt`) when it was saved at another time since. */
  remove(formId: string, expectedUpdatedAt?: string): Promise<boolean>;
}

/** Migration 4 for both stores: every column is TEXT or INTEGER, so one statement serves both dialects. */
export const FORM_DRAFTS_SQL = `
      CREATE TABLE form_drafts (
        form_id TEXT PRIMARY KEY,
        draft TEXT NOT NULL,
        based_on_version INTEGER,
        updated_at TEXT NOT NULL,
        updated_by TEXT
      );
    `;

interface DraftRow {
  form_id: string;
  draft: string;
  based_on_version: number | null;
  updated_at: string;
  updated_by: string | null;
}

const COLUMNS = 'form_id, draft, based_on_version, updated_at, updated_by';

function toDraft(row: DraftRow): FormDraft {
  return {
    formId: row.form_id,
    form: JSON.parse(row.draft) as unknown,
    basedOnVersion: row.based_on_version,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
  };
}

function values(draft: FormDraft): [string, string, number | null, string, string | null] {
  return [draft.formId, JSON.stringify(draft.form), draft.basedOnVersion, draft.updatedAt, draft.updatedBy];
}

export function sqliteDraftStore(db: Database.Database): DraftStore {
  return {
    async list() {
      return db
        .prepare<[], DraftRow>(`SELECT ${COLUMNS} FROM form_drafts ORDER BY updated_at DESC, form_id`)
        .all()
        .map(toDraft);
    },
    async find(formId) {
      const row = db.prepare<[string], DraftRow>(`SELECT ${COLUMNS} FROM form_drafts WHERE form_id = ?`).get(formId);
      return row && toDraft(row);
    },
    async create(draft) {
      const result = db
        .prepare(`INSERT INTO form_drafts (${COLUMNS}) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`)
        .run(...values(draft));
      return result.changes === 1;
    },
    async save(draft, expectedUpdatedAt) {
      const [formId, json, basedOn, updatedAt, updatedBy] = values(draft);
      const result = db
        .prepare(
          'UPDATE form_drafts SET draft = ?, based_on_version = ?, updated_at = ?, updated_by = ? WHERE form_id = ? AND (? IS NULL OR updated_at = ?)',
        )
        .run(json, basedOn, updatedAt, updatedBy, formId, expectedUpdatedAt ?? null, expectedUpdatedAt ?? null);
      return result.changes === 1;
    },
    async remove(formId, expectedUpdatedAt) {
      const expected = expectedUpdatedAt ?? null;
      return (
        db
          .prepare('DELETE FROM form_drafts WHERE form_id = ? AND (? IS NULL OR updated_at = ?)')
          .run(formId, expected, expected).changes === 1
      );
    },
  };
}

export function postgresDraftStore(pool: pg.Pool): DraftStore {
  return {
    async list() {
      const { rows } = await pool.query<DraftRow>(
        `SELECT ${COLUMNS} FROM form_drafts ORDER BY updated_at COLLATE "C" DESC, form_id COLLATE "C"`,
      );
      return rows.map(toDraft);
    },
    async find(formId) {
      const { rows } = await pool.query<DraftRow>(`SELECT ${COLUMNS} FROM form_drafts WHERE form_id = $1`, [formId]);
      return rows[0] && toDraft(rows[0]);
    },
    async create(draft) {
      const result = await pool.query(
        `INSERT INTO form_drafts (${COLUMNS}) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING`,
        values(draft),
      );
      return result.rowCount === 1;
    },
    async save(draft, expectedUpdatedAt) {
      const [formId, json, basedOn, updatedAt, updatedBy] = values(draft);
      const result = await pool.query(
        'UPDATE form_drafts SET draft = $1, based_on_version = $2, updated_at = $3, updated_by = $4 WHERE form_id = $5 AND ($6::text IS NULL OR updated_at = $6)',
        [json, basedOn, updatedAt, updatedBy, formId, expectedUpdatedAt ?? null],
      );
      return result.rowCount === 1;
    },
    async remove(formId, expectedUpdatedAt) {
      const { rowCount } = await pool.query(
        'DELETE FROM form_drafts WHERE form_id = $1 AND ($2::text IS NULL OR updated_at = $2)',
        [formId, expectedUpdatedAt ?? null],
      );
      return rowCount === 1;
    },
  };
}
