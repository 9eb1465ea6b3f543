import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { DataSource } from 'typeorm';

/** Connection URL for another database on the same server. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export function uniqueName(prefix: string): string {
  return `${prefix}_${process.pid}_${randomBytes(4).toString('hex')}`;
}

export async function adminQuery(adminUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Runs the compiled migration CLI, exactly as CI and production do. */
export function runDbCli(databaseUrl: string, args: string[]): { status: number; output: string } {
  try {
    const output = execFileSync(process.execPath, ['dist/src/database/cli.js', ...args], {
      env: { ...process.env, DATABASE_URL: databaseUrl },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return { status: 0, output };
  } catch (e) {
    const err = e as { status?: number; stdout?: string; stderr?: string };
    return { status: err.status ?? 1, output: `${err.stdout ?? ''}${err.stderr ?? ''}` };
  }
}

/**
 * Runs SQL with user triggers off (`session_replication_role = replica`, superuser only), as someone with
 * full database access could: for fixtures that fake the passage of time on immutable rows, and tampering tests.
 */
export function withoutTriggers(db: DataSource, sql: string, params: unknown[] = []): Promise<unknown> {
  return db.transaction(async (em) => {
    await em.query('SET LOCAL session_replication_role = replica');
    return em.query(sql, params);
  });
}
