import type Database from 'better-sqlite3';
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

/** Opportunities and registrations in the SQLite store's file (better-sqlite3 is synchronous). */
export function sqliteOpportunities(db: Database.Database): OpportunityStore {
  return {
    async listOpportunities(): Promise<Opportunity[]> {
      return db
        .prepare<[], OpportunityRow>('SELECT id, status, fields, updated_at FROM opportunities ORDER BY starts_on, id')
        .all()
        .map(toOpportunity);
    },

    async findOpportunity(id: string): Promise<Opportunity | undefined> {
      const row = db
        .prepare<[string], OpportunityRow>('SELECT id, status, fields, updated_at FROM opportunities WHERE id = ?')
        .get(id);
      return row ? toOpportunity(row) : undefined;
    },

    async saveOpportunity(opportunity: Opportunity): Promise<void> {
      db.prepare(
        `INSERT INTO opportunities (id, status, starts_on, ends_on, fields, updated_at)
         VALUES (@id, @status, @startsOn, @endsOn, @fields, @updatedAt)
         ON CONFLICT (id) DO UPDATE SET status = excluded.status, starts_on = excluded.starts_on,
           ends_on = excluded.ends_on, fields = excluded.fields, updated_at = excluded.updated_at`,
      ).run(opportunityColumns(opportunity));
    },

    async storeRegistrations(batch: RegistrationToStore[], now = new Date()): Promise<StoreStatus[]> {
      const insert = db.prepare(
        `INSERT INTO registrations (id, opportunity_id, name, contact_method, contact_value, consent, language, event,
           device_id, submitted_at, received_at, content_hash)
         VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (id) DO NOTHING`,
      );
      const existingHash = db.prepare<[string], { content_hash: string }>(
        'SELECT content_hash FROM registrations WHERE id = ?',
      );
      const receivedAt = now.toISOString();
      return db.transaction(() =>
        batch.map(({ registration: r, contentHash }): StoreStatus => {
          const { changes } = insert.run(
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
          );
          if (changes === 1) return 'stored';
          return existingHash.get(r.id)?.content_hash === contentHash ? 'duplicate' : 'conflict';
        }),
      )();
    },

    async listRegistrations(opportunityId: string): Promise<StoredRegistration[]> {
      return db
        .prepare<[string], RegistrationRow>(
          `SELECT ${REGISTRATION_COLUMNS} FROM registrations WHERE opportunity_id = ? ORDER BY seq`,
        )
        .all(opportunityId)
        .map(toStoredRegistration);
    },

    async countRegistrations(): Promise<Record<string, number>> {
      const rows = db
        .prepare<[], { opportunity_id: string; count: number }>(
          'SELECT opportunity_id, COUNT(*) AS count FROM registrations GROUP BY opportunity_id',
        )
        .all();
      return Object.fromEntries(rows.map((row) => [row.opportunity_id, row.count]));
    },
  };
}
