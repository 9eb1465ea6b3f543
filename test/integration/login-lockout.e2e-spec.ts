import request from 'supertest';
import { LOCKOUT_SECONDS, MAX_ATTEMPTS_PER_ADDRESS, MAX_CONSECUTIVE_FAILURES } from '../../src/auth/login-throttle.service.js';
import { createBody, createUser } from '../factories/identity.factory.js';
import { createTestApp, type TestApp } from '../utils/create-test-app.js';

/** The app trusts X-Forwarded-For from loopback: each test uses its own client address. */
const from = (ip: string) => ({ 'X-Forwarded-For': ip });

describe('login lockout (e2e)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('locks an account after repeated failures, answering the same whether the password is right or wrong', async () => {
    const u = await createUser(t.db, { body: await createBody(t.db), roles: ['candidate'] });
    for (let i = 0; i < MAX_CONSECUTIVE_FAILURES; i++) {
      await request(t.http).post('/auth/login').set(from('198.51.100.1')).send({ email: u.email, password: 'wrong-password' }).expect(401);
    }
    const wrong = await request(t.http).post('/auth/login').set(from('198.51.100.1')).send({ email: u.email, password: 'wrong-password' });
    const right = await request(t.http).post('/auth/login').set(from('198.51.100.1')).send({ email: u.email, password: u.password });
    for (const res of [wrong, right]) {
      expect(res.status).toBe(429);
      expect(res.body.code).toBe('AUTH.LOCKED_OUT');
      const retryAfter = Number(res.headers['retry-after']);
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(LOCKOUT_SECONDS);
    }
    const strip = (b: Record<string, unknown>) => ({ ...b, requestId: undefined, retryAfterSeconds: undefined });
    expect(strip(right.body)).toEqual(strip(wrong.body));
    // Unlocking (the window elapsing) lets the right password in again.
    await t.db.query(`DELETE FROM rate_limits WHERE key LIKE 'login_fail_account%'`);
    await request(t.http).post('/auth/login').set(from('198.51.100.1')).send({ email: u.email, password: u.password }).expect(200);
  });

  it('a success resets the failure count', async () => {
    const u = await createUser(t.db, { body: await createBody(t.db), roles: ['candidate'] });
    for (let i = 0; i < MAX_CONSECUTIVE_FAILURES - 1; i++) {
      await request(t.http).post('/auth/login').set(from('198.51.100.2')).send({ email: u.email, password: 'wrong-password' }).expect(401);
    }
    await request(t.http).post('/auth/login').set(from('198.51.100.2')).send({ email: u.email, password: u.password }).expect(200);
    await request(t.http).post('/auth/login').set(from('198.51.100.2')).send({ email: u.email, password: 'wrong-password' }).expect(401);
  });

  it('limits attempts per client address whatever the accounts', async () => {
    for (let i = 0; i < MAX_ATTEMPTS_PER_ADDRESS; i++) {
      await request(t.http).post('/auth/login').set(from('203.0.113.7')).send({ email: `nobody${i}@example.test`, password: 'x' }).expect(401);
    }
    const u = await createUser(t.db, { body: await createBody(t.db), roles: ['candidate'] });
    const blocked = await request(t.http).post('/auth/login').set(from('203.0.113.7')).send({ email: u.email, password: u.password });
    expect(blocked.status).toBe(429);
    expect(blocked.body.code).toBe('AUTH.LOCKED_OUT');
    await request(t.http).post('/auth/login').set(from('203.0.113.8')).send({ email: u.email, password: u.password }).expect(200);
  }, 60_000);
});
