import pg from 'pg';
import request from 'supertest';
import { DEMO_PASSWORD } from '../../src/seed/demo-seed.service.js';
import { type StartedApi, startApiProcess } from '../utils/api-process.js';
import { adminQuery, uniqueName, withDatabase } from '../utils/test-database.js';

// CI runs this file a second time with KOMPETEN_TEST_REDIS_URL set, so that the lockout is proven in Redis too.
const redisUrl = process.env.KOMPETEN_TEST_REDIS_URL ?? '';

/** Two API processes on one database: no state may live in only one of them. */
describe(`scale-out: two API processes, one database (rate limits in ${redisUrl ? 'Redis' : 'PostgreSQL'})`, () => {
  const adminUrl = process.env.KOMPETEN_TEST_ADMIN_URL!;
  const database = uniqueName('kompeten_scale');
  const databaseUrl = withDatabase(adminUrl, database);
  let a: StartedApi;
  let b: StartedApi;
  let db: pg.Client;

  beforeAll(async () => {
    // An empty database: both processes race to migrate and seed it.
    await adminQuery(adminUrl, `CREATE DATABASE ${database}`);
    const env = { DATABASE_URL: databaseUrl, SEED_DEMO: 'true', JOBS_ENABLED: 'false', LOG_LEVEL: 'warn', REDIS_URL: redisUrl, REDIS_KEY_PREFIX: database };
    [a, b] = await Promise.all([startApiProcess(env), startApiProcess(env)]);
    db = new pg.Client({ connectionString: databaseUrl });
    await db.connect();
  }, 120_000);

  afterAll(async () => {
    await db?.end();
    await Promise.all([a?.stop(), b?.stop()]);
    await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  });

  it('applies each migration exactly once and seeds the demo data once', async () => {
    const migrations = await db.query(`SELECT name, count(*)::int AS n FROM schema_migrations GROUP BY name`);
    expect(migrations.rows.length).toBeGreaterThan(0);
    expect(migrations.rows.every((r) => r.n === 1)).toBe(true);
    const bodies = await db.query(`SELECT count(*)::int AS n FROM certification_bodies`);
    expect(bodies.rows[0].n).toBe(1);
  });

  it('enforces one login lockout across both processes', async () => {
    const email = 'asesi@lsp-demo.id';
    for (let i = 0; i < 5; i++) {
      const target = i % 2 === 0 ? a : b;
      const res = await request(target.url).post('/auth/login').send({ email, password: `wrong-${i}` });
      expect(res.status).toBe(401);
    }
    for (const target of [a, b]) {
      const res = await request(target.url).post('/auth/login').send({ email, password: DEMO_PASSWORD });
      expect(res.status).toBe(429);
      expect(res.body.code).toBe('AUTH.LOCKED_OUT');
    }
  });

  it('detects refresh-token reuse across processes', async () => {
    const login = await request(a.url).post('/auth/login').send({ email: 'asesor@lsp-demo.id', password: DEMO_PASSWORD }).expect(200);
    const rotated = await request(b.url).post('/auth/refresh').send({ refreshToken: login.body.refreshToken }).expect(200);
    await db.query(`UPDATE refresh_tokens SET used_at = now() - interval '1 minute' WHERE used_at IS NOT NULL`);
    await request(a.url).post('/auth/refresh').send({ refreshToken: login.body.refreshToken }).expect(401);
    await request(b.url).get('/me').set('Authorization', `Bearer ${rotated.body.accessToken}`).expect(401);
  });

  it('keeps one unbroken audit chain under concurrent writes through both processes', async () => {
    const login = await request(a.url).post('/auth/login').send({ email: 'admin@lsp-demo.id', password: DEMO_PASSWORD }).expect(200);
    const auth = { Authorization: `Bearer ${login.body.accessToken}` };
    const writes = Array.from({ length: 40 }, (_, i) =>
      request(i % 2 === 0 ? a.url : b.url).patch('/me').set(auth).send({ position: `Staf ${i}` }),
    );
    const results = await Promise.all(writes);
    expect(results.map((r) => r.status)).toEqual(results.map(() => 200));

    const verify = await request(b.url).get('/audit/verify').set(auth).expect(200);
    expect(verify.body).toMatchObject({ ok: true });
    expect(verify.body.firstBreak).toBeUndefined();
    const { rows } = await db.query(
      `SELECT action FROM audit_entries WHERE certification_body_id = $1`,
      [login.body.certificationBodyId],
    );
    expect(rows.filter((r) => r.action === 'user.profile_updated')).toHaveLength(40);
  });
});
