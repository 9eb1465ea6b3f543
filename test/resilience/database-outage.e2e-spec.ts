import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { type EmbeddedDatabase, startEmbeddedPostgres } from '../../src/database/embedded-postgres.js';
import { type StartedApi, startApiProcess } from '../utils/api-process.js';
import { freePort } from '../utils/free-port.js';

/**
 * PostgreSQL stopped under the running API (its own embedded server, so the
 * test can stop and start it): the process stays up, readiness reports the
 * outage, requests get a clean 503, and everything works again afterwards.
 */
describe('database outage (PostgreSQL stopped mid-request)', () => {
  let dir: string;
  let port: number;
  let db: EmbeddedDatabase | undefined;
  let api: StartedApi;
  const startDatabase = async () => (db = await startEmbeddedPostgres({ dataDir: join(dir, 'pg'), port, database: 'kompeten' }));
  const login = () => request(api.url).post('/auth/login').send({ email: 'nobody@example.test', password: 'Wrong-Password-123' });

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kompeten-outage-'));
    await chmod(dir, 0o755); // as root, PostgreSQL runs as `postgres` and must enter the folder
    port = await freePort();
    await startDatabase();
    api = await startApiProcess({ DATABASE_URL: db!.url, DATA_DIR: join(dir, 'data'), SEED_DEMO: 'false', LOG_LEVEL: 'warn' }, 90_000);
  }, 120_000);
  afterAll(async () => {
    await api?.stop();
    await db?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  async function waitForReady(timeoutMs: number): Promise<number> {
    const deadline = Date.now() + timeoutMs;
    let status = 0;
    while (Date.now() < deadline) {
      status = (await request(api.url).get('/health/ready')).status;
      if (status === 200) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    return status;
  }

  it('stays alive, answers 503 problem+json while the database is down, and recovers', async () => {
    expect((await login()).status).toBe(401);

    // Requests in flight while the server shuts down.
    const inFlight = Array.from({ length: 20 }, (_, i) => (i % 2 ? login() : request(api.url).get('/health/ready')));
    await db!.stop();
    db = undefined;
    const during = await Promise.all(inFlight);
    const unclean = during.filter((r) => ![200, 401, 503].includes(r.status) || (r.status === 503 && !/problem\+json/.test(r.headers['content-type'])));
    expect(unclean.map((r) => `${r.status} ${r.text}`)).toEqual([]);

    const ready = await request(api.url).get('/health/ready');
    expect(ready.status).toBe(503);
    expect(ready.body).toMatchObject({ code: 'DATABASE.UNAVAILABLE', checks: { database: 'down' } });
    const refused = await login();
    expect(refused.status).toBe(503);
    expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(refused.body).toMatchObject({ status: 503, code: 'DATABASE.UNAVAILABLE' });
    expect(refused.body.requestId).toBeTruthy();
    expect((await request(api.url).get('/health/live')).status).toBe(200);
    expect(api.api.alive).toBe(true);

    await startDatabase();
    expect(await waitForReady(30_000)).toBe(200);
    expect((await login()).status).toBe(401);
    expect(api.api.alive).toBe(true);
  }, 90_000);
});
