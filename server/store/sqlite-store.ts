import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { type FormDefinition, formKey } from '../../src/core/form.ts';
import { MIGRATIONS } from './migrations.ts';
import { RESPONSE_COLUMNS, type ResponseRow, toStoredResponse } from './response-row.ts';
import type {
  GroupCount,
  ReachCounts,
  ResponseFilter,
  ResponseToStore,
  Store,
  StoredResponse,
  StoreStatus,
} from './store.ts';

/**
 * The default store: one SQLite file in WAL mode, migrated on open. better-sqlite3 is synchronous, so each
 * method does its work at once and hands back a settled promise, as the Store contract asks.
 */
export class SqliteStore implements Store {
  readonly #db: Database.Database;
  readonly #formCache = new Map<string, FormDefinition>();

  constructor(path: string) {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    this.#db = new Database(path);
    this.#db.pragma('journal_mode = WAL');
    this.#db.pragma('synchronous = NORMAL');
    this.#db.pragma('foreign_keys = ON');
    this.#db.pragma('busy_timeout = 5000');
    this.#migrate();
  }

  #migrate(): void {
    this.#db.exec(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT, applied_at TEXT)',
    );
    const applied = new Set(
      this.#db
        .prepare<[], { version: number }>('SELECT version FROM schema_migrations')
        .all()
        .map((row) => row.version),
    );
    for (const migration of MIGRATIONS) {
      if (applied.has(migration.version)) continue;
      this.#db.transaction(() => {
        this.#db.exec(migration.sql);
        this.#db
          .prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)')
          .run(migration.version, migration.name, new Date().toISOString());
      })();
    }
  }

  async publishForm(form: FormDefinition, now = new Date()): Promise<void> {
    // A published version never changes: publishing the same id and version again keeps the first.
    this.#db
      .prepare('INSERT INTO forms (id, version, definition, published_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING')
      .run(form.id, form.version, JSON.stringify(form), now.toISOString());
  }

  async listPublishedForms(): Promise<FormDefinition[]> {
    return this.#db
      .prepare<[], { definition: string }>('SELECT definition FROM forms ORDER BY published_at, id, version')
      .all()
      .map((row) => JSON.parse(row.definition) as FormDefinition);
  }

  async findForm(formId: string, version: number): Promise<FormDefinition | undefined> {
    const key = formKey(formId, version);
    const cached = this.#formCache.get(key);
    if (cached) return cached;
    const row = this.#db
      .prepare<[string, number], { definition: string }>('SELECT definition FROM forms WHERE id = ? AND version = ?')
      .get(formId, version);
    if (!row) return undefined;
    const form = JSON.parse(row.definition) as FormDefinition;
    this.#formCache.set(key, form);
    return form;
  }

  async storeResponses(batch: ResponseToStore[], now = new Date()): Promise<StoreStatus[]> {
    const insert = this.#db.prepare(
      `INSERT INTO responses (id, form_id, form_version, device_id, channel, language, event, submitted_at,
         received_at, answers, content_hash)
       VALUES (@id, @formId, @formVersion, @deviceId, @channel, @language, @event, @submittedAt, @receivedAt,
         @answers, @contentHash)
       ON CONFLICT (id) DO NOTHING`,
    );
    const existingHash = this.#db.prepare<[string], { content_hash: string }>(
      'SELECT content_hash FROM responses WHERE id = ?',
    );
    const receivedAt = now.toISOString();
    return this.#db.transaction(() =>
      batch.map(({ response, contentHash }) => {
        const { changes } = insert.run({
          ...response,
          event: response.event ?? null,
          answers: JSON.stringify(response.answers),
          receivedAt,
          contentHash,
        });
        if (changes === 1) return 'stored' as const;
        return existingHash.get(response.id)?.content_hash === contentHash
          ? ('duplicate' as const)
          : ('conflict' as const);
      }),
    )();
  }

  responsesForForm(formId: string, pageSize = 500): AsyncIterable<StoredResponse[]> {
    return this.findResponses({ formId }, pageSize);
  }

  /**
   * Pages by keyset on seq through the (form_id, seq) index, so across all pages each of the form's rows is
   * read once whatever the filter; an index on the filtered fields would force a sort of every match per page.
   */
  async *findResponses(filter: ResponseFilter, pageSize = 500): AsyncIterable<StoredResponse[]> {
    const { where, params } = filterClauses(filter);
    const page = this.#db.prepare<unknown[], ResponseRow>(
      `SELECT ${RESPONSE_COLUMNS} FROM responses WHERE ${where.join(' AND ')} AND seq > ? ORDER BY seq LIMIT ?`,
    );
    let after = 0;
    for (;;) {
      const rows = page.all(...params, after, pageSize);
      if (rows.length === 0) return;
      after = Number(rows[rows.length - 1]?.seq ?? after);
      yield rows.map(toStoredResponse);
    }
  }

  async countResponses(formId?: string): Promise<number> {
    const row = formId
      ? this.#db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM responses WHERE form_id = ?').get(formId)
      : this.#db.prepare<[], { n: number }>('SELECT count(*) AS n FROM responses').get();
    return row?.n ?? 0;
  }

  /**
   * One pass per field over the form's rows (the (form_id, seq) index narrows to the form; the rest is a scan
   * of its rows, as an export is). Keys are ordered by value, never by count, so the order of the groups
   * says nothing about the size of a suppressed one.
   */
  async countReach(filter: ResponseFilter): Promise<ReachCounts> {
    const { where, params } = filterClauses(filter);
    const grouped = (key: string): GroupCount[] =>
      this.#db
        .prepare<unknown[], GroupCount>(
          `SELECT ${key} AS key, count(*) AS count FROM responses WHERE ${where.join(' AND ')} GROUP BY 1 ORDER BY 1`,
        )
        .all(...params);
    const total = this.#db.prepare<unknown[], { n: number }>(
      `SELECT count(*) AS n FROM responses WHERE ${where.join(' AND ')}`,
    );
    // One read transaction, so every dimension counts the same rows.
    return this.#db.transaction(() => ({
      total: total.get(...params)?.n ?? 0,
      byChannel: grouped('channel'),
      byLanguage: grouped('language'),
      byEvent: grouped("coalesce(event, '')"),
      byDay: grouped(`substr(${SUBMITTED_UTC}, 1, 10)`),
    }))();
  }

  async isReady(): Promise<boolean> {
    return this.#db.open && this.#db.prepare('SELECT 1').pluck().get() === 1;
  }

  async close(): Promise<void> {
    this.#db.close();
  }
}

/**
 * submitted_at as a UTC instant in one fixed format, so it compares as text. Devices write UTC ("…Z"), but
 * the response schema accepts any ISO 8601 offset, and SQLite reads only "+HH:MM": "+HHMM" and "+HH" are
 * rewritten to it first.
 */
const SUBMITTED_UTC = `strftime('%Y-%m-%dT%H:%M:%fZ', CASE
  WHEN submitted_at GLOB '*[+-][0-9][0-9][0-9][0-9]'
    THEN substr(submitted_at, 1, length(submitted_at) - 2) || ':' || substr(submitted_at, -2)
  WHEN submitted_at GLOB '*[+-][0-9][0-9]' THEN submitted_at || ':00'
  ELSE submitted_at END)`;

function filterClauses(filter: ResponseFilter): { where: string[]; params: unknown[] } {
  const where = ['form_id = ?'];
  const params: unknown[] = [filter.formId];
  const add = (clause: string, value: unknown) => {
    if (value === undefined) return;
    where.push(clause);
    params.push(value);
  };
  add('form_version = ?', filter.version);
  add(`${SUBMITTED_UTC} >= ?`, filter.submittedFrom === undefined ? undefined : utcText(filter.submittedFrom));
  add(`${SUBMITTED_UTC} < ?`, filter.submittedBefore === undefined ? undefined : utcText(filter.submittedBefore));
  add('event = ?', filter.event);
  add('channel = ?', filter.channel);
  add('language = ?', filter.language);
  return { where, params };
}

/** An instant in the same fixed format as SUBMITTED_UTC. */
function utcText(instant: string): string {
  return new Date(instant).toISOString();
}
