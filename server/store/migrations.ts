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
];
