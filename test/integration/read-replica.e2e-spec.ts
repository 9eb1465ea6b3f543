import { onReadReplica } from '../../src/database/read-replica.js';
import { createTestApp, type TestApp } from '../utils/create-test-app.js';

describe('read replica routing', () => {
  let withReplica: TestApp;
  let withoutReplica: TestApp;
  beforeAll(async () => {
    withoutReplica = await createTestApp();
    // The primary's own URL stands in for a replica: the pool it goes through is what is checked.
    withReplica = await createTestApp({ DATABASE_REPLICA_URL: withoutReplica.databaseUrl });
  });
  afterAll(async () => {
    await withReplica.close();
    await withoutReplica.close();
  });

  const appName = async (t: TestApp) =>
    onReadReplica(t.db, async (em) => (await em.query(`SELECT current_setting('application_name') AS name`))[0].name);

  it('sends opted-in reads to the replica pool when DATABASE_REPLICA_URL is set', async () => {
    expect(await appName(withReplica)).toBe('kompeten-replica');
  });

  it('keeps ordinary queries on the primary', async () => {
    const [{ name }] = await withReplica.db.query(`SELECT current_setting('application_name') AS name`);
    expect(name).toBe('kompeten');
  });

  it('uses the primary for replica reads when no replica is configured', async () => {
    expect(await appName(withoutReplica)).toBe('kompeten');
  });
});
