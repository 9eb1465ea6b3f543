import { createTestApp, type TestApp } from '../utils/create-test-app.js';

/**
 * Citus readiness: every table holding a body's data carries certification_body_id,
 * and every unique index on it includes that column (a distributed table can only
 * enforce uniqueness that includes the distribution column).
 */
const PLATFORM_TABLES = new Set([
  'schema_migrations', // migration bookkeeping
  'users', // people: platform-wide, reference table under Citus
  'certification_bodies', // the tenants themselves: reference table
  'auth_sessions', // a person's sign-in state, keyed by user
  'refresh_tokens',
  'rate_limits', // counters keyed by account/address
]);

describe('tenant schema (Citus readiness)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  async function tables(): Promise<string[]> {
    const rows: Array<{ table_name: string }> = await t.db.query(
      `SELECT table_name FROM information_schema.tables
        WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
    );
    return rows.map((r) => r.table_name);
  }

  it('has certification_body_id on every tenant table', async () => {
    const cols: Array<{ table_name: string }> = await t.db.query(
      `SELECT table_name FROM information_schema.columns
        WHERE table_schema = 'public' AND column_name = 'certification_body_id'`,
    );
    const withColumn = new Set(cols.map((c) => c.table_name));
    const missing = (await tables()).filter((name) => !PLATFORM_TABLES.has(name) && !withColumn.has(name));
    expect(missing).toEqual([]);
  });

  it('includes certification_body_id in every unique index of a tenant table', async () => {
    const rows: Array<{ table_name: string; index_name: string; columns: string[] }> = await t.db.query(
      `SELECT t.relname AS table_name, i.relname AS index_name,
              array_agg(a.attname ORDER BY a.attnum)::text[] AS columns
         FROM pg_index x
         JOIN pg_class t ON t.oid = x.indrelid
         JOIN pg_class i ON i.oid = x.indexrelid
         JOIN pg_namespace n ON n.oid = t.relnamespace AND n.nspname = 'public'
         LEFT JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = ANY (x.indkey)
        WHERE x.indisunique
        GROUP BY t.relname, i.relname`,
    );
    const offenders = rows
      .filter((r) => !PLATFORM_TABLES.has(r.table_name) && !r.columns.includes('certification_body_id'))
      .map((r) => `${r.table_name}.${r.index_name}(${r.columns.join(',')})`);
    expect(offenders).toEqual([]);
  });

  it('knows the tables it exempts (a renamed platform table must be reviewed)', async () => {
    const existing = new Set(await tables());
    expect([...PLATFORM_TABLES].filter((name) => !existing.has(name))).toEqual([]);
  });
});
