import request from 'supertest';
import { randomUUID } from 'node:crypto';
import { createBody, login } from '../factories/identity.factory.js';
import { createTestApp, type TestApp } from '../utils/create-test-app.js';

const valid = (n: string) => ({
  email: `Asesi.${n}@Example.test`, password: 'a-long-passphrase-2026', fullName: 'Budi Santoso',
  nationalId: '3273011203960003', birthPlace: 'Bandung', birthDate: '1996-03-12',
  employer: 'PT Nusantara Digital', position: 'Junior Web Developer',
});

describe('candidate self-registration (e2e)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('creates a candidate of the body who can sign in and see their FR.APL.01 data', async () => {
    const body = await createBody(t.db);
    const dto = valid('one');
    const res = await request(t.http).post(`/certification-bodies/${body.id}/registrations`).send(dto).expect(201);
    expect(res.body).toMatchObject({ certificationBodyId: body.id, email: dto.email.toLowerCase() });
    const tokens = await login(t.http, { email: dto.email.toLowerCase(), password: dto.password });
    const me = await request(t.http).get('/me').set({ Authorization: `Bearer ${tokens.accessToken}` }).expect(200);
    expect(me.body).toMatchObject({ nationalId: dto.nationalId, birthPlace: 'Bandung', birthDate: '1996-03-12', employer: dto.employer });
    const [m] = await t.db.query(`SELECT roles FROM memberships WHERE certification_body_id = $1 AND user_id = $2`, [body.id, res.body.userId]);
    expect(m.roles).toEqual(['candidate']);
    const audit = await t.db.query(`SELECT 1 FROM audit_entries WHERE certification_body_id = $1 AND action = 'registration.candidate_registered'`, [body.id]);
    expect(audit).toHaveLength(1);
  });

  it('answers 409 for an email already registered, whatever its case, without details', async () => {
    const body = await createBody(t.db);
    await request(t.http).post(`/certification-bodies/${body.id}/registrations`).send(valid('dup')).expect(201);
    const dup = await request(t.http).post(`/certification-bodies/${body.id}/registrations`).send({ ...valid('dup'), email: 'ASESI.DUP@example.TEST' });
    expect(dup.status).toBe(409);
    expect(dup.body.code).toBe('REGISTRATION.EMAIL_TAKEN');
    expect(dup.body).not.toHaveProperty('constraint');
    expect(JSON.stringify(dup.body)).not.toMatch(/userId|membership/i);
  });

  it.each([
    ['a NIK that is not 16 digits', { nationalId: '32730112039600' }, '/nationalId'],
    ['a NIK with letters', { nationalId: '32730112039600AB' }, '/nationalId'],
    ['an impossible birth date', { birthDate: '1996-02-30' }, '/birthDate'],
    ['a short password', { password: 'short' }, '/password'],
    ['a bad email', { email: 'not-an-email' }, '/email'],
    ['an unknown field', { role: 'admin' }, '/role'],
  ])('refuses %s', async (_label, patch, pointer) => {
    const body = await createBody(t.db);
    const res = await request(t.http).post(`/certification-bodies/${body.id}/registrations`).send({ ...valid('bad'), ...patch });
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { pointer: string }) => e.pointer)).toContain(pointer);
  });

  it('refuses a missing NIK', async () => {
    const body = await createBody(t.db);
    const { nationalId: _nik, ...rest } = valid('nonik');
    const res = await request(t.http).post(`/certification-bodies/${body.id}/registrations`).send(rest);
    expect(res.status).toBe(400);
  });

  it('answers 404 for an unknown body', async () => {
    const res = await request(t.http).post(`/certification-bodies/${randomUUID()}/registrations`).send(valid('nobody'));
    expect(res.status).toBe(404);
  });
});
