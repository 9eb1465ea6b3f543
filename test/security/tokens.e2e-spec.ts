import { JwtService } from '@nestjs/jwt';
import request from 'supertest';
import { Membership } from '../../src/memberships/membership.entity.js';
import { MatrixContext, MATRIX_APP_ENV } from '../authz/matrix-context.js';
import { signedIn } from '../factories/identity.factory.js';
import { createTestApp, type TestApp } from '../utils/create-test-app.js';

const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');

/**
 * Access tokens that must not open anything: each gets 401 problem+json on a
 * route for any signed-in caller and on a permission-guarded one.
 */
describe('access token abuse (e2e)', () => {
  let t: TestApp;
  let ctx: MatrixContext;
  let jwt: JwtService;
  /** Claims of a valid, live session of body A's admin. */
  let claims: { sub: string; sid: string; bid: string };
  beforeAll(async () => {
    t = await createTestApp(MATRIX_APP_ENV);
    ctx = await new MatrixContext(t.app, t.http, t.db).setUp();
    jwt = t.app.get(JwtService);
    const token = (await ctx.auth('admin')).Authorization.slice('Bearer '.length);
    const { sub, sid, bid } = jwt.decode(token);
    claims = { sub, sid, bid };
  }, 120_000);
  afterAll(() => t.close());

  async function expectRefused(token: string) {
    for (const path of ['/me', '/members']) {
      const res = await request(t.http).get(path).set('Authorization', `Bearer ${token}`);
      expect([path, res.status, res.type]).toEqual([path, 401, 'application/problem+json']);
      expect(res.body).toMatchObject({ code: expect.stringMatching(/^AUTH\./), requestId: expect.any(String) });
      expect(res.headers['www-authenticate']).toBe('Bearer');
    }
  }

  it('accepts the genuine token (control)', async () => {
    await request(t.http).get('/members').set('Authorization', `Bearer ${await jwt.signAsync(claims)}`).expect(200);
  });

  it('refuses a forged signature', async () => {
    await expectRefused(await jwt.signAsync(claims, { secret: 'not-the-secret-of-this-deployment-0123456789' }));
    const [h, p] = (await jwt.signAsync(claims)).split('.');
    await expectRefused(`${h}.${p}.${Buffer.alloc(32, 7).toString('base64url')}`);
  });

  it('refuses a changed payload under the original signature', async () => {
    const [h, , s] = (await jwt.signAsync(claims)).split('.');
    await expectRefused(`${h}.${b64({ ...jwt.decode<object>(await jwt.signAsync(claims)), bid: ctx.bodyB.id })}.${s}`);
  });

  it('refuses an expired token', async () => {
    const expired = await jwt.signAsync({ ...claims, iat: Math.floor(Date.now() / 1000) - 24 * 3600 });
    expect(jwt.decode<{ exp: number }>(expired).exp * 1000).toBeLessThan(Date.now());
    await expectRefused(expired);
  });

  it('refuses alg none and algorithms other than HS256', async () => {
    const payload = jwt.decode(await jwt.signAsync(claims));
    await expectRefused(`${b64({ alg: 'none', typ: 'JWT' })}.${b64(payload)}.`);
    await expectRefused(`${b64({ alg: 'none', typ: 'JWT' })}.${b64(payload)}`);
    await expectRefused(await jwt.signAsync(claims, { algorithm: 'HS512' }));
  });

  it('refuses the wrong audience and the wrong issuer', async () => {
    await expectRefused(await jwt.signAsync(claims, { audience: 'another-api' }));
    await expectRefused(await jwt.signAsync(claims, { issuer: 'https://evil.example' }));
  });

  it("refuses a token naming another user's session", async () => {
    await expectRefused(await jwt.signAsync({ ...claims, sub: ctx.users.candidate.user.id }));
  });

  it('refuses a token after logout', async () => {
    const auth = await ctx.auth('admin');
    await request(t.http).post('/auth/logout').set(auth).expect(204);
    await expectRefused(auth.Authorization.slice(7));
  });

  it('refuses the token of a member who was deactivated', async () => {
    const member = await signedIn(t.db, t.http, ctx.bodyA, ['decision_maker']);
    await request(t.http).get('/members').set(member.auth).expect(200);
    const membership = await t.db.getRepository(Membership).findOneByOrFail({ certificationBodyId: ctx.bodyA.id, userId: member.user.id });
    await request(t.http).post(`/members/${membership.id}/deactivate`).set(await ctx.auth('admin')).expect(200);
    await expectRefused(member.accessToken);
  });

  it('refuses a refresh token used as an access token', async () => {
    const res = await request(t.http).post('/auth/login').send({ email: ctx.users.admin.email, password: ctx.users.admin.password }).expect(200);
    await expectRefused(res.body.refreshToken);
  });

  it('refuses garbage', async () => {
    for (const token of ['', 'x', 'a.b.c', `${b64({ alg: 'HS256' })}..`, 'null', '%00']) await expectRefused(token);
  });
});
