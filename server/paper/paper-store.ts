import type Database from 'better-sqlite3';
import type pg from 'pg';
import type { Answers } from '../../src/core/response.ts';

/** A batch of returned paper questionnaires of one form version, keyed once or twice per sheet. */
export interface PaperBatch {
  id: string;
  formId: string;
  formVersion: number;
  /** The language the sheets were printed in; their responses record it. */
  language: string;
  event: string;
  note: string | null;
  doubleEntry: boolean;
  createdBy: string | null;
  createdAt: string;
}

/** One keying of one sheet in a double-entry batch. */
export interface PaperEntry {
  batchId: string;
  reference: string;
  entry: 1 | 2;
  answers: Answers;
  keyedBy: string | null;
  keyedAt: string;
}

/**
 * Where the endpoint keeps paper batches and double-entry keyings (migration 9, paper-migration.ts). The
 * responses themselves go through receiveResponses like any other; this holds only what comes before.
 */
export interface PaperStore {
  createBatch(batch: PaperBatch): Promise<void>;
  findBatch(id: string): Promise<PaperBatch | undefined>;
  /** Newest first. */
  listBatches(): Promise<PaperBatch[]>;
  /**
   * Records a keying of a sheet as its first entry, or its second when the first exists; 'both-keyed' (and
   * nothing changes) when it has two already. Two keyers saving at once each get their own number.
   */
  addEntry(entry: Omit<PaperEntry, 'entry'>): Promise<1 | 2 | 'both-keyed'>;
  /** Every entry of the batch, by reference then entry number. */
  listEntries(batchId: string): Promise<PaperEntry[]>;
}

interface BatchRow {
  id: string;
  form_id: string;
  form_version: number;
  language: string;
  event: string;
  note: string | null;
  double_entry: number;
  created_by: string | null;
  created_at: string;
}

interface EntryRow {
  batch_id: string;
  reference: string;
  entry: number;
  answers: string;
  keyed_by: string | null;
  keyed_at: string;
}

const BATCH_COLUMNS = 'id, form_id, form_version, language, event, note, double_entry, created_by, created_at';
const ENTRY_COLUMNS = 'batch_id, reference, entry, answers, keyed_by, keyed_at';
const INSERT_BATCH = `INSERT INTO paper_batches (${BATCH_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`;
const INSERT_ENTRY = `INSERT INTO paper_entries (${ENTRY_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6)
  ON CONFLICT (batch_id, reference, entry) DO NOTHING`;
// COLLATE "C" in PostgreSQL only; SQLite compares text by bytes already.
const LIST_BATCHES = (collate: string) =>
  `SELECT ${BATCH_COLUMNS} FROM paper_batches ORDER BY created_at DESC, id${collate}`;
const LIST_ENTRIES = (collate: string) =>
  `SELECT ${ENTRY_COLUMNS} FROM paper_entries WHERE batch_id = $1 ORDER BY reference${collate}, entry`;

function batchParams(b: PaperBatch): unknown[] {
  return [b.id, b.formId, b.formVersion, b.language, b.event, b.note, b.doubleEntry ? 1 : 0, b.createdBy, b.createdAt];
}

function toBatch(row: BatchRow): PaperBatch {
  return {
    id: row.id,
    formId: row.form_id,
    formVersion: Number(row.form_version),
    language: row.language,
    event: row.event,
    note: row.note,
    doubleEntry: Number(row.double_entry) === 1,
    createdBy: row.created_by,
    createdAt: row.created_at,
  };
}

function toEntry(row: EntryRow): PaperEntry {
  return {
    batchId: row.batch_id,
    reference: row.reference,
    entry: Number(row.entry) === 2 ? 2 : 1,
    answers: JSON.parse(row.answers) as Answers,
    keyedBy: row.keyed_by,
    keyedAt: row.keyed_at,
  };
}

function entryParams(entry: Omit<PaperEntry, 'entry'>, number: 1 | 2): unknown[] {
  return [entry.batchId, entry.reference, number, JSON.stringify(entry.answers), entry.keyedBy, entry.keyedAt];
}

/** SQLite's "?" placeholders for the "$n" ones written above (in order, each used once). */
function positional(sql: string): string {
  return sql.replace(/\$\d+/g, '?');
}

export function sqlitePaperStore(db: Database.Database): PaperStore {
  return {
    async createBatch(batch) {
      db.prepare(positional(INSERT_BATCH)).run(...batchParams(batch));
    },
    async findBatch(id) {
      const row = db.prepare<[string], BatchRow>(`SELECT ${BATCH_COLUMNS} FROM paper_batches WHERE id = ?`).get(id);
      return row && toBatch(row);
    },
    async listBatches() {
      return db.prepare<[], BatchRow>(LIST_BATCHES('')).all().map(toBatch);
    },
    async addEntry(entry) {
      const insert = db.prepare(positional(INSERT_ENTRY));
      return db.transaction(() => {
        if (insert.run(...entryParams(entry, 1)).changes === 1) return 1 as const;
        if (insert.run(...entryParams(entry, 2)).changes === 1) return 2 as const;
        return 'both-keyed' as const;
      })();
    },
    async listEntries(batchId) {
      return db
        .prepare<[string], EntryRow>(positional(LIST_ENTRIES('')))
        .all(batchId)
        .map(toEntry);
    },
  };
}

export function postgresPaperStore(pool: pg.Pool): PaperStore {
  return {
    async createBatch(batch) {
      await pool.query(INSERT_BATCH, batchParams(batch));
    },
    async findBatch(id) {
      const { rows } = await pool.query<BatchRow>(`SELECT ${BATCH_COLUMNS} FROM paper_batches WHERE id = $1`, [id]);
      return rows[0] && toBatch(rows[0]);
    },
    async listBatches() {
      const { rows } = await pool.query<BatchRow>(LIST_BATCHES(' COLLATE "C"'));
      return rows.map(toBatch);
    },
    async addEntry(entry) {
      // ON CONFLICT DO NOTHING waits for a concurrent insert of the same key, so each number goes to one keyer.
      if ((await pool.query(INSERT_ENTRY, entryParams(entry, 1))).rowCount === 1) return 1;
      if ((await pool.query(INSERT_ENTRY, entryParams(entry, 2))).rowCount === 1) return 2;
      return 'both-keyed';
    },
    async listEntries(batchId) {
      const { rows } = await pool.query<EntryRow>(LIST_ENTRIES(' COLLATE "C"'), [batchId]);
      return rows.map(toEntry);
    },
  };
}
