import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { DEMO_FORM } from '../server/demo/demo-form.ts';
import { MIGRATIONS } from '../server/store/migrations.ts';
import type { SubmittedResponse } from '../src/core/response.ts';

/**
 * The floor for storing responses: one transaction of prepared inserts into a fresh SQLite file with
 * the endpoint's schema and pragmas (server/store/sqlite-store.ts), no HTTP, validation or hashing.
 * Returns the ms the transaction took.
 */
export function timeSqliteInsert(responses: SubmittedResponse[]): number {
  const dir = mkdtempSync(join(tmpdir(), 'chorus-bench-sqlite-'));
  const db = new Database(join(dir, 'baseline.sqlite'));
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    for (const migration of MIGRATIONS) db.exec(migration.sql);
    db.prepare('INSERT INTO forms (id, version, definition, published_at) VALUES (?, ?, ?, ?)').run(
      DEMO_FORM.id,
      DEMO_FORM.version,
      JSON.stringify(DEMO_FORM),
      new Date().toISOString(),
    );
    // Hashes are the endpoint's work, not the insert's: compute them before the clock starts.
    const rows = responses.map((r) => ({
      ...r,
      event: r.event ?? null,
      answers: JSON.stringify(r.answers),
      contentHash: createHash('sha256').update(JSON.stringify(r)).digest('hex'),
    }));
    const receivedAt = new Date().toISOString();
    const start = performance.now();
    const insert = db.prepare(
      `INSERT INTO responses (id, form_id, form_version, device_id, channel, language, event, submitted_at,
         received_at, answers, content_hash)
       VALUES (@id, @formId, @formVersion, @deviceId, @channel, @language, @event, @submittedAt, @receivedAt,
         @answers, @contentHash)`,
    );
    db.transaction(() => {
      for (const row of rows) insert.run({ ...row, receivedAt });
    })();
    const ms = performance.now() - start;
    const stored = db.prepare('SELECT count(*) FROM responses').pluck().get();
    if (stored !== responses.length) throw new Error(`Baseline stored ${stored} of ${responses.length} responses.`);
    return ms;
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
