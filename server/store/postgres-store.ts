import pg from 'pg';
import { type FormDefinition, formKey } from '../../src/core/form.ts';
import { type ChannelsStore, postgresChannels } from '../channels/channels-store.ts';
import { type DraftStore, postgresDraftStore } from '../forms/drafts-store.ts';
import type { ImageStore } from '../images/image-store.ts';
import { postgresImageStore } from '../images/postgres-image-store.ts';
import type { OpportunityStore } from '../opportunities/opportunity-store.ts';
import { postgresOpportunities } from '../opportunities/postgres-opportunities.ts';
import { type PaperStore, postgresPaperStore } from '../paper/paper-store.ts';
import { postgresResultsStore } from '../results/postgres-results-store.ts';
import type { ResultsStore } from '../results/results-store.ts';
import type {
  Baseline,
  BaselineSummary,
  Device,
  DeviceAccess,
  EventCount,
  NewEnrolmentCode,
  NewSession,
  Officer,
  OfficerChange,
  OfficerWithSecret,
} from './access-records.ts';
import {
  BASELINE_COLUMNS,
  type BaselineRow,
  DEVICE_COLUMNS,
  type DeviceRow,
  OFFICER_COLUMNS,
  type OfficerRow,
  toBaseline,
  toBaselineSummary,
  toDevice,
  toOfficer,
  withoutSecret,
} from './access-rows.ts';
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
  readonly channels: ChannelsStore;
  #closed = false;
  readonly images: ImageStore;
  readonly opportunities: OpportunityStore;
  readonly paper: PaperStore;
  readonly results: ResultsStore;
  readonly drafts: DraftStore;

  private constructor(pool: pg.Pool) {
    this.#pool = pool;
    this.images = postgresImageStore(pool);
    this.opportunities = postgresOpportunities(pool);
    this.paper = postgresPaperStore(pool);
    this.channels = postgresChannels(pool);
    this.results = postgresResultsStore(pool);
    this.drafts = postgresDraftStore(pool);
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
      for (const { response, contentHash, partner } of batch) {
        // A concurrent batch with the same id makes this wait for its commit, then do nothing: still once.
        const { rowCount } = await client.query(
          `INSERT INTO responses (id, form_id, form_version, device_id, channel, language, event, submitted_at,
             received_at, answers, content_hash, partial, paper_batch, assisted_by, conversation_language, partner)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)
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
            response.partial === true,
            response.paperBatch ?? null,
            response.assistance?.by ?? null,
            response.assistance?.conversationLanguage ?? null,
            partner ?? null,
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

  async countMatching(filter: ResponseFilter): Promise<number> {
    const { where, params } = filterClauses(filter);
    const { rows } = await this.#pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM responses WHERE ${where.join(' AND ')}`,
      params,
    );
    return rows[0]?.n ?? 0;
  }

  /** One GROUP BY per field; keys ordered by value (bytes, as in SQLite), never by count. */
  async countReach(filter: ResponseFilter): Promise<ReachCounts> {
    const { where, params } = filterClauses(filter);
    const matching = `FROM responses WHERE ${where.join(' AND ')}`;
    // One snapshot, so every dimension counts the same rows.
    return this.#transaction(async (client) => {
      const grouped = async (key: string, only?: string): Promise<GroupCount[]> =>
        (
          await client.query<GroupCount>(
            `SELECT ${key} AS key, count(*)::int AS count ${matching} ${only ? `AND ${only}` : ''}
             GROUP BY 1 ORDER BY ${key} COLLATE "C"`,
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
        byPartner: await grouped("coalesce(partner, '')"),
        byAssistedBy: await grouped('assisted_by', 'assisted_by IS NOT NULL'),
        byConversationLanguage: await grouped('conversation_language', 'conversation_language IS NOT NULL'),
      };
    }, 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
  }

  async createOfficer(officer: OfficerWithSecret): Promise<'created' | 'email-taken'> {
    const { rowCount } = await this.#pool.query(
      `INSERT INTO officers (id, email, name, role, password_hash, created_at, disabled_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (email) DO NOTHING`,
      [
        officer.id,
        officer.email,
        officer.name,
        officer.role,
        officer.passwordHash,
        officer.createdAt,
        officer.disabledAt,
      ],
    );
    return rowCount === 1 ? 'created' : 'email-taken';
  }

  async findOfficerByEmail(email: string): Promise<OfficerWithSecret | undefined> {
    const { rows } = await this.#pool.query<OfficerRow>(`SELECT ${OFFICER_COLUMNS} FROM officers WHERE email = $1`, [
      email,
    ]);
    return rows[0] && toOfficer(rows[0]);
  }

  async findOfficer(id: string): Promise<OfficerWithSecret | undefined> {
    const { rows } = await this.#pool.query<OfficerRow>(`SELECT ${OFFICER_COLUMNS} FROM officers WHERE id = $1`, [id]);
    return rows[0] && toOfficer(rows[0]);
  }

  async listOfficers(): Promise<Officer[]> {
    const { rows } = await this.#pool.query<OfficerRow>(
      `SELECT ${OFFICER_COLUMNS} FROM officers ORDER BY name COLLATE "C", email COLLATE "C"`,
    );
    return rows.map((row) => withoutSecret(toOfficer(row)));
  }

  async countOfficers(): Promise<number> {
    const { rows } = await this.#pool.query<{ n: number }>('SELECT count(*)::int AS n FROM officers');
    return rows[0]?.n ?? 0;
  }

  async updateOfficer(id: string, change: OfficerChange): Promise<Officer | 'last-administrator' | undefined> {
    const LAST = new Error('last-administrator');
    try {
      return await this.#transaction(async (client) => {
        // Serialises account changes, so two officers disabling the last two administrators cannot both win.
        await client.query('LOCK TABLE officers IN SHARE ROW EXCLUSIVE MODE');
        const before = await client.query<{ n: number }>(
          "SELECT count(*)::int AS n FROM officers WHERE id = $1 AND role = 'administrator' AND disabled_at IS NULL",
          [id],
        );
        const wasAdministrator = (before.rows[0]?.n ?? 0) > 0;
        const { rows } = await client.query<OfficerRow>(
          `UPDATE officers SET role = coalesce($2, role), password_hash = coalesce($3, password_hash),
             disabled_at = CASE WHEN $4 THEN $5 ELSE disabled_at END
           WHERE id = $1 RETURNING ${OFFICER_COLUMNS}`,
          [
            id,
            change.role ?? null,
            change.passwordHash ?? null,
            change.disabledAt !== undefined,
            change.disabledAt ?? null,
          ],
        );
        if (!rows[0]) return undefined;
        const admins = await client.query<{ n: number }>(
          "SELECT count(*)::int AS n FROM officers WHERE role = 'administrator' AND disabled_at IS NULL",
        );
        if (wasAdministrator && (admins.rows[0]?.n ?? 0) === 0) throw LAST;
        return withoutSecret(toOfficer(rows[0]));
      });
    } catch (error) {
      if (error === LAST) return 'last-administrator';
      throw error;
    }
  }

  async createSession(session: NewSession): Promise<void> {
    // Sessions that have ended are of no use to anyone: each new one clears them away.
    await this.#pool.query('DELETE FROM sessions WHERE expires_at <= $1', [session.createdAt]);
    await this.#pool.query(
      `INSERT INTO sessions (token_hash, officer_id, csrf_token, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)`,
      [session.tokenHash, session.officerId, session.csrfToken, session.createdAt, session.expiresAt],
    );
  }

  async findSession(tokenHash: string, now: Date): Promise<{ officer: Officer; csrfToken: string } | undefined> {
    const { rows } = await this.#pool.query<OfficerRow & { csrf_token: string }>(
      `SELECT ${OFFICER_COLUMNS.replaceAll(/(^|, )/g, '$1o.')}, s.csrf_token FROM sessions s
       JOIN officers o ON o.id = s.officer_id
       WHERE s.token_hash = $1 AND s.expires_at > $2 AND o.disabled_at IS NULL`,
      [tokenHash, now.toISOString()],
    );
    const row = rows[0];
    return row && { officer: withoutSecret(toOfficer(row)), csrfToken: row.csrf_token };
  }

  async deleteSession(tokenHash: string): Promise<void> {
    await this.#pool.query('DELETE FROM sessions WHERE token_hash = $1', [tokenHash]);
  }

  async deleteSessionsOf(officerId: string, exceptTokenHash = ''): Promise<void> {
    await this.#pool.query('DELETE FROM sessions WHERE officer_id = $1 AND token_hash <> $2', [
      officerId,
      exceptTokenHash,
    ]);
  }

  async createEnrolmentCode(code: NewEnrolmentCode): Promise<void> {
    await this.#pool.query(
      `INSERT INTO enrolment_codes (code_hash, label, created_by, created_at, expires_at, partner)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [code.codeHash, code.label, code.createdBy, code.createdAt, code.expiresAt, code.partner ?? null],
    );
  }

  async redeemEnrolmentCode(
    codeHash: string,
    device: { id: string; tokenHash: string },
    now: Date,
  ): Promise<Device | 'invalid'> {
    const at = now.toISOString();
    return this.#transaction(async (client) => {
      const { rows } = await client.query<{ label: string; created_by: string | null; partner: string | null }>(
        `UPDATE enrolment_codes SET used_at = $1, device_id = $2
         WHERE code_hash = $3 AND used_at IS NULL AND expires_at > $1 RETURNING label, created_by, partner`,
        [at, device.id, codeHash],
      );
      const code = rows[0];
      if (!code) return 'invalid' as const;
      await client.query(
        `INSERT INTO devices (id, label, token_hash, enrolled_at, enrolled_by, partner) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (id) DO UPDATE SET label = excluded.label, token_hash = excluded.token_hash,
           enrolled_at = excluded.enrolled_at, enrolled_by = excluded.enrolled_by, revoked_at = NULL,
           partner = excluded.partner`,
        [device.id, code.label, device.tokenHash, at, code.created_by, code.partner],
      );
      const enrolled = await client.query<DeviceRow>(`${DEVICE_COLUMNS} WHERE d.id = $1`, [device.id]);
      return toDevice(enrolled.rows[0] as DeviceRow);
    });
  }

  async findDeviceByToken(tokenHash: string): Promise<DeviceAccess | undefined> {
    const { rows } = await this.#pool.query<{ id: string; revoked_at: string | null }>(
      'SELECT id, revoked_at FROM devices WHERE token_hash = $1',
      [tokenHash],
    );
    return rows[0] && { id: rows[0].id, revokedAt: rows[0].revoked_at };
  }

  async touchDevice(id: string, now: Date): Promise<void> {
    await this.#pool.query('UPDATE devices SET last_seen_at = $1 WHERE id = $2', [now.toISOString(), id]);
  }

  async listDevices(): Promise<Device[]> {
    const { rows } = await this.#pool.query<DeviceRow>(
      `${DEVICE_COLUMNS} ORDER BY d.enrolled_at COLLATE "C" DESC, d.id COLLATE "C"`,
    );
    return rows.map(toDevice);
  }

  async revokeDevice(id: string, now: Date): Promise<Device | undefined> {
    await this.#pool.query('UPDATE devices SET revoked_at = coalesce(revoked_at, $1) WHERE id = $2', [
      now.toISOString(),
      id,
    ]);
    const { rows } = await this.#pool.query<DeviceRow>(`${DEVICE_COLUMNS} WHERE d.id = $1`, [id]);
    return rows[0] && toDevice(rows[0]);
  }

  async listEvents(formId?: string): Promise<EventCount[]> {
    const { rows } = await this.#pool.query<EventCount>(
      `SELECT coalesce(event, '') AS event, form_id AS "formId", count(*)::int AS count,
         min(submitted_at COLLATE "C") AS "firstSubmittedAt", max(submitted_at COLLATE "C") AS "lastSubmittedAt"
       FROM responses ${formId === undefined ? '' : 'WHERE form_id = $1'}
       GROUP BY form_id, coalesce(event, '') ORDER BY form_id COLLATE "C", coalesce(event, '') COLLATE "C"`,
      formId === undefined ? [] : [formId],
    );
    return rows;
  }

  async saveBaseline(baseline: Baseline): Promise<void> {
    await this.#pool.query(
      'INSERT INTO baselines (id, name, uploaded_at, uploaded_by, rows) VALUES ($1, $2, $3, $4, $5)',
      [baseline.id, baseline.name, baseline.uploadedAt, baseline.uploadedBy, JSON.stringify(baseline.rows)],
    );
  }

  async listBaselines(): Promise<BaselineSummary[]> {
    const { rows } = await this.#pool.query<BaselineRow>(
      `SELECT ${BASELINE_COLUMNS} FROM baselines ORDER BY uploaded_at COLLATE "C" DESC, id COLLATE "C"`,
    );
    return rows.map(toBaselineSummary);
  }

  async findBaseline(id: string): Promise<Baseline | undefined> {
    const { rows } = await this.#pool.query<BaselineRow>(`SELECT ${BASELINE_COLUMNS} FROM baselines WHERE id = $1`, [
      id,
    ]);
    return rows[0] && toBaseline(rows[0]);
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
  add((p) => `paper_batch = ${p}`, filter.paperBatch);
  add((p) => `coalesce(partner, '') = ${p}`, filter.partner);
  add((p) => `assisted_by = ${p}`, filter.assistedBy);
  return { where, params };
}
