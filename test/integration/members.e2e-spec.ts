import request from 'supertest';
import { Membership } from '../../src/memberships/membership.entity.js';
import { createBody, createUser, login, signedIn } from '../factories/identity.factory.js';
import { createTestApp, type TestApp } from '../utils/create-test-app.js';

describe('members (e2e)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const membershipId = async (bodyId: string, userId: string) =>
    (await t.db.getRepository(Membership).findOneByOrFail({ certificationBodyId: bodyId, userId })).id;

  it('lists members page by page', async () => {
    const body = await createBody(t.db);
    const admin = await signedIn(t.db, t.http, body, ['admin']);
    for (let i = 0; i < 3; i++) await createUser(t.db, { body, roles: ['candidate'] });
    const p1 = await request(t.http).get('/members?page=1&pageSize=2').set(admin.auth).expect(200);
    const p2 = await request(t.http).get('/members?page=2&pageSize=2').set(admin.auth).expect(200);
    expect(p1.body.total).toBe(4);
    expect(p1.body.items).toHaveLength(2);
    expect(p2.body.items).toHaveLength(2);
    const ids = [...p1.body.items, ...p2.body.items].map((m: { id: string }) => m.id);
    expect(new Set(ids).size).toBe(4);
    await request(t.http).get('/members?pageSize=500').set(admin.auth).expect(400);
  });

  it('nobody gives themselves a role, and the last admin cannot drop admin', async () => {
    const body = await createBody(t.db);
    const admin = await signedIn(t.db, t.http, body, ['admin', 'auditor']);
    const own = await membershipId(body.id, admin.user.id);
    const raise = await request(t.http).patch(`/members/${own}/roles`).set(admin.auth).send({ roles: ['admin', 'assessor'] });
    expect(raise.status).toBe(403);
    expect(raise.body.code).toBe('MEMBER.SELF_ELEVATION_FORBIDDEN');
    const drop = await request(t.http).patch(`/members/${own}/roles`).set(admin.auth).send({ roles: ['auditor'] });
    expect(drop.status).toBe(409);
    expect(drop.body.code).toBe('MEMBER.LAST_ADMIN');
    const deactivateSelf = await request(t.http).post(`/members/${own}/deactivate`).set(admin.auth);
    expect(deactivateSelf.status).toBe(409);
    // With a second admin, dropping one's own admin role is allowed (it lowers, not raises).
    await createUser(t.db, { body, roles: ['admin'] });
    const ok = await request(t.http).patch(`/members/${own}/roles`).set(admin.auth).send({ roles: ['auditor'] }).expect(200);
    expect(ok.body.roles).toEqual(['auditor']);
    // Roles are read per request: the former admin can no longer manage members.
    await request(t.http).patch(`/members/${own}/roles`).set(admin.auth).send({ roles: ['auditor'] }).expect(403);
  });

  it("changes another member's roles and records it in the audit trail", async () => {
    const body = await createBody(t.db);
    const admin = await signedIn(t.db, t.http, body, ['admin']);
    const member = await signedIn(t.db, t.http, body, ['candidate']);
    const id = await membershipId(body.id, member.user.id);
    await request(t.http).patch(`/members/${id}/roles`).set(admin.auth).send({ roles: ['assessor'] }).expect(200);
    await request(t.http).get('/relationships').set(member.auth).expect(200);
    const [entry] = await t.db.query(
      `SELECT actor_user_id, payload FROM audit_entries WHERE certification_body_id = $1 AND action = 'member.roles_changed' AND entity_id = $2`,
      [body.id, id],
    );
    expect(entry.actor_user_id).toBe(admin.user.id);
    expect(entry.payload).toMatchObject({ before: ['candidate'], after: ['assessor'] });
  });

  it("deactivation ends the member's sessions in that body and blocks signing in there", async () => {
    const body = await createBody(t.db);
    const admin = await signedIn(t.db, t.http, body, ['admin']);
    const member = await signedIn(t.db, t.http, body, ['assessor']);
    const id = await membershipId(body.id, member.user.id);
    const res = await request(t.http).post(`/members/${id}/deactivate`).set(admin.auth).expect(200);
    expect(res.body.active).toBe(false);
    await request(t.http).get('/me').set(member.auth).expect(401);
    const again = await request(t.http).post('/auth/login').send({ email: member.email, password: member.password, certificationBodyId: body.id });
    expect(again.status).toBe(404);
  });

  it('answers 404 for a member of another body, for reads and writes alike', async () => {
    const [a, b] = [await createBody(t.db), await createBody(t.db)];
    const adminB = await signedIn(t.db, t.http, b, ['admin']);
    const memberA = await createUser(t.db, { body: a, roles: ['candidate'] });
    const id = await membershipId(a.id, memberA.user.id);
    for (const res of [
      await request(t.http).get(`/members/${id}`).set(adminB.auth),
      await request(t.http).patch(`/members/${id}/roles`).set(adminB.auth).send({ roles: ['assessor'] }),
      await request(t.http).post(`/members/${id}/deactivate`).set(adminB.auth),
    ]) {
      expect(res.status).toBe(404);
      expect(res.body.code).toBe('MEMBER.NOT_FOUND');
    }
    expect((await t.db.getRepository(Membership).findOneByOrFail({ id })).roles).toEqual(['candidate']);
  });

  it('a user of two bodies acts in each with tokens scoped to one body', async () => {
    const [a, b] = [await createBody(t.db), await createBody(t.db)];
    const u = await createUser(t.db, { body: a, roles: ['admin'] });
    await t.db.getRepository(Membership).save({ certificationBodyId: b.id, userId: u.user.id, roles: ['auditor'] });
    const inA = await login(t.http, u, a.id);
    const authA = { Authorization: `Bearer ${inA.accessToken}` };
    await request(t.http).get(`/certification-bodies/${a.id}`).set(authA).expect(200);
    await request(t.http).get(`/certification-bodies/${b.id}`).set(authA).expect(404);
    const switched = await request(t.http).post('/auth/switch-body').set(authA).send({ certificationBodyId: b.id }).expect(200);
    expect(switched.body.certificationBodyId).toBe(b.id);
    const authB = { Authorization: `Bearer ${switched.body.accessToken}` };
    await request(t.http).get(`/certification-bodies/${b.id}`).set(authB).expect(200);
    await request(t.http).get(`/certification-bodies/${a.id}`).set(authB).expect(404);
    // Auditor in B: reads members but cannot manage them; the old A session is gone.
    await request(t.http).get('/members').set(authB).expect(200);
    await request(t.http).post('/invitations').set(authB).send({ email: 'x@example.test', roles: ['assessor'] }).expect(403);
    await request(t.http).get('/me').set(authA).expect(401);
    const stranger = await createBody(t.db);
    await request(t.http).post('/auth/switch-body').set(authB).send({ certificationBodyId: stranger.id }).expect(404);
  });
});
