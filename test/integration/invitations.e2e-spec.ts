import request from 'supertest';
import { createBody, createUser, login, signedIn } from '../factories/identity.factory.js';
import { createTestApp, type TestApp } from '../utils/create-test-app.js';

describe('invitations (e2e)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  async function invite(roles: string[], email = `inv${Date.now()}${Math.random().toString(36).slice(2, 7)}@example.test`) {
    const body = await createBody(t.db);
    const admin = await signedIn(t.db, t.http, body, ['admin']);
    const res = await request(t.http).post('/invitations').set(admin.auth).send({ email, roles }).expect(201);
    return { body, admin, email, token: res.body.token as string, id: res.body.id as string };
  }

  it('creates the account with the invited roles; the token works once', async () => {
    const inv = await invite(['assessor', 'decision_maker']);
    const accept = { token: inv.token, fullName: 'Rina Kusuma', password: 'a-long-passphrase-2026' };
    const res = await request(t.http).post('/invitations/accept').send(accept).expect(200);
    expect(res.body).toMatchObject({ certificationBodyId: inv.body.id, roles: ['assessor', 'decision_maker'] });
    const tokens = await login(t.http, { email: inv.email, password: accept.password });
    expect(tokens.certificationBodyId).toBe(inv.body.id);
    const again = await request(t.http).post('/invitations/accept').send(accept);
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('INVITATION.ALREADY_USED');
    const [row] = await t.db.query(`SELECT token_hash FROM invitations WHERE id = $1`, [inv.id]);
    expect(row.token_hash).not.toContain(inv.token);
    expect(row.token_hash).toHaveLength(64);
  });

  it('refuses an expired invitation', async () => {
    const inv = await invite(['auditor']);
    await t.db.query(`UPDATE invitations SET expires_at = now() - interval '1 second' WHERE id = $1`, [inv.id]);
    const res = await request(t.http).post('/invitations/accept').send({ token: inv.token, fullName: 'Terlambat', password: 'a-long-passphrase-2026' });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('INVITATION.EXPIRED');
    expect(await t.db.query(`SELECT 1 FROM users WHERE email = $1`, [inv.email])).toHaveLength(0);
  });

  it('expires after INVITATION_TTL_DAYS', async () => {
    const inv = await invite(['auditor']);
    const [row] = await t.db.query(`SELECT EXTRACT(EPOCH FROM expires_at - created_at)::float AS seconds FROM invitations WHERE id = $1`, [inv.id]);
    expect(Math.round(row.seconds / 86_400)).toBe(t.config.env.INVITATION_TTL_DAYS);
  });

  it('answers 404 for an unknown token', async () => {
    const res = await request(t.http).post('/invitations/accept').send({ token: 'x'.repeat(43), fullName: 'Siapa', password: 'a-long-passphrase-2026' });
    expect(res.status).toBe(404);
    expect(res.body.code).toBe('INVITATION.NOT_FOUND');
  });

  it('adds the membership to an existing account only with its current password', async () => {
    const existing = await createUser(t.db, { body: await createBody(t.db), roles: ['candidate'] });
    const inv = await invite(['assessor'], existing.email);
    const wrong = await request(t.http).post('/invitations/accept').send({ token: inv.token, fullName: 'X Y', password: 'not-the-password' });
    expect(wrong.status).toBe(401);
    const ok = await request(t.http).post('/invitations/accept').send({ token: inv.token, fullName: 'X Y', password: existing.password }).expect(200);
    expect(ok.body.userId).toBe(existing.user.id);
    const tokens = await login(t.http, existing, inv.body.id);
    expect(tokens.certificationBodyId).toBe(inv.body.id);
  });

  it('validates roles and records an audit entry in the body chain', async () => {
    const inv = await invite(['candidate']);
    const bad = await request(t.http).post('/invitations').set(inv.admin.auth).send({ email: 'a@example.test', roles: ['platform_admin'] });
    expect(bad.status).toBe(400);
    const audit = await t.db.query(`SELECT action FROM audit_entries WHERE certification_body_id = $1 AND entity_id = $2`, [inv.body.id, inv.id]);
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['invitation.created']);
  });
});
