import { adminQuery, runDbCli, uniqueName, withDatabase } from '../utils/test-database.js';

/** The compiled migration CLI against a database of its own (as CI and production run it). */
describe('migrations (e2e)', () => {
  const adminUrl = process.env.KOMPETEN_TEST_ADMIN_URL!;
  const database = uniqueName('kompeten_migr');
  const url = withDatabase(adminUrl, database);

  beforeAll(() => adminQuery(adminUrl, `CREATE DATABASE ${database}`));
  afterAll(() => adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`));

  it('migrates an empty database and finds no drift', () => {
    const res = runDbCli(url, ['check']);
    expect(res.output).toMatch(/no drift/);
    expect(res.status).toBe(0);
  });

  it('reports drift when the schema no longer matches the entities', async () => {
    await adminQuery(url, 'ALTER TABLE users DROP COLUMN phone');
    const res = runDbCli(url, ['check']);
    expect(res.status).toBe(1);
    expect(res.output).toMatch(/Drift/);
    expect(res.output).toMatch(/"users".*"phone"/);
    await adminQuery(url, `ALTER TABLE users ADD COLUMN phone varchar(30) NOT NULL DEFAULT ''`);
  });

  it('reverts every migration and migrates up again', async () => {
    const down = runDbCli(url, ['revert', '--all']);
    expect(down.output).toMatch(/all migrations reverted/);
    expect(down.status).toBe(0);
    const up = runDbCli(url, ['migrate']);
    expect(up.status).toBe(0);
    expect(up.output).toMatch(/applied: /);
    const check = runDbCli(url, ['check']);
    expect(check.output).toMatch(/no drift/);
  });
});
