import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres } from '../../src/database/embedded-postgres.js';
import { migrateDatabase } from '../../src/database/migrate.js';

export interface BenchDatabase {
  url: string;
  /** A server URL for the same cluster with another database name. */
  withDatabase(name: string): string;
  stop(): Promise<void>;
}

/**
 * A fresh, migrated database: BENCH_DATABASE_URL's server when set (a new
 * database on it), otherwise an embedded PostgreSQL in a temporary folder
 * (durable settings: figures should reflect a real server).
 */
export async function startBenchDatabase(port: number): Promise<BenchDatabase> {
  const name = `kompeten_bench_${Date.now()}`;
  let serverUrl = process.env.BENCH_DATABASE_URL;
  let stopServer = async () => undefined as void;
  let dir: string | undefined;
  if (!serverUrl) {
    dir = mkdtempSync(join(tmpdir(), 'kompeten-bench-'));
    chmodSync(dir, 0o755);
    const server = await startEmbeddedPostgres({ dataDir: join(dir, 'pg'), port, database: 'postgres' });
    serverUrl = server.url;
    stopServer = () => server.stop();
  }
  const at = (db: string) => {
    const u = new URL(serverUrl!);
    u.pathname = `/${db}`;
    return u.toString();
  };
  const admin = new pg.Client({ connectionString: at('postgres') });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = at(name);
  await migrateDatabase(url);
  return {
    url,
    withDatabase: at,
    async stop() {
      if (process.env.BENCH_DATABASE_URL) {
        const c = new pg.Client({ connectionString: at('postgres') });
        await c.connect();
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await c.end();
      }
      await stopServer();
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}
