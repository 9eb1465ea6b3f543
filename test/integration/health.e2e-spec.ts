import request from 'supertest';
import { createTestApp, type TestApp } from '../utils/create-test-app.js';
import { adminQuery } from '../utils/test-database.js';

describe('health (e2e)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('live answers 200 without touching the database', async () => {
    const res = await request(t.http).get('/health/live').expect(200);
    expect(res.body).toEqual({ status: 'ok' });
  });

  it('ready answers 200 when the database is up', async () => {
    const res = await request(t.http).get('/health/ready').expect(200);
    expect(res.body).toEqual({ status: 'ok', checks: { database: 'up' } });
  });

  it('ready answers 503 problem+json once the database is gone', async () => {
    const database = new URL(t.databaseUrl).pathname.slice(1);
    await adminQuery(process.env.KOMPETEN_TEST_ADMIN_URL!, `DROP DATABASE ${database} WITH (FORCE)`);
    const res = await request(t.http).get('/health/ready');
    expect(res.status).toBe(503);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ code: 'DATABASE.UNAVAILABLE', checks: { database: 'down' } });
    expect(res.body.requestId).toBe(res.headers['x-request-id']);
    await request(t.http).get('/health/live').expect(200);
  });
});
