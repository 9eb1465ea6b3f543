import pg from 'pg';
import { cliDataSource } from './data-source.js';

const MIGRATION_LOCK = 'kompeten:migrations';

/**
 * Applies pending migrations under a PostgreSQL advisory lock, so that several
 * processes starting at once apply each migration exactly once; the others wait.
 */
export async function migrateDatabase(url: string): Promise<string[]> {
  const lock = new pg.Client({ connectionString: url });
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock(hashtext($1))', [MIGRATION_LOCK]);
    const ds = cliDataSource(url);
    await ds.initialize();
    try {
      const applied = await ds.runMigrations({ transaction: 'each' });
      return applied.map((m) => m.name);
    } finally {
      await ds.destroy();
    }
  } finally {
    await lock.query('SELECT pg_advisory_unlock(hashtext($1))', [MIGRATION_LOCK]).catch(() => undefined);
    await lock.end();
  }
}
