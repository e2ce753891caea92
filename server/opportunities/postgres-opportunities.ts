import type pg from 'pg';
import type { Opportunity } from '../../src/core/opportunity.ts';
import type { StoreStatus } from '../store/store.ts';
import {
  type OpportunityRow,
  opportunityColumns,
  REGISTRATION_COLUMNS,
  type RegistrationRow,
  toOpportunity,
  toStoredRegistration,
} from './opportunity-rows.ts';
import type { OpportunityStore, RegistrationToStore, StoredRegistration } from './opportunity-store.ts';

/** Opportunities and registrations in the PostgreSQL store, with the same results as SQLite's. */
export function postgresOpportunities(pool: pg.Pool): OpportunityStore {
  return {
    async listOpportunities(): Promise<Opportunity[]> {
      // COLLATE "C" orders as SQLite does, whatever the database's locale.
      const { rows } = await pool.query<OpportunityRow>(
        'SELECT id, status, fields, updated_at FROM opportunities ORDER BY starts_on COLLATE "C", id COLLATE "C"',
      );
      return rows.map(toOpportunity);
    },

    async findOpportunity(id: string): Promise<Opportunity | undefined> {
      const { rows } = await pool.query<OpportunityRow>(
        'SELECT id, status, fields, updated_at FROM opportunities WHERE id = $1',
        [id],
      );
      return rows[0] ? toOpportunity(rows[0]) : undefined;
    },

    async saveOpportunity(opportunity: Opportunity): Promise<void> {
      const o = opportunityColumns(opportunity);
      await pool.query(
        `INSERT INTO opportunities (id, status, starts_on, ends_on, fields, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (id) DO UPDATE SET status = excluded.status, starts_on = excluded.starts_on,
           ends_on = excluded.ends_on, fields = excluded.fields, updated_at = excluded.updated_at`,
        [o.id, o.status, o.startsOn, o.endsOn, o.fields, o.updatedAt],
      );
    },

    async storeRegistrations(batch: RegistrationToStore[], now = new Date()): Promise<StoreStatus[]> {
      const receivedAt = now.toISOString();
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const statuses: StoreStatus[] = [];
        for (const { registration: r, contentHash } of batch) {
          // A concurrent batch with the same id makes this wait for its commit, then do nothing: still once.
          const { rowCount } = await client.query(
            `INSERT INTO registrations (id, opportunity_id, name, contact_method, contact_value, consent, language,
               event, device_id, submitted_at, received_at, content_hash)
             VALUES ($1, $2, $3, $4, $5, TRUE, $6, $7, $8, $9, $10, $11)
             ON CONFLICT (id) DO NOTHING`,
            [
              r.id,
              r.opportunityId,
              r.name ?? null,
              r.contactMethod,
              r.contactValue ?? null,
              r.language,
              r.event ?? null,
              r.deviceId,
              r.submittedAt,
              receivedAt,
              contentHash,
            ],
          );
          if (rowCount === 1) {
            statuses.push('stored');
            continue;
          }
          const { rows } = await client.query<{ content_hash: string }>(
            'SELECT content_hash FROM registrations WHERE id = $1',
            [r.id],
          );
          statuses.push(rows[0]?.content_hash === contentHash ? 'duplicate' : 'conflict');
        }
        await client.query('COMMIT');
        return statuses;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },

    async listRegistrations(opportunityId: string): Promise<StoredRegistration[]> {
      const { rows } = await pool.query<RegistrationRow>(
        `SELECT ${REGISTRATION_COLUMNS} FROM registrations WHERE opportunity_id = $1 ORDER BY seq`,
        [opportunityId],
      );
      return rows.map(toStoredRegistration);
    },

    async countRegistrations(): Promise<Record<string, number>> {
      const { rows } = await pool.query<{ opportunity_id: string; count: string }>(
        'SELECT opportunity_id, COUNT(*) AS count FROM registrations GROUP BY opportunity_id',
      );
      return Object.fromEntries(rows.map((row) => [row.opportunity_id, Number(row.count)]));
    },
  };
}
