import { CHANNELS_MIGRATION } from '../channels/channels-migration.ts';
import { FORM_DRAFTS_SQL } from '../forms/drafts-store.ts';
import { IMAGES_POSTGRES_SQL } from '../images/image-store.ts';
import { POSTGRES_OPPORTUNITIES_MIGRATION } from '../opportunities/opportunity-migrations.ts';
import { PAPER_MIGRATION } from '../paper/paper-migration.ts';
import { RESULTS_PAGES_SQL } from '../results/results-store.ts';
import { ACCESS_TABLES_SQL } from './migrations.ts';

/**
 * The PostgreSQL schema, applied in order on start (postgres-store.ts), recorded in its own
 * schema_migrations table. Never edit a shipped migration: add the next one. Same tables and columns as
 * the SQLite schema (migrations.ts), with these choices:
 * - seq is BIGSERIAL: increasing in commit-free order, which is all keyset paging needs.
 * - submitted_at, received_at and published_at stay TEXT: the ISO strings exactly as the device (or the
 *   endpoint) wrote them, offset included, so exports are byte for byte those of SQLite. TIMESTAMPTZ would
 *   drop the device's offset and re-format the text; the store casts to timestamptz only to filter and group.
 * - answers and definition stay TEXT, not jsonb: jsonb reorders keys and drops duplicates and whitespace, so
 *   the JSON export would no longer hold the responses as stored. Nothing queries inside them.
 */
export const POSTGRES_MIGRATIONS: readonly { version: number; name: string; sql: string }[] = [
  {
    version: 1,
    name: 'forms and responses',
    sql: `
      CREATE TABLE forms (
        id TEXT NOT NULL,
        version INTEGER NOT NULL,
        definition TEXT NOT NULL,
        published_at TEXT NOT NULL,
        PRIMARY KEY (id, version)
      );
      CREATE TABLE responses (
        seq BIGSERIAL PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        form_id TEXT NOT NULL,
        form_version INTEGER NOT NULL,
        device_id TEXT NOT NULL,
        channel TEXT NOT NULL,
        language TEXT NOT NULL,
        event TEXT,
        submitted_at TEXT NOT NULL,
        received_at TEXT NOT NULL,
        answers TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        FOREIGN KEY (form_id, form_version) REFERENCES forms (id, version)
      );
      CREATE INDEX responses_by_form ON responses (form_id, seq);
    `,
  },
  {
    version: 2,
    name: 'officers, sessions, devices, enrolment codes, baselines',
    sql: ACCESS_TABLES_SQL,
  },
  {
    // Issue 6 (kiosk mode): a kiosk's idle reset may send the answers so far, marked partial.
    version: 3,
    name: 'partial responses',
    sql: 'ALTER TABLE responses ADD COLUMN partial BOOLEAN NOT NULL DEFAULT FALSE;',
  },
  {
    // Issue 9 (the form builder): consultations officers are still writing, one draft per form id.
    version: 4,
    name: 'form drafts',
    sql: FORM_DRAFTS_SQL,
  },
  {
    // Issue 9 (builder): pictures for information screens, uploaded by officers and fetched by tablets.
    version: 5,
    name: 'form images',
    sql: IMAGES_POSTGRES_SQL,
  },
  // Issue 8: opportunities to take part and registrations of interest.
  POSTGRES_OPPORTUNITIES_MIGRATION,
  {
    // Issue 8 ("You said, we did"): one results page per consultation, drafted and published by officers.
    version: 7,
    name: 'results pages',
    sql: RESULTS_PAGES_SQL,
  },
  // Issue 8: assisted sessions, partner organisations and event reflections (server/channels/).
  CHANNELS_MIGRATION,
  // Issue 8: paper questionnaires, batches of paper returns and double entry (server/paper/).
  PAPER_MIGRATION,
];
