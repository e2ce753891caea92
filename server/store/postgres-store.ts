import pg from 'pg';
import { type FormDefinition, formKey } from '../../src/core/form.ts';
import { POSTGRES_MIGRATIONS } from './postgres-migrations.ts';
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

export interface PostgresStoreOptions {
  /** Tables live in this schema (it must exist) instead of the role's default; tests use one each. */
  schema?: string;
}

/** Any number: migrations take this advisory lock, so two endpoints starting at once migrate one at a time. */
const MIGRATION_LOCK = 4_217_001;

/**
 * The store on PostgreSQL (chosen by DATABASE_URL, see open-store.ts): a connection pool, migrated on open
 * (postgres-migrations.ts), with the same contract and the same results as the SQLite store.
 */
export class PostgresStore implements Store {
  readonly #pool: pg.Pool;
  readonly #formCache = new Map<string, FormDefinition>();
  #closed = false;

  private constructor(pool: pg.Pool) {
    this.#pool = pool;
  }

  /** Connects, applies any migration not yet applied, and resolves once the store is ready. */
  static async open(connectionString: string, { schema }: PostgresStoreOptions = {}): Promise<PostgresStore> {
    if (schema !== undefined && !/^[a-z_][a-z0-9_]*$/.test(schema)) {
      throw new Error(`The schema name "${schema}" must be lower-case letters, digits and underscores.`);
    }
    // UTC for the session, so no server setting can shift a day boundary.
    const options = `-c TimeZone=UTC${schema ? ` -c search_path=${schema}` : ''}`;
    const pool = new pg.Pool({ connectionString, options, max: 10 });
    // An idle connection dropped by the server must not crash the endpoint: the pool replaces it.
    pool.on('error', (error) => console.error('PostgreSQL connection lost: %s', error.message));
    const store = new PostgresStore(pool);
    try {
      await store.#migrate();
    } catch (error) {
      await pool.end();
      throw error;
    }
    return store;
  }

  async #migrate(): Promise<void> {
    await this.#transaction(async (client) => {
      await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      await client.query(
        'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT, applied_at TEXT)',
      );
      const { rows } = await client.query<{ version: number }>('SELECT version FROM schema_migrations');
      const applied = new Set(rows.map((row) => row.version));
      for (const migration of POSTGRES_MIGRATIONS) {
        if (applied.has(migration.version)) continue;
        await client.query(migration.sql);
        await client.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [
          migration.version,
          migration.name,
          new Date().toISOString(),
        ]);
      }
    });
  }

  async publishForm(form: FormDefinition, now = new Date()): Promise<void> {
    // A published version never changes: publishing the same id and version again keeps the first.
    await this.#pool.query(
      'INSERT INTO forms (id, version, definition, published_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING',
      [form.id, form.version, JSON.stringify(form), now.toISOString()],
    );
  }

  async listPublishedForms(): Promise<FormDefinition[]> {
    // COLLATE "C" orders ids by bytes, as SQLite does, whatever the database's locale.
    const { rows } = await this.#pool.query<{ definition: string }>(
      'SELECT definition FROM forms ORDER BY published_at COLLATE "C", id COLLATE "C", version',
    );
    return rows.map((row) => JSON.parse(row.definition) as FormDefinition);
  }

  async findForm(formId: string, version: number): Promise<FormDefinition | undefined> {
    const key = formKey(formId, version);
    const cached = this.#formCache.get(key);
    if (cached) return cached;
    const { rows } = await this.#pool.query<{ definition: string }>(
      'SELECT definition FROM forms WHERE id = $1 AND version = $2',
      [formId, version],
    );
    const row = rows[0];
    if (!row) return undefined;
    const form = JSON.parse(row.definition) as FormDefinition;
    this.#formCache.set(key, form);
    return form;
  }

  async storeResponses(batch: ResponseToStore[], now = new Date()): Promise<StoreStatus[]> {
    const receivedAt = now.toISOString();
    return this.#transaction(async (client) => {
      const statuses: StoreStatus[] = [];
      for (const { response, contentHash } of batch) {
        // A concurrent batch with the same id makes this wait for its commit, then do nothing: still once.
        const { rowCount } = await client.query(
          `INSERT INTO responses (id, form_id, form_version, device_id, channel, language, event, submitted_at,
             received_at, answers, content_hash)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
           ON CONFLICT (id) DO NOTHING`,
          [
            response.id,
            response.formId,
            response.formVersion,
            response.deviceId,
            response.channel,
            response.language,
            response.event ?? null,
            response.submittedAt,
            receivedAt,
            JSON.stringify(response.answers),
            contentHash,
          ],
        );
        if (rowCount === 1) {
          statuses.push('stored');
          continue;
        }
        const { rows } = await client.query<{ content_hash: string }>(
          'SELECT content_hash FROM responses WHERE id = $1',
          [response.id],
        );
        statuses.push(rows[0]?.content_hash === contentHash ? 'duplicate' : 'conflict');
      }
      return statuses;
    });
  }

  responsesForForm(formId: string, pageSize = 500): AsyncIterable<StoredResponse[]> {
    return this.findResponses({ formId }, pageSize);
  }

  /** Pages by keyset on seq through the (form_id, seq) index, as the SQLite store does (see there why). */
  async *findResponses(filter: ResponseFilter, pageSize = 500): AsyncIterable<StoredResponse[]> {
    const { where, params } = filterClauses(filter);
    const after = `$${params.length + 1}`;
    const limit = `$${params.length + 2}`;
    const sql = `SELECT ${RESPONSE_COLUMNS} FROM responses WHERE ${where.join(' AND ')} AND seq > ${after}
      ORDER BY seq LIMIT ${limit}`;
    let last: number | string = 0;
    for (;;) {
      const { rows }: pg.QueryResult<ResponseRow> = await this.#pool.query(sql, [...params, last, pageSize]);
      if (rows.length === 0) return;
      last = rows[rows.length - 1]?.seq ?? last;
      yield rows.map(toStoredResponse);
    }
  }

  async countResponses(formId?: string): Promise<number> {
    const { rows } = formId
      ? await this.#pool.query<{ n: number }>('SELECT count(*)::int AS n FROM responses WHERE form_id = $1', [formId])
      : await this.#pool.query<{ n: number }>('SELECT count(*)::int AS n FROM responses');
    return rows[0]?.n ?? 0;
  }

  /** One GROUP BY per field; keys ordered by value (bytes, as in SQLite), never by count. */
  async countReach(filter: ResponseFilter): Promise<ReachCounts> {
    const { where, params } = filterClauses(filter);
    const matching = `FROM responses WHERE ${where.join(' AND ')}`;
    // One snapshot, so every dimension counts the same rows.
    return this.#transaction(async (client) => {
      const grouped = async (key: string): Promise<GroupCount[]> =>
        (
          await client.query<GroupCount>(
            `SELECT ${key} AS key, count(*)::int AS count ${matching} GROUP BY 1 ORDER BY ${key} COLLATE "C"`,
            params,
          )
        ).rows;
      const total = await client.query<{ n: number }>(`SELECT count(*)::int AS n ${matching}`, params);
      return {
        total: total.rows[0]?.n ?? 0,
        byChannel: await grouped('channel'),
        byLanguage: await grouped('language'),
        byEvent: await grouped("coalesce(event, '')"),
        byDay: await grouped(`to_char(${SUBMITTED_UTC} AT TIME ZONE 'UTC', 'YYYY-MM-DD')`),
      };
    }, 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
  }

  async isReady(): Promise<boolean> {
    if (this.#closed) return false;
    try {
      const { rows } = await this.#pool.query<{ one: number }>('SELECT 1 AS one');
      return rows[0]?.one === 1;
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await this.#pool.end();
  }

  /** Runs `work` on one connection between BEGIN and COMMIT; any error rolls it all back. */
  async #transaction<T>(work: (client: pg.PoolClient) => Promise<T>, begin = 'BEGIN'): Promise<T> {
    const client = await this.#pool.connect();
    try {
      await client.query(begin);
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }
}

/**
 * submitted_at as a UTC instant rounded to the millisecond, as SQLite's strftime reads it, so both stores put
 * a response on the same day. PostgreSQL reads every ISO 8601 offset the response schema accepts.
 */
const SUBMITTED_UTC = `to_timestamp(round(extract(epoch FROM submitted_at::timestamptz) * 1000) / 1000)`;

function filterClauses(filter: ResponseFilter): { where: string[]; params: unknown[] } {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (clause: (param: string) => string, value: unknown) => {
    if (value === undefined) return;
    params.push(value);
    where.push(clause(`$${params.length}`));
  };
  add((p) => `form_id = ${p}`, filter.formId);
  add((p) => `form_version = ${p}`, filter.version);
  add((p) => `${SUBMITTED_UTC} >= ${p}::timestamptz`, filter.submittedFrom);
  add((p) => `${SUBMITTED_UTC} < ${p}::timestamptz`, filter.submittedBefore);
  add((p) => `event = ${p}`, filter.event);
  add((p) => `channel = ${p}`, filter.channel);
  add((p) => `language = ${p}`, filter.language);
  return { where, params };
}
