import { join } from 'node:path';
import type { Environment } from '../config/env.validation.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './embedded-postgres.js';

/** `DATABASE_URL` when set; otherwise the embedded PostgreSQL under DATA_DIR. */
export async function resolveDatabase(env: Environment, log: (line: string) => void): Promise<EmbeddedDatabase> {
  if (env.DATABASE_URL) return { url: env.DATABASE_URL, stop: async () => undefined };
  return startEmbeddedPostgres({
    dataDir: join(env.DATA_DIR, 'postgres'),
    port: env.EMBEDDED_PG_PORT,
    database: 'kompeten',
    log,
  });
}
