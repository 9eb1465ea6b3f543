import pg from 'pg';
import { AUDIT_VERIFICATION_JOB } from '../../src/audit/audit-verification.job.js';
import { type StartedApi, startApiProcess } from '../utils/api-process.js';
import { adminQuery, uniqueName, withDatabase } from '../utils/test-database.js';

/**
 * A scheduled job runs once per schedule slot even when every API process runs
 * the job queue. The nightly audit verification is moved to every minute for the test.
 */
describe('scheduled jobs across two API processes', () => {
  const adminUrl = process.env.KOMPETEN_TEST_ADMIN_URL!;
  const database = uniqueName('kompeten_cron');
  let a: StartedApi;
  let b: StartedApi;
  let db: pg.Client;

  beforeAll(async () => {
    await adminQuery(adminUrl, `CREATE DATABASE ${database}`);
    const env = {
      DATABASE_URL: withDatabase(adminUrl, database), SEED_DEMO: 'true', JOBS_ENABLED: 'true', LOG_LEVEL: 'warn',
      JOB_CRON_OVERRIDES: JSON.stringify({ [AUDIT_VERIFICATION_JOB]: '* * * * *' }),
    };
    a = await startApiProcess(env);
    b = await startApiProcess(env);
    db = new pg.Client({ connectionString: withDatabase(adminUrl, database) });
    await db.connect();
  }, 120_000);

  afterAll(async () => {
    await db?.end();
    await Promise.all([a?.stop(), b?.stop()]);
    await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  });

  it('runs the every-minute audit verification once per minute, and it finds the chains intact', async () => {
    let completed: Array<{ output: { chains: number; broken: unknown[] } }> = [];
    for (let i = 0; i < 90 && completed.length === 0; i++) {
      await new Promise((r) => setTimeout(r, 2000));
      completed = (await db.query(`SELECT output FROM pgboss.job WHERE name = $1 AND state = 'completed'`, [AUDIT_VERIFICATION_JOB])).rows;
    }
    expect(completed.length).toBeGreaterThan(0);
    expect(completed[0].output).toMatchObject({ broken: [] });
    expect(completed[0].output.chains).toBeGreaterThan(0);
    const perMinute = await db.query(
      `SELECT date_trunc('minute', created_on) AS slot, count(*)::int AS n FROM pgboss.job WHERE name = $1 GROUP BY 1`,
      [AUDIT_VERIFICATION_JOB],
    );
    expect(perMinute.rows.every((r) => r.n === 1)).toBe(true);
  }, 200_000);
});
