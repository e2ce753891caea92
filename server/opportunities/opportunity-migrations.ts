/**
 * Migration 6 (issue 8): opportunities to take part and registrations of interest. An opportunity's fields
 * are kept whole as JSON text (they are read and written whole, never queried inside); registrations keep
 * one column per field, as responses do, so an export needs no parsing.
 */
const OPPORTUNITIES_TABLE = `
      CREATE TABLE opportunities (
        id TEXT PRIMARY KEY,
        status TEXT NOT NULL,
        starts_on TEXT NOT NULL,
        ends_on TEXT NOT NULL,
        fields TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );`;

const registrationsTable = (seq: string, consent: string) => `
      CREATE TABLE registrations (
        seq ${seq},
        id TEXT NOT NULL UNIQUE,
        opportunity_id TEXT NOT NULL REFERENCES opportunities (id),
        name TEXT,
        contact_method TEXT NOT NULL,
        contact_value TEXT,
        consent ${consent},
        language TEXT NOT NULL,
        event TEXT,
        device_id TEXT NOT NULL,
        submitted_at TEXT NOT NULL,
        received_at TEXT NOT NULL,
        content_hash TEXT NOT NULL
      );
      CREATE INDEX registrations_by_opportunity ON registrations (opportunity_id, seq);`;

export const SQLITE_OPPORTUNITIES_MIGRATION = {
  version: 6,
  name: 'opportunities and registrations',
  sql: OPPORTUNITIES_TABLE + registrationsTable('INTEGER PRIMARY KEY AUTOINCREMENT', 'INTEGER NOT NULL'),
} as const;

export const POSTGRES_OPPORTUNITIES_MIGRATION = {
  version: 6,
  name: 'opportunities and registrations',
  sql: OPPORTUNITIES_TABLE + registrationsTable('BIGSERIAL PRIMARY KEY', 'BOOLEAN NOT NULL'),
} as const;
