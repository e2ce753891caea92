import Database from 'better-sqlite3';

/** Response ids stored by the endpoint, oldest first, read from its SQLite file (not through the app). */
export function readStoredIds(databasePath: string): string[] {
  const db = new Database(databasePath, { readonly: true, fileMustExist: true });
  try {
    return db.prepare('SELECT id FROM responses ORDER BY seq').pluck().all() as string[];
  } finally {
    db.close();
  }
}
