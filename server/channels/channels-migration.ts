/**
 * Migration 8 (issue 8: assisted sessions, partner organisations, event reflections), the same text for both
 * stores: every new column is TEXT. A response's partner is the one its device was enrolled for, stamped by
 * the endpoint when it stores the response (never sent by the device); assisted_by and
 * conversation_language hold an assisted response's `assistance`.
 */
export const CHANNELS_MIGRATION = {
  version: 8,
  name: 'assisted sessions, partner organisations, event reflections',
  sql: `
      ALTER TABLE responses ADD COLUMN assisted_by TEXT;
      ALTER TABLE responses ADD COLUMN conversation_language TEXT;
      ALTER TABLE responses ADD COLUMN partner TEXT;
      ALTER TABLE enrolment_codes ADD COLUMN partner TEXT;
      ALTER TABLE devices ADD COLUMN partner TEXT;
      CREATE TABLE event_reflections (
        id TEXT PRIMARY KEY,
        event TEXT NOT NULL,
        form_id TEXT,
        fields TEXT NOT NULL,
        author_id TEXT,
        author_name TEXT NOT NULL,
        written_at TEXT NOT NULL
      );
      CREATE INDEX event_reflections_by_event ON event_reflections (event, written_at);
    `,
} as const;
