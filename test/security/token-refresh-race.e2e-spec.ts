import request from 'supertest';
import { createBody, signedIn } from '../factories/identity.factory.js';
import { createTestApp, type TestApp } from '../utils/create-test-app.js';

/** Issue 10 races: parallel refresh of one refresh token has exactly one winner. */
describe('parallel refresh of one token (e2e)', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()));
  afterAll(() => t?.close());

  it('rotates once: one 200, every other attempt a clean 409, the session stays alive', async () => {
    const body = await createBody(t.db);
    const user = await signedIn(t.db, t.http, body, ['candidate']);
    const answers = await Promise.all(Array.from({ length: 8 }, () => request(t.http).post('/auth/refresh').send({ refreshToken: user.refreshToken })));
    const won = answers.filter((a) => a.status === 200);
    expect(won).toHaveLength(1);
    expect(answers.filter((a) => a.status !== 200).map((a) => `${a.status} ${a.body.code}`)).toEqual(Array(7).fill('409 AUTH.REFRESH_CONFLICT'));
    const [{ count }] = await t.db.query(
      `SELECT count(*) FROM refresh_tokens r JOIN auth_sessions s ON s.id = r.session_id WHERE s.user_id = $1 AND s.revoked_at IS NULL`, [user.user.id]);
    expect(Number(count)).toBe(2); // the spent token and exactly one successor
    const next = await request(t.http).post('/auth/refresh').send({ refreshToken: won[0].body.refreshToken });
    expect(next.status).toBe(200);
  });
});
