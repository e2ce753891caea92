import { CHANNELS_MIGRATION } from '../channels/channels-migration.ts';
import { FORM_DRAFTS_SQL } from '../forms/drafts-store.ts';
import { IMAGES_SQLITE_SQL } from '../images/image-store.ts';
import { SQLITE_OPPORTUNITIES_MIGRATION } from '../opportunities/opportunity-migrations.ts';
import { PAPER_MIGRATION } from '../paper/paper-migration.ts';
import { RESULTS_PAGES_SQL } from '../results/results-store.ts';
/**
 * Migration 2 for both stores (PostgreSQL's is the same text, postgres-migrations.ts): every column is TEXT or
 * a key, so one statement list serves both dialects.
 */
export const ACCESS_TABLES_SQL = `
      CREATE TABLE officers (
        id TEXT PRIMARY KEY,
        email TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        role TEXT NOT NULL,
        password_hash TEXT NOT NULL,
        created_at TEXT NOT NULL,
        disabled_at TEXT
      );
      CREATE TABLE sessions (
        token_hash TEXT PRIMARY KEY,
        officer_id TEXT NOT NULL REFERENCES officers (id),
        csrf_token TEXT NOT NULL,
        created_at TEXT NOT NULL,
        expires_at TEXT NOT NULL
      );
      CREATE INDEX sessions_by_officer ON sessions (officer_id);
      CREATE TABLE devices (
        id TEXT PRIMARY KEY,
        label TEXT NOT NULL,
        token_hash TEXT NOT NULL UNIQUE,
        enrolled_at TEXT NOT NULL,
        enrolled_by TEXT REFERENCES officers (id),
        last_seen_at TEXT,
        revoked_at TEXT
      );
      CREATE TABLE enrolment_codes (
        code_hash TEXT PRIMARY KEY,
        label TEXT NOT NULL,
        created_by TEXT REFERENCES officers (id),
        created_at TEXT NOT NULL,
        expires_at TEXT NOT NULL,
        used_at TEXT,
        device_id TEXT
      );
      CREATE TABLE baselines (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        uploaded_at TEXT NOT NULL,
        uploaded_by TEXT,
        rows TEXT NOT NULL
      );
      CREATE INDEX responses_by_device ON responses (device_id);
      CREATE INDEX responses_by_event ON responses (form_id, event);
    `;

/**
 * Schema migrations, applied in order on start. Never edit a shipped migration: add the next one.
 */
export const MIGRATIONS: readonly { version: number; name: string; sql: string }[] = [
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
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
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
    sql: 'ALTER TABLE responses ADD COLUMN partial INTEGER NOT NULL DEFAULT 0;',
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
    sql: IMAGES_SQLITE_SQL,
  },
  // Issue 8: opportunities to take part and registrations of interest.
  SQLITE_OPPORTUNITIES_MIGRATION,
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
