import type Database from 'better-sqlite3';
import type pg from 'pg';
import type { EventReflection } from './reflection.ts';

/** Which partner organisations ran tablets at an event of one form. */
export interface EventPartner {
  formId: string;
  /** "" for responses without an event. */
  event: string;
  partner: string;
}

export interface ReflectionFilter {
  event?: string;
  formId?: string;
}

/**
 * Issue 8's part of the store: partner organisations (on enrolment codes, devices and responses) and post-event
 * reflections. Implemented for SQLite and PostgreSQL below, exposed as `store.channels`.
 */
export interface ChannelsStore {
  /** The partner the device was enrolled for; null for the council's own tablets or an unknown device. */
  partnerOfDevice(deviceId: string): Promise<string | null>;
  /** Every partner named on a set-up code so far, ordered by name. */
  listPartners(): Promise<string[]>;
  /** The partners whose tablets collected responses at each event (one row per form, event and partner). */
  eventPartners(formId?: string): Promise<EventPartner[]>;
  addReflection(reflection: EventReflection): Promise<void>;
  /** Oldest first. */
  listReflections(filter?: ReflectionFilter): Promise<EventReflection[]>;
}

interface ReflectionRow {
  id: string;
  event: string;
  form_id: string | null;
  fields: string;
  author_id: string | null;
  author_name: string;
  written_at: string;
}

const REFLECTION_COLUMNS = 'id, event, form_id, fields, author_id, author_name, written_at';

function toReflection(row: ReflectionRow): EventReflection {
  return {
    id: row.id,
    event: row.event,
    formId: row.form_id,
    fields: JSON.parse(row.fields),
    authorId: row.author_id,
    authorName: row.author_name,
    writtenAt: row.written_at,
  };
}

function reflectionParams(r: EventReflection): unknown[] {
  return [r.id, r.event, r.formId, JSON.stringify(r.fields), r.authorId, r.authorName, r.writtenAt];
}

export function sqliteChannels(db: Database.Database): ChannelsStore {
  return {
    async partnerOfDevice(deviceId) {
      return (
        db.prepare<[string], { partner: string | null }>('SELECT partner FROM devices WHERE id = ?').get(deviceId)
          ?.partner ?? null
      );
    },
    async listPartners() {
      return db
        .prepare<[], { partner: string }>(
          'SELECT DISTINCT partner FROM enrolment_codes WHERE partner IS NOT NULL ORDER BY partner COLLATE NOCASE',
        )
        .all()
        .map((row) => row.partner);
    },
    async eventPartners(formId) {
      return db
        .prepare<unknown[], EventPartner>(
          `SELECT DISTINCT form_id AS formId, coalesce(event, '') AS event, partner FROM responses
           WHERE partner IS NOT NULL ${formId === undefined ? '' : 'AND form_id = ?'} ORDER BY 1, 2, 3`,
        )
        .all(...(formId === undefined ? [] : [formId]));
    },
    async addReflection(reflection) {
      db.prepare(`INSERT INTO event_reflections (${REFLECTION_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)`).run(
        ...reflectionParams(reflection),
      );
    },
    async listReflections(filter = {}) {
      const { where, params } = reflectionWhere(filter, () => '?');
      return db
        .prepare<unknown[], ReflectionRow>(
          `SELECT ${REFLECTION_COLUMNS} FROM event_reflections ${where} ORDER BY written_at, id`,
        )
        .all(...params)
        .map(toReflection);
    },
  };
}

export function postgresChannels(pool: pg.Pool): ChannelsStore {
  return {
    async partnerOfDevice(deviceId) {
      const { rows } = await pool.query<{ partner: string | null }>('SELECT partner FROM devices WHERE id = $1', [
        deviceId,
      ]);
      return rows[0]?.partner ?? null;
    },
    async listPartners() {
      const { rows } = await pool.query<{ partner: string }>(
        `SELECT partner FROM (SELECT DISTINCT partner FROM enrolment_codes WHERE partner IS NOT NULL) p
         ORDER BY lower(partner) COLLATE "C", partner COLLATE "C"`,
      );
      return rows.map((row) => row.partner);
    },
    async eventPartners(formId) {
      const { rows } = await pool.query<EventPartner>(
        `SELECT * FROM (SELECT DISTINCT form_id AS "formId", coalesce(event, '') AS event, partner FROM responses
           WHERE partner IS NOT NULL ${formId === undefined ? '' : 'AND form_id = $1'}) p
         ORDER BY "formId" COLLATE "C", event COLLATE "C", partner COLLATE "C"`,
        formId === undefined ? [] : [formId],
      );
      return rows;
    },
    async addReflection(reflection) {
      await pool.query(
        `INSERT INTO event_reflections (${REFLECTION_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        reflectionParams(reflection),
      );
    },
    async listReflections(filter = {}) {
      const { where, params } = reflectionWhere(filter, (n) => `$${n}`);
      const { rows } = await pool.query<ReflectionRow>(
        `SELECT ${REFLECTION_COLUMNS} FROM event_reflections ${where} ORDER BY written_at COLLATE "C", id COLLATE "C"`,
        params,
      );
      return rows.map(toReflection);
    },
  };
}

function reflectionWhere(filter: ReflectionFilter, param: (n: number) => string): { where: string; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  if (filter.event !== undefined) {
    params.push(filter.event);
    clauses.push(`event = ${param(params.length)}`);
  }
  if (filter.formId !== undefined) {
    params.push(filter.formId);
    clauses.push(`form_id = ${param(params.length)}`);
  }
  return { where: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}
