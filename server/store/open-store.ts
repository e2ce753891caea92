import type { Config } from '../config.ts';
import { SqliteStore } from './sqlite-store.ts';
import type { Store } from './store.ts';

/** The store the configuration asks for: PostgreSQL when DATABASE_URL is set, else the SQLite file. */
export async function openStore(config: Pick<Config, 'databaseUrl' | 'databasePath'>): Promise<Store> {
  if (!config.databaseUrl) return new SqliteStore(config.databasePath);
  // Loaded only when asked for, so the default SQLite endpoint does not carry the PostgreSQL driver.
  const { PostgresStore } = await import('./postgres-store.ts');
  return PostgresStore.open(config.databaseUrl);
}

/** Where the store is, for the start-up line: the file, or the PostgreSQL host and database (no password). */
export function describeStore(config: Pick<Config, 'databaseUrl' | 'databasePath'>): string {
  if (!config.databaseUrl) return config.databasePath;
  try {
    const url = new URL(config.databaseUrl);
    return `PostgreSQL ${url.host}${url.pathname}`;
  } catch {
    return 'PostgreSQL';
  }
}
