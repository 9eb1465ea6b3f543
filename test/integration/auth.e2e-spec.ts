import request from 'supertest';
import { createTestApp, type TestApp } from '../utils/create-test-app.js';
import { createBody, createUser, login, signedIn } from '../factories/identity.factory.js';

describe('auth (e2e)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('signs in and reads the own profile without any hash in the answer', async () => {
    const body = await createBody(t.db);
    const u = await signedIn(t.db, t.http, body, ['candidate']);
    const res = await request(t.http).get('/me').set(u.auth).expect(200);
    expect(res.body.email).toBe(u.email);
    expect(JSON.stringify(res.body)).not.toMatch(/argon2|passwordHash|tokenHash/);
  });

  it('answers unknown user and wrong password identically', async () => {
    const u = await createUser(t.db, { body: await createBody(t.db), roles: ['candidate'] });
    const wrong = await request(t.http).post('/auth/login').send({ email: u.email, password: 'not-the-password' });
    const unknown = await request(t.http).post('/auth/login').send({ email: 'nobody@example.test', password: 'x' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body.code).toBe('AUTH.INVALID_CREDENTIALS');
    expect(unknown.body.code).toBe(wrong.body.code);
    expect(unknown.body.detail).toBe(wrong.body.detail);
    expect(wrong.headers['content-type']).toMatch(/application\/problem\+json/);
  });

  it('rotates refresh tokens and revokes the family when an old one is reused', async () => {
    const body = await createBody(t.db);
    const u = await createUser(t.db, { body, roles: ['candidate'] });
    const first = await login(t.http, u);
    const second = await request(t.http).post('/auth/refresh').send({ refreshToken: first.refreshToken }).expect(200);
    expect(second.body.refreshToken).not.toBe(first.refreshToken);
    await t.db.query(`UPDATE refresh_tokens SET used_at = now() - interval '1 minute' WHERE used_at IS NOT NULL`);
    const reuse = await request(t.http).post('/auth/refresh').send({ refreshToken: first.refreshToken });
    expect(reuse.status).toBe(401);
    await request(t.http).post('/auth/refresh').send({ refreshToken: second.body.refreshToken }).expect(401);
    await request(t.http).get('/me').set({ Authorization: `Bearer ${second.body.accessToken}` }).expect(401);
  });

  it('logout revokes the access token at once', async () => {
    const u = await signedIn(t.db, t.http, await createBody(t.db), ['assessor']);
    await request(t.http).post('/auth/logout').set(u.auth).expect(204);
    const after = await request(t.http).get('/me').set(u.auth);
    expect(after.status).toBe(401);
    expect(after.body.code).toBe('AUTH.TOKEN_INVALID');
  });
});
