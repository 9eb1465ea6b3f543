import request from 'supertest';
import { createBody, createUser, login, signedIn } from '../factories/identity.factory.js';
import { createTestApp, type TestApp } from '../utils/create-test-app.js';

/** Every failure kind leaves as RFC 9457 problem+json with a stable code and the request id. */
function expectProblem(res: request.Response, status: number, code: string): void {
  expect(res.status).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(res.body).toMatchObject({ status, code, title: expect.any(String), type: expect.any(String) });
  expect(res.body.requestId).toBe(res.headers['x-request-id']);
  expect(res.body.requestId).toMatch(/^[A-Za-z0-9._:-]+$/);
  expect(JSON.stringify(res.body)).not.toMatch(/\.ts:\d+|node_modules|QueryFailedError/);
}

describe('error format (e2e)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ BODY_LIMIT: '2kb' });
  });
  afterAll(() => t.close());

  it('validation failure: 400 with field-level errors as JSON pointers', async () => {
    const u = await signedIn(t.db, t.http, await createBody(t.db), ['candidate']);
    const res = await request(t.http).patch('/me').set(u.auth).send({ nationalId: '12ab', birthDate: 'yesterday' });
    expectProblem(res, 400, 'REQUEST.VALIDATION_FAILED');
    expect(res.body.errors).toEqual(
      expect.arrayContaining([
        { pointer: '/nationalId', detail: 'nationalId must be 16 digits' },
        { pointer: '/birthDate', detail: expect.stringContaining('birthDate') },
      ]),
    );
  });

  it('unknown field: 400 naming the field', async () => {
    const u = await signedIn(t.db, t.http, await createBody(t.db), ['candidate']);
    const res = await request(t.http).patch('/me').set(u.auth).send({ fullName: 'Siti', isPlatformAdmin: true });
    expectProblem(res, 400, 'REQUEST.VALIDATION_FAILED');
    expect(res.body.errors).toEqual([{ pointer: '/isPlatformAdmin', detail: 'property isPlatformAdmin should not exist' }]);
  });

  it('unknown route: 404', async () => {
    const res = await request(t.http).get('/no/such/route');
    expectProblem(res, 404, 'ROUTE.NOT_FOUND');
  });

  it('malformed JSON: 400 REQUEST.MALFORMED', async () => {
    const res = await request(t.http)
      .post('/auth/login')
      .set('Content-Type', 'application/json')
      .send('{"email": "a@b.c", "password": ');
    expectProblem(res, 400, 'REQUEST.MALFORMED');
  });

  it('oversized body: 413 REQUEST.TOO_LARGE', async () => {
    const res = await request(t.http)
      .post('/auth/login')
      .send({ email: 'a@b.c', password: 'x'.repeat(4096) });
    expectProblem(res, 413, 'REQUEST.TOO_LARGE');
  });

  it('unique violation through a real endpoint: 409 RESOURCE.ALREADY_EXISTS', async () => {
    const admin = await createUser(t.db, { platformAdmin: true });
    const { accessToken } = await login(t.http, admin);
    const auth = { Authorization: `Bearer ${accessToken}` };
    const dto = { code: `LSP-DUP-${process.pid}`, name: 'LSP Duplikat', licenseNumber: 'BNSP-LSP-9-ID' };
    await request(t.http).post('/certification-bodies').set(auth).send(dto).expect(201);
    const res = await request(t.http).post('/certification-bodies').set(auth).send({ ...dto, name: 'LSP Lain' });
    expectProblem(res, 409, 'RESOURCE.ALREADY_EXISTS');
  });

  it('invalid UUID path parameter: 400 naming the parameter', async () => {
    const u = await signedIn(t.db, t.http, await createBody(t.db), ['admin']);
    const res = await request(t.http).get('/certification-bodies/not-a-uuid').set(u.auth);
    expectProblem(res, 400, 'REQUEST.VALIDATION_FAILED');
    expect(res.body.errors).toEqual([{ pointer: '/params/id', detail: 'id must be a UUID' }]);
  });

  it('echoes an incoming X-Request-Id and uses it in the problem', async () => {
    const res = await request(t.http).get('/no/such/route').set('X-Request-Id', 'client-trace.42');
    expect(res.headers['x-request-id']).toBe('client-trace.42');
    expect(res.body.requestId).toBe('client-trace.42');
  });

  it('replaces an unacceptable X-Request-Id with a fresh one', async () => {
    const res = await request(t.http).get('/no/such/route').set('X-Request-Id', 'bad id with spaces');
    expect(res.body.requestId).not.toBe('bad id with spaces');
    expect(res.body.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('401 carries WWW-Authenticate: Bearer', async () => {
    const missing = await request(t.http).get('/me');
    expectProblem(missing, 401, missing.body.code);
    expect(missing.body.code).toMatch(/^AUTH\./);
    expect(missing.headers['www-authenticate']).toBe('Bearer');
    const bad = await request(t.http).get('/me').set('Authorization', 'Bearer not.a.jwt');
    expect(bad.status).toBe(401);
    expect(bad.headers['www-authenticate']).toBe('Bearer');
  });

  it('sends security headers', async () => {
    const res = await request(t.http).get('/health/live').expect(200);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-powered-by']).toBeUndefined();
  });
});
