import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { type FormDefinition, formKey } from '../../src/core/form.ts';
import { type ChannelsStore, sqliteChannels } from '../channels/channels-store.ts';
import { type DraftStore, sqliteDraftStore } from '../forms/drafts-store.ts';
import type { ImageStore } from '../images/image-store.ts';
import { sqliteImageStore } from '../images/sqlite-image-store.ts';
import type { OpportunityStore } from '../opportunities/opportunity-store.ts';
import { sqliteOpportunities } from '../opportunities/sqlite-opportunities.ts';
import { type PaperStore, sqlitePaperStore } from '../paper/paper-store.ts';
import type { ResultsStore } from '../results/results-store.ts';
import { sqliteResultsStore } from '../results/sqlite-results-store.ts';
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
  readonly images: ImageStore;
  readonly opportunities: OpportunityStore;
  readonly paper: PaperStore;
  readonly channels: ChannelsStore;
  readonly results: ResultsStore;
  readonly drafts: DraftStore;

  constructor(path: string) {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    this.#db = new Database(path);
    this.#db.pragma('journal_mode = WAL');
    this.#db.pragma('synchronous = NORMAL');
    this.#db.pragma('foreign_keys = ON');
    this.#db.pragma('busy_timeout = 5000');
    this.#migrate();
    this.images = sqliteImageStore(this.#db);
    this.opportunities = sqliteOpportunities(this.#db);
    this.paper = sqlitePaperStore(this.#db);
    this.channels = sqliteChannels(this.#db);
    this.results = sqliteResultsStore(this.#db);
    this.drafts = sqliteDraftStore(this.#db);
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
         received_at, answers, content_hash, partial, paper_batch, assisted_by, conversation_language, partner)
       VALUES (@id, @formId, @formVersion, @deviceId, @channel, @language, @event, @submittedAt, @receivedAt,
         @answers, @contentHash, @partial, @paperBatch, @assistedBy, @conversationLanguage, @partner)
       ON CONFLICT (id) DO NOTHING`,
    );
    const existingHash = this.#db.prepare<[string], { content_hash: string }>(
      'SELECT content_hash FROM responses WHERE id = ?',
    );
    const receivedAt = now.toISOString();
    return this.#db.transaction(() =>
      batch.map(({ response, contentHash, partner }) => {
        const { assistance, ...fields } = response;
        const { changes } = insert.run({
          ...fields,
          event: response.event ?? null,
          assistedBy: assistance?.by ?? null,
          conversationLanguage: assistance?.conversationLanguage ?? null,
          partner: partner ?? null,
          answers: JSON.stringify(response.answers),
          partial: response.partial ? 1 : 0,
          paperBatch: response.paperBatch ?? null,
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

  async countMatching(filter: ResponseFilter): Promise<number> {
    const { where, params } = filterClauses(filter);
    return (
      this.#db
        .prepare<unknown[], { n: number }>(`SELECT count(*) AS n FROM responses WHERE ${where.join(' AND ')}`)
        .get(...params)?.n ?? 0
    );
  }

  /**
   * One pass per field over the form's rows (the (form_id, seq) index narrows to the form; the rest is a scan
   * of its rows, as an export is). Keys are ordered by value, never by count, so the order of the groups
   * says nothing about the size of a suppressed one.
   */
  async countReach(filter: ResponseFilter): Promise<ReachCounts> {
    const { where, params } = filterClauses(filter);
    const grouped = (key: string, only?: string): GroupCount[] =>
      this.#db
        .prepare<unknown[], GroupCount>(
          `SELECT ${key} AS key, count(*) AS count FROM responses WHERE ${[...where, ...(only ? [only] : [])].join(' AND ')}
           GROUP BY 1 ORDER BY 1`,
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
      byPartner: grouped("coalesce(partner, '')"),
      byAssistedBy: grouped('assisted_by', 'assisted_by IS NOT NULL'),
      byConversationLanguage: grouped('conversation_language', 'conversation_language IS NOT NULL'),
    }))();
  }

  async createOfficer(officer: OfficerWithSecret): Promise<'created' | 'email-taken'> {
    const { changes } = this.#db
      .prepare(
        `INSERT INTO officers (id, email, name, role, password_hash, created_at, disabled_at)
         VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (email) DO NOTHING`,
      )
      .run(
        officer.id,
        officer.email,
        officer.name,
        officer.role,
        officer.passwordHash,
        officer.createdAt,
        officer.disabledAt,
      );
    return changes === 1 ? 'created' : 'email-taken';
  }

  async findOfficerByEmail(email: string): Promise<OfficerWithSecret | undefined> {
    const row = this.#db
      .prepare<[string], OfficerRow>(`SELECT ${OFFICER_COLUMNS} FROM officers WHERE email = ?`)
      .get(email);
    return row && toOfficer(row);
  }

  async findOfficer(id: string): Promise<OfficerWithSecret | undefined> {
    const row = this.#db.prepare<[string], OfficerRow>(`SELECT ${OFFICER_COLUMNS} FROM officers WHERE id = ?`).get(id);
    return row && toOfficer(row);
  }

  async listOfficers(): Promise<Officer[]> {
    return this.#db
      .prepare<[], OfficerRow>(`SELECT ${OFFICER_COLUMNS} FROM officers ORDER BY name, email`)
      .all()
      .map((row) => withoutSecret(toOfficer(row)));
  }

  async countOfficers(): Promise<number> {
    return this.#db.prepare<[], { n: number }>('SELECT count(*) AS n FROM officers').get()?.n ?? 0;
  }

  async updateOfficer(id: string, change: OfficerChange): Promise<Officer | 'last-administrator' | undefined> {
    const update = this.#db.prepare(
      `UPDATE officers SET role = coalesce(@role, role), password_hash = coalesce(@passwordHash, password_hash),
         disabled_at = CASE WHEN @setDisabled THEN @disabledAt ELSE disabled_at END
       WHERE id = @id`,
    );
    const admins = this.#db.prepare<[], { n: number }>(
      "SELECT count(*) AS n FROM officers WHERE role = 'administrator' AND disabled_at IS NULL",
    );
    const enabledAdministrator = this.#db.prepare<[string], { n: number }>(
      "SELECT count(*) AS n FROM officers WHERE id = ? AND role = 'administrator' AND disabled_at IS NULL",
    );
    const LAST = new Error('last-administrator');
    try {
      return this.#db.transaction(() => {
        const wasAdministrator = (enabledAdministrator.get(id)?.n ?? 0) > 0;
        const { changes } = update.run({
          id,
          role: change.role ?? null,
          passwordHash: change.passwordHash ?? null,
          setDisabled: change.disabledAt === undefined ? 0 : 1,
          disabledAt: change.disabledAt ?? null,
        });
        if (changes === 0) return undefined;
        if (wasAdministrator && (admins.get()?.n ?? 0) === 0) throw LAST;
        const row = this.#db
          .prepare<[string], OfficerRow>(`SELECT ${OFFICER_COLUMNS} FROM officers WHERE id = ?`)
          .get(id);
        return row && withoutSecret(toOfficer(row));
      })();
    } catch (error) {
      if (error === LAST) return 'last-administrator';
      throw error;
    }
  }

  async createSession(session: NewSession): Promise<void> {
    // Sessions that have ended are of no use to anyone: each new one clears them away.
    this.#db.prepare('DELETE FROM sessions WHERE expires_at <= ?').run(session.createdAt);
    this.#db
      .prepare(
        `INSERT INTO sessions (token_hash, officer_id, csrf_token, created_at, expires_at)
         VALUES (@tokenHash, @officerId, @csrfToken, @createdAt, @expiresAt)`,
      )
      .run(session);
  }

  async findSession(tokenHash: string, now: Date): Promise<{ officer: Officer; csrfToken: string } | undefined> {
    const row = this.#db
      .prepare<[string, string], OfficerRow & { csrf_token: string }>(
        `SELECT ${OFFICER_COLUMNS.replaceAll(/(^|, )/g, '$1o.')}, s.csrf_token FROM sessions s
         JOIN officers o ON o.id = s.officer_id
         WHERE s.token_hash = ? AND s.expires_at > ? AND o.disabled_at IS NULL`,
      )
      .get(tokenHash, now.toISOString());
    return row && { officer: withoutSecret(toOfficer(row)), csrfToken: row.csrf_token };
  }

  async deleteSession(tokenHash: string): Promise<void> {
    this.#db.prepare('DELETE FROM sessions WHERE token_hash = ?').run(tokenHash);
  }

  async deleteSessionsOf(officerId: string, exceptTokenHash = ''): Promise<void> {
    this.#db.prepare('DELETE FROM sessions WHERE officer_id = ? AND token_hash <> ?').run(officerId, exceptTokenHash);
  }

  async createEnrolmentCode(code: NewEnrolmentCode): Promise<void> {
    this.#db
      .prepare(
        `INSERT INTO enrolment_codes (code_hash, label, created_by, created_at, expires_at, partner)
         VALUES (@codeHash, @label, @createdBy, @createdAt, @expiresAt, @partner)`,
      )
      .run({ ...code, partner: code.partner ?? null });
  }

  async redeemEnrolmentCode(
    codeHash: string,
    device: { id: string; tokenHash: string },
    now: Date,
  ): Promise<Device | 'invalid'> {
    const at = now.toISOString();
    return this.#db.transaction(() => {
      const code = this.#db
        .prepare<
          [string, string, string, string],
          { label: string; created_by: string | null; partner: string | null }
        >(
          `UPDATE enrolment_codes SET used_at = ?, device_id = ?
           WHERE code_hash = ? AND used_at IS NULL AND expires_at > ? RETURNING label, created_by, partner`,
        )
        .get(at, device.id, codeHash, at);
      if (!code) return 'invalid' as const;
      this.#db
        .prepare(
          `INSERT INTO devices (id, label, token_hash, enrolled_at, enrolled_by, partner) VALUES (?, ?, ?, ?, ?, ?)
           ON CONFLICT (id) DO UPDATE SET label = excluded.label, token_hash = excluded.token_hash,
             enrolled_at = excluded.enrolled_at, enrolled_by = excluded.enrolled_by, revoked_at = NULL,
             partner = excluded.partner`,
        )
        .run(device.id, code.label, device.tokenHash, at, code.created_by, code.partner);
      return this.#device(device.id) as Device;
    })();
  }

  async findDeviceByToken(tokenHash: string): Promise<DeviceAccess | undefined> {
    const row = this.#db
      .prepare<[string], { id: string; revoked_at: string | null }>(
        'SELECT id, revoked_at FROM devices WHERE token_hash = ?',
      )
      .get(tokenHash);
    return row && { id: row.id, revokedAt: row.revoked_at };
  }

  async touchDevice(id: string, now: Date): Promise<void> {
    this.#db.prepare('UPDATE devices SET last_seen_at = ? WHERE id = ?').run(now.toISOString(), id);
  }

  async listDevices(): Promise<Device[]> {
    return this.#db.prepare<[], DeviceRow>(`${DEVICE_COLUMNS} ORDER BY d.enrolled_at DESC, d.id`).all().map(toDevice);
  }

  async revokeDevice(id: string, now: Date): Promise<Device | undefined> {
    this.#db.prepare('UPDATE devices SET revoked_at = coalesce(revoked_at, ?) WHERE id = ?').run(now.toISOString(), id);
    return this.#device(id);
  }

  #device(id: string): Device | undefined {
    const row = this.#db.prepare<[string], DeviceRow>(`${DEVICE_COLUMNS} WHERE d.id = ?`).get(id);
    return row && toDevice(row);
  }

  async listEvents(formId?: string): Promise<EventCount[]> {
    return this.#db
      .prepare<unknown[], EventCount>(
        `SELECT coalesce(event, '') AS event, form_id AS formId, count(*) AS count,
           min(submitted_at) AS firstSubmittedAt, max(submitted_at) AS lastSubmittedAt
         FROM responses ${formId === undefined ? '' : 'WHERE form_id = ?'}
         GROUP BY form_id, coalesce(event, '') ORDER BY form_id, 1`,
      )
      .all(...(formId === undefined ? [] : [formId]));
  }

  async saveBaseline(baseline: Baseline): Promise<void> {
    this.#db
      .prepare('INSERT INTO baselines (id, name, uploaded_at, uploaded_by, rows) VALUES (?, ?, ?, ?, ?)')
      .run(baseline.id, baseline.name, baseline.uploadedAt, baseline.uploadedBy, JSON.stringify(baseline.rows));
  }

  async listBaselines(): Promise<BaselineSummary[]> {
    return this.#db
      .prepare<[], BaselineRow>(`SELECT ${BASELINE_COLUMNS} FROM baselines ORDER BY uploaded_at DESC, id`)
      .all()
      .map(toBaselineSummary);
  }

  async findBaseline(id: string): Promise<Baseline | undefined> {
    const row = this.#db
      .prepare<[string], BaselineRow>(`SELECT ${BASELINE_COLUMNS} FROM baselines WHERE id = ?`)
      .get(id);
    return row && toBaseline(row);
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
  add('paper_batch = ?', filter.paperBatch);
  add("coalesce(partner, '') = ?", filter.partner);
  add('assisted_by = ?', filter.assistedBy);
  return { where, params };
}

/** An instant in the same fixed format as SUBMITTED_UTC. */
function utcText(instant: string): string {
  return new Date(instant).toISOString();
}
