import { resolve } from 'node:path';

export interface Config {
  port: number;
  host: string;
  databasePath: string;
  /** PostgreSQL connection string; when set, the store is PostgreSQL and databasePath is unused. */
  databaseUrl: string | undefined;
  bodyLimitBytes: number;
  importLimitBytes: number;
  staticDir: string;
  seedDemo: boolean;
  /** Behind a reverse proxy: read client addresses and https from X-Forwarded-For and X-Forwarded-Proto. */
  trustProxy: boolean;
  /** The address tablets use to reach the endpoint (for enrolment QR codes); the request's own by default. */
  publicUrl: string | undefined;
}

/** A tablet's weeks of unsent responses come in one file, so an import gets more room than a sync batch. */
export const DEFAULT_IMPORT_LIMIT_BYTES = 50 * 1024 * 1024;

/** Reads the endpoint's settings from the environment (documented in the README). */
export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    port: integer(env.PORT, 8080, 'PORT'),
    host: env.HOST ?? '0.0.0.0',
    databasePath: resolve(env.CHORUS_DB ?? 'data/chorus.sqlite'),
    databaseUrl: env.DATABASE_URL || undefined,
    bodyLimitBytes: integer(env.CHORUS_BODY_LIMIT, 2 * 1024 * 1024, 'CHORUS_BODY_LIMIT'),
    importLimitBytes: integer(env.CHORUS_IMPORT_LIMIT, DEFAULT_IMPORT_LIMIT_BYTES, 'CHORUS_IMPORT_LIMIT'),
    staticDir: resolve(env.CHORUS_STATIC_DIR ?? 'dist'),
    seedDemo: env.CHORUS_SEED_DEMO !== 'false',
    trustProxy: env.CHORUS_TRUST_PROXY === 'true',
    publicUrl: env.CHORUS_PUBLIC_URL || undefined,
  };
}

function integer(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${name} must be a positive whole number, not "${value}".`);
  return n;
}
