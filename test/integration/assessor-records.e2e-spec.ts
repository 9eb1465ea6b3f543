import request from 'supertest';
import { createBody, signedIn } from '../factories/identity.factory.js';
import { createTestApp, type TestApp } from '../utils/create-test-app.js';

const profileFor = (userId: string, n: string) => ({
  userId, registrationNumber: `MET.000.${n}.2024`, certificateValidFrom: '2024-03-01', certificateValidUntil: '2027-02-28',
  schemeCodes: ['SKM-JWD-2024'], fields: ['Teknologi Informasi'],
});

describe('assessor profiles and declared relationships (e2e)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  async function bodyWithPeople() {
    const body = await createBody(t.db);
    const admin = await signedIn(t.db, t.http, body, ['admin']);
    const assessor = await signedIn(t.db, t.http, body, ['assessor']);
    const candidate = await signedIn(t.db, t.http, body, ['candidate']);
    return { body, admin, assessor, candidate };
  }

  it('admin creates and updates a profile; the assessor reads their own', async () => {
    const { admin, assessor } = await bodyWithPeople();
    const created = await request(t.http).post('/assessor-profiles').set(admin.auth).send(profileFor(assessor.user.id, '000101')).expect(201);
    expect(created.body.status).toBe('active');
    const mine = await request(t.http).get('/assessor-profiles/mine').set(assessor.auth).expect(200);
    expect(mine.body).toMatchObject({ id: created.body.id, registrationNumber: 'MET.000.000101.2024', schemeCodes: ['SKM-JWD-2024'] });
    const updated = await request(t.http).patch(`/assessor-profiles/${created.body.id}`).set(admin.auth).send({ status: 'suspended' }).expect(200);
    expect(updated.body.status).toBe('suspended');
    await request(t.http).patch(`/assessor-profiles/${created.body.id}`).set(assessor.auth).send({ status: 'active' }).expect(403);
  });

  it('refuses a profile for a member without the assessor role, a duplicate, and reversed dates', async () => {
    const { admin, assessor, candidate } = await bodyWithPeople();
    const notAssessor = await request(t.http).post('/assessor-profiles').set(admin.auth).send(profileFor(candidate.user.id, '000201'));
    expect(notAssessor.status).toBe(409);
    expect(notAssessor.body.code).toBe('ASSESSOR_PROFILE.NOT_AN_ASSESSOR');
    await request(t.http).post('/assessor-profiles').set(admin.auth).send(profileFor(assessor.user.id, '000202')).expect(201);
    await request(t.http).post('/assessor-profiles').set(admin.auth).send(profileFor(assessor.user.id, '000203')).expect(409);
    const reversed = await request(t.http).post('/assessor-profiles').set(admin.auth)
      .send({ ...profileFor(assessor.user.id, '000204'), certificateValidFrom: '2027-01-01', certificateValidUntil: '2026-01-01' });
    expect(reversed.status).toBe(422);
    expect(reversed.body.code).toBe('ASSESSOR_PROFILE.DATES_INVALID');
  });

  it('answers 404 when an admin names an assessor or reads a profile of another body', async () => {
    const a = await bodyWithPeople();
    const b = await bodyWithPeople();
    const profileA = await request(t.http).post('/assessor-profiles').set(a.admin.auth).send(profileFor(a.assessor.user.id, '000301')).expect(201);
    const crossCreate = await request(t.http).post('/assessor-profiles').set(b.admin.auth).send(profileFor(a.assessor.user.id, '000302'));
    expect(crossCreate.status).toBe(404);
    await request(t.http).get(`/assessor-profiles/${profileA.body.id}`).set(b.admin.auth).expect(404);
    await request(t.http).patch(`/assessor-profiles/${profileA.body.id}`).set(b.admin.auth).send({ status: 'inactive' }).expect(404);
    const listB = await request(t.http).get('/assessor-profiles').set(b.admin.auth).expect(200);
    expect(listB.body).toEqual([]);
  });

  it('assessors declare their own relationships; admins declare for any assessor', async () => {
    const { admin, assessor, candidate } = await bodyWithPeople();
    const own = await request(t.http).post('/relationships').set(assessor.auth)
      .send({ kind: 'trained', counterpartUserId: candidate.user.id, schemeCode: 'SKM-JWD-2024', occurredOn: '2025-08-20' }).expect(201);
    expect(own.body).toMatchObject({ assessorUserId: assessor.user.id, declaredByUserId: assessor.user.id, kind: 'trained' });
    await request(t.http).post('/relationships').set(admin.auth)
      .send({ assessorUserId: assessor.user.id, kind: 'employer', organisationName: 'Politeknik Negeri Bandung' }).expect(201);
    const list = await request(t.http).get(`/relationships?userId=${assessor.user.id}`).set(admin.auth).expect(200);
    expect(list.body.map((r: { kind: string }) => r.kind).sort()).toEqual(['employer', 'trained']);
    const byCandidate = await request(t.http).get(`/relationships?userId=${candidate.user.id}`).set(admin.auth).expect(200);
    expect(byCandidate.body).toHaveLength(1);
    const mine = await request(t.http).get('/relationships').set(assessor.auth).expect(200);
    expect(mine.body).toHaveLength(2);
  });

  it('keeps assessors to their own relationships', async () => {
    const { body, assessor, candidate } = await bodyWithPeople();
    const colleague = await signedIn(t.db, t.http, body, ['assessor']);
    const forOther = await request(t.http).post('/relationships').set(assessor.auth)
      .send({ assessorUserId: colleague.user.id, kind: 'family', counterpartUserId: candidate.user.id });
    expect(forOther.status).toBe(403);
    await request(t.http).get(`/relationships?userId=${colleague.user.id}`).set(assessor.auth).expect(403);
    await request(t.http).get('/relationships').set(candidate.auth).expect(403);
  });

  it('validates the counterpart and refuses people of another body with 404', async () => {
    const a = await bodyWithPeople();
    const b = await bodyWithPeople();
    const none = await request(t.http).post('/relationships').set(a.assessor.auth).send({ kind: 'business' });
    expect(none.status).toBe(400);
    const trainedOrg = await request(t.http).post('/relationships').set(a.assessor.auth).send({ kind: 'trained', organisationName: 'BLK Bandung' });
    expect(trainedOrg.status).toBe(400);
    const crossCounterpart = await request(t.http).post('/relationships').set(a.assessor.auth)
      .send({ kind: 'family', counterpartUserId: b.candidate.user.id });
    expect(crossCounterpart.status).toBe(404);
    const crossAssessor = await request(t.http).post('/relationships').set(b.admin.auth)
      .send({ assessorUserId: a.assessor.user.id, kind: 'family', organisationName: 'CV Keluarga' });
    expect(crossAssessor.status).toBe(404);
    const audit = await t.db.query(
      `SELECT count(*)::int AS n FROM audit_entries WHERE action = 'relationship.declared' AND certification_body_id = ANY($1)`,
      [[a.body.id, b.body.id]],
    );
    expect(audit[0].n).toBe(0);
  });
});
