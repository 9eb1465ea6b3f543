import request from 'supertest';
import { AuditService } from '../../src/audit/audit.service.js';
import { AuditVerificationService } from '../../src/audit/audit-verification.service.js';
import { appendEntries } from '../factories/audit.factory.js';
import { createBody, createUser, login, signedIn } from '../factories/identity.factory.js';
import { createTestApp, type TestApp } from '../utils/create-test-app.js';

describe('audit trail (e2e)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const entriesOf = (bodyId: string, where = 'true', params: unknown[] = []) =>
    t.db.query(`SELECT * FROM audit_entries WHERE certification_body_id = $1 AND ${where} ORDER BY seq`, [bodyId, ...params]);

  it('records PATCH /me with actor, roles, request id and client address, readable by the body admin', async () => {
    const body = await createBody(t.db);
    const admin = await signedIn(t.db, t.http, body, ['admin']);
    const candidate = await signedIn(t.db, t.http, body, ['candidate']);
    await request(t.http).patch('/me').set(candidate.auth).set('X-Request-Id', 'req-audit-me-1').send({ employer: 'PT Maju' }).expect(200);

    const res = await request(t.http)
      .get('/audit/entries')
      .query({ actorUserId: candidate.user.id, action: 'user.profile_updated' })
      .set(admin.auth)
      .expect(200);
    expect(res.body.items).toHaveLength(1);
    expect(res.body.items[0]).toMatchObject({
      certificationBodyId: body.id, actorUserId: candidate.user.id, actorRoles: ['candidate'], action: 'user.profile_updated',
      entityType: 'user', entityId: candidate.user.id, requestId: 'req-audit-me-1', payload: { employer: 'PT Maju' },
    });
    expect(res.body.items[0].clientIp).toMatch(/127\.0\.0\.1/);
    expect(res.body.items[0].hash).toMatch(/^[0-9a-f]{64}$/);
    expect(res.body.nextCursor).toBeNull();
  });

  it('records POST /auth/logout and POST /certification-bodies in the right chains', async () => {
    const body = await createBody(t.db);
    const u = await signedIn(t.db, t.http, body, ['assessor']);
    await request(t.http).post('/auth/logout').set(u.auth).set('X-Request-Id', 'req-logout-1').expect(204);
    const [logout] = await entriesOf(body.id, `action = 'auth.logout'`);
    expect(logout).toMatchObject({ actor_user_id: u.user.id, request_id: 'req-logout-1', entity_type: 'session' });

    const root = await createUser(t.db, { platformAdmin: true });
    const rootTokens = await login(t.http, root);
    const created = await request(t.http)
      .post('/certification-bodies')
      .set({ Authorization: `Bearer ${rootTokens.accessToken}` })
      .set('X-Request-Id', 'req-create-body-1')
      .send({ code: `LSP-AUD-${Date.now()}`.slice(0, 50), name: 'LSP Audit Baru', licenseNumber: 'BNSP-LSP-9-ID' })
      .expect(201);
    const entries = await entriesOf(created.body.id);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ seq: '1', action: 'certification_body.created', actor_user_id: root.user.id, request_id: 'req-create-body-1' });
    expect(entries[0].payload).toMatchObject({ name: 'LSP Audit Baru' });
  });

  it('leaves no entry when the transaction rolls back', async () => {
    const body = await createBody(t.db);
    await appendEntries(t.app, t.db, body.id, 2);
    const audit = t.app.get(AuditService);
    await expect(
      t.db.transaction(async (em) => {
        await audit.record(em, { bodyId: body.id, actor: null, action: 'test.rolled_back', entityType: 'test', entityId: 'x' });
        throw new Error('the change failed after its audit entry');
      }),
    ).rejects.toThrow('the change failed');
    expect(await entriesOf(body.id, `action = 'test.rolled_back'`)).toHaveLength(0);
    const [head] = await t.db.query(`SELECT seq FROM audit_chain_heads WHERE certification_body_id = $1`, [body.id]);
    expect(head.seq).toBe('2');
    expect((await t.app.get(AuditVerificationService).verify(body.id)).ok).toBe(true);
  });

  it.each([
    ['UPDATE', `UPDATE audit_entries SET action = 'x' WHERE certification_body_id = $1`],
    ['DELETE', `DELETE FROM audit_entries WHERE certification_body_id = $1`],
    ['TRUNCATE', `TRUNCATE audit_entries`],
  ])('the database refuses %s on audit_entries', async (_op, sql) => {
    const body = await createBody(t.db);
    await appendEntries(t.app, t.db, body.id, 1);
    await expect(t.db.query(sql, sql.includes('$1') ? [body.id] : [])).rejects.toThrow(/append-only/);
    expect(await entriesOf(body.id)).toHaveLength(1);
  });

  it('appends 50 concurrent transactions as seq 1..50 without gaps or forks', async () => {
    const body = await createBody(t.db);
    const audit = t.app.get(AuditService);
    await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        t.db.transaction((em) => audit.record(em, { bodyId: body.id, actor: null, action: 'test.parallel', entityType: 'test', entityId: `p${i}` })),
      ),
    );
    const seqs = (await entriesOf(body.id)).map((e: { seq: string }) => Number(e.seq));
    expect(seqs).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    const result = await t.app.get(AuditVerificationService).verify(body.id);
    expect(result).toMatchObject({ ok: true, checked: 50, headSeq: 50 });
  });

  it('paginates by seq with a cursor and filters by entity', async () => {
    const body = await createBody(t.db);
    await appendEntries(t.app, t.db, body.id, 5, 'test.paged');
    const auditor = await signedIn(t.db, t.http, body, ['auditor']);
    const first = await request(t.http).get('/audit/entries').query({ action: 'test.paged', limit: 2 }).set(auditor.auth).expect(200);
    expect(first.body.items.map((e: { entityId: string }) => e.entityId)).toEqual(['e-0', 'e-1']);
    const second = await request(t.http)
      .get('/audit/entries')
      .query({ action: 'test.paged', limit: 2, cursor: first.body.nextCursor })
      .set(auditor.auth)
      .expect(200);
    expect(second.body.items.map((e: { entityId: string }) => e.entityId)).toEqual(['e-2', 'e-3']);
    const one = await request(t.http).get('/audit/entries').query({ entityType: 'test', entityId: 'e-4' }).set(auditor.auth).expect(200);
    expect(one.body.items).toHaveLength(1);
    await request(t.http).get('/audit/entries').query({ limit: 501 }).set(auditor.auth).expect(400);
  });

  it('streams NDJSON and CSV exports with every column', async () => {
    const body = await createBody(t.db);
    await appendEntries(t.app, t.db, body.id, 3, 'test.exported');
    const admin = await signedIn(t.db, t.http, body, ['admin']);
    const nd = await request(t.http).get('/audit/entries/export').query({ format: 'ndjson', action: 'test.exported' }).set(admin.auth).buffer(true).parse((res, cb) => {
      let text = '';
      res.on('data', (c: Buffer) => (text += c.toString()));
      res.on('end', () => cb(null, text));
    }).expect(200);
    expect(nd.headers['content-type']).toMatch(/^application\/x-ndjson/);
    expect(nd.headers['content-disposition']).toBe(`attachment; filename="audit-${body.id}.ndjson"`);
    const lines = (nd.body as string).trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.seq)).toEqual([1, 2, 3]);
    expect(lines[1]).toMatchObject({ action: 'test.exported', entityId: 'e-1', payload: { i: 1, note: 'isi 1' }, certificationBodyId: body.id });
    expect(lines[1].prevHash).toBe(lines[0].hash);

    const csv = await request(t.http).get('/audit/entries/export').query({ format: 'csv', action: 'test.exported' }).set(admin.auth).expect(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.headers['content-disposition']).toContain('.csv');
    const rows = csv.text.trim().split('\r\n');
    expect(rows[0]).toBe('certificationBodyId,seq,occurredAt,actorUserId,actorRoles,action,entityType,entityId,requestId,clientIp,payload,payloadHash,prevHash,hash');
    expect(rows).toHaveLength(4);
    expect(rows[3]).toContain(',test.exported,test,e-2,');
    expect(rows[3]).toContain('"{""i"":2,""note"":""isi 2""}"');
    await request(t.http).get('/audit/entries/export').query({ format: 'xml' }).set(admin.auth).expect(400);
  });

  it('lets an auditor read but not anchor, and refuses other roles', async () => {
    const body = await createBody(t.db);
    const auditor = await signedIn(t.db, t.http, body, ['auditor']);
    const candidate = await signedIn(t.db, t.http, body, ['candidate']);
    await request(t.http).get('/audit/entries').set(auditor.auth).expect(200);
    await request(t.http).get('/audit/verify').set(auditor.auth).expect(200);
    await request(t.http).get('/audit/anchors').set(auditor.auth).expect(200);
    const denied = await request(t.http).post('/audit/anchors').set(auditor.auth).expect(403);
    expect(denied.body.code).toBe('AUTH.FORBIDDEN');
    await request(t.http).get('/audit/entries').set(candidate.auth).expect(403);
    await request(t.http).get('/audit/verify').set(candidate.auth).expect(403);
  });

  it("never shows another body's entries or anchors", async () => {
    const a = await createBody(t.db);
    const b = await createBody(t.db);
    const adminA = await signedIn(t.db, t.http, a, ['admin']);
    const adminB = await signedIn(t.db, t.http, b, ['admin']);
    await appendEntries(t.app, t.db, a.id, 2, 'test.body_a_only');
    const anchor = await request(t.http).post('/audit/anchors').set(adminA.auth).expect(201);

    const seen = await request(t.http).get('/audit/entries').query({ action: 'test.body_a_only' }).set(adminB.auth).expect(200);
    expect(seen.body.items).toEqual([]);
    const all = await request(t.http).get('/audit/entries').set(adminB.auth).expect(200);
    expect(all.body.items.every((e: { certificationBodyId: string }) => e.certificationBodyId === b.id)).toBe(true);
    const exported = await request(t.http).get('/audit/entries/export').query({ format: 'csv', action: 'test.body_a_only' }).set(adminB.auth).expect(200);
    expect(exported.text.trim().split('\r\n')).toHaveLength(1);
    await request(t.http).get(`/audit/anchors/${anchor.body.id}/verify`).set(adminB.auth).expect(404);
    expect((await request(t.http).get('/audit/anchors').set(adminB.auth).expect(200)).body).toEqual([]);
    const verifyB = await request(t.http).get('/audit/verify').set(adminB.auth).expect(200);
    expect(verifyB.body.headSeq).toBe(all.body.items.length);
  });
});
